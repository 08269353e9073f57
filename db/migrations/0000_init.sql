CREATE TABLE `agencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`kind` text NOT NULL,
	`parent_id` integer,
	`province_code` text,
	`website` text,
	`source_note` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_code_unique` ON `agencies` (`code`);--> statement-breakpoint
CREATE INDEX `agencies_kind_idx` ON `agencies` (`kind`,`name`);--> statement-breakpoint
CREATE INDEX `agencies_province_idx` ON `agencies` (`province_code`,`kind`);--> statement-breakpoint
CREATE INDEX `agencies_parent_idx` ON `agencies` (`parent_id`);--> statement-breakpoint
CREATE INDEX `agencies_name_idx` ON `agencies` (`name`);--> statement-breakpoint
CREATE TABLE `api_data_entities` (
	`api_id` integer NOT NULL,
	`data_entity_id` integer NOT NULL,
	PRIMARY KEY(`api_id`, `data_entity_id`),
	FOREIGN KEY (`api_id`) REFERENCES `apis`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`data_entity_id`) REFERENCES `data_entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `api_data_entities_entity_idx` ON `api_data_entities` (`data_entity_id`,`api_id`);--> statement-breakpoint
CREATE TABLE `api_operations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`api_id` integer NOT NULL,
	`method` text NOT NULL,
	`path` text NOT NULL,
	`operation_id` text,
	`summary` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`parameters` text DEFAULT '[]' NOT NULL,
	`request_schema` text,
	`response_schema` text,
	FOREIGN KEY (`api_id`) REFERENCES `apis`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `api_operations_api_idx` ON `api_operations` (`api_id`,`path`);--> statement-breakpoint
CREATE TABLE `api_specs` (
	`api_id` integer PRIMARY KEY NOT NULL,
	`format` text NOT NULL,
	`media_type` text NOT NULL,
	`source_url` text,
	`content` text NOT NULL,
	`sha256` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`api_id`) REFERENCES `apis`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `apis` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`name` text NOT NULL,
	`api_version` text DEFAULT '1' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`protocol` text DEFAULT 'rest' NOT NULL,
	`base_url` text,
	`documentation_url` text,
	`access` text DEFAULT 'terbatas' NOT NULL,
	`auth` text DEFAULT 'other' NOT NULL,
	`splp_published` integer DEFAULT false NOT NULL,
	`contact_email` text,
	`source_note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `apis_application_idx` ON `apis` (`application_id`);--> statement-breakpoint
CREATE INDEX `apis_protocol_idx` ON `apis` (`protocol`,`access`);--> statement-breakpoint
CREATE INDEX `apis_splp_idx` ON `apis` (`splp_published`);--> statement-breakpoint
CREATE INDEX `apis_name_idx` ON `apis` (`name`);--> statement-breakpoint
CREATE TABLE `application_api_consumption` (
	`application_id` integer NOT NULL,
	`api_id` integer NOT NULL,
	`purpose` text,
	PRIMARY KEY(`application_id`, `api_id`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`api_id`) REFERENCES `apis`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `application_api_consumption_api_idx` ON `application_api_consumption` (`api_id`,`application_id`);--> statement-breakpoint
CREATE TABLE `application_data_entities` (
	`application_id` integer NOT NULL,
	`data_entity_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`application_id`, `data_entity_id`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`data_entity_id`) REFERENCES `data_entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `application_data_entities_entity_idx` ON `application_data_entities` (`data_entity_id`,`role`,`application_id`);--> statement-breakpoint
CREATE TABLE `application_functions` (
	`application_id` integer NOT NULL,
	`function_id` integer NOT NULL,
	PRIMARY KEY(`application_id`, `function_id`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`function_id`) REFERENCES `functions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `application_functions_function_idx` ON `application_functions` (`function_id`,`application_id`);--> statement-breakpoint
CREATE TABLE `application_relations` (
	`from_application_id` integer NOT NULL,
	`to_application_id` integer NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	PRIMARY KEY(`from_application_id`, `to_application_id`, `kind`),
	FOREIGN KEY (`from_application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `application_relations_to_idx` ON `application_relations` (`to_application_id`);--> statement-breakpoint
CREATE TABLE `applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agency_id` integer NOT NULL,
	`unit` text,
	`name` text NOT NULL,
	`acronym` text,
	`description` text DEFAULT '' NOT NULL,
	`category` text DEFAULT 'khusus' NOT NULL,
	`raa_code_id` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`hosting` text,
	`url` text,
	`repository_url` text,
	`licence` text,
	`yearly_cost` integer,
	`launch_year` integer,
	`contact_name` text,
	`contact_email` text,
	`contact_phone` text,
	`confidence` text,
	`source_note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`raa_code_id`) REFERENCES `reference_codes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_agency_name_uq` ON `applications` (`agency_id`,lower("name"));--> statement-breakpoint
CREATE INDEX `applications_status_name_idx` ON `applications` (`status`,`name`);--> statement-breakpoint
CREATE INDEX `applications_category_status_idx` ON `applications` (`category`,`status`,`name`);--> statement-breakpoint
CREATE INDEX `applications_agency_status_idx` ON `applications` (`agency_id`,`status`,`name`);--> statement-breakpoint
CREATE INDEX `applications_name_idx` ON `applications` (`name`);--> statement-breakpoint
CREATE INDEX `applications_updated_idx` ON `applications` (`updated_at`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`actor_user_id` integer,
	`actor_label` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_events_entity_idx` ON `audit_events` (`entity_type`,`entity_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user_idx` ON `api_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `login_throttles` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`window_started_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`agency_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`locale` text DEFAULT 'id' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_agency_idx` ON `users` (`agency_id`);--> statement-breakpoint
CREATE INDEX `users_role_idx` ON `users` (`role`);--> statement-breakpoint
CREATE TABLE `data_entities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`reference_code_id` integer NOT NULL,
	`name` text NOT NULL,
	`name_en` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`sensitivity` text NOT NULL,
	`personal_data` integer DEFAULT false NOT NULL,
	`data_kind` text DEFAULT 'lainnya' NOT NULL,
	`steward_agency_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`reference_code_id`) REFERENCES `reference_codes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`steward_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `data_entities_code_unique` ON `data_entities` (`code`);--> statement-breakpoint
CREATE INDEX `data_entities_reference_idx` ON `data_entities` (`reference_code_id`,`code`);--> statement-breakpoint
CREATE INDEX `data_entities_steward_idx` ON `data_entities` (`steward_agency_id`);--> statement-breakpoint
CREATE INDEX `data_entities_sensitivity_idx` ON `data_entities` (`sensitivity`);--> statement-breakpoint
CREATE TABLE `functions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`reference_code_id` integer NOT NULL,
	`title` text NOT NULL,
	`title_en` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`shared_field` text,
	`status` text DEFAULT 'active' NOT NULL,
	`merged_into_id` integer,
	`proposed_by_agency_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`reference_code_id`) REFERENCES `reference_codes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_into_id`) REFERENCES `functions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `functions_code_unique` ON `functions` (`code`);--> statement-breakpoint
CREATE INDEX `functions_reference_idx` ON `functions` (`reference_code_id`,`code`);--> statement-breakpoint
CREATE INDEX `functions_status_idx` ON `functions` (`status`,`code`);--> statement-breakpoint
CREATE INDEX `functions_shared_field_idx` ON `functions` (`shared_field`);--> statement-breakpoint
CREATE TABLE `reference_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`domain` text NOT NULL,
	`code` text NOT NULL,
	`level` integer NOT NULL,
	`parent_id` integer,
	`title` text NOT NULL,
	`title_en` text,
	`description` text,
	`confidence` text DEFAULT 'S' NOT NULL,
	`source_note` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `reference_codes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reference_codes_code_uq` ON `reference_codes` (`code`);--> statement-breakpoint
CREATE INDEX `reference_codes_domain_idx` ON `reference_codes` (`domain`,`level`,`code`);--> statement-breakpoint
CREATE INDEX `reference_codes_parent_idx` ON `reference_codes` (`parent_id`);--> statement-breakpoint
CREATE TABLE `clearances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`proposal_id` integer NOT NULL,
	`review_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`fiscal_year` integer NOT NULL,
	`budget_ceiling` integer NOT NULL,
	`conditions` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`content_hash` text NOT NULL,
	`revoked_at` integer,
	`revoked_reason` text,
	`revoked_by` integer,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clearances_number_unique` ON `clearances` (`number`);--> statement-breakpoint
CREATE INDEX `clearances_application_idx` ON `clearances` (`application_id`);--> statement-breakpoint
CREATE TABLE `holidays` (
	`date` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`link` text,
	`read_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `overlap_findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`proposal_id` integer NOT NULL,
	`round` integer NOT NULL,
	`candidate_application_id` integer NOT NULL,
	`score_permille` integer NOT NULL,
	`function_score_permille` integer NOT NULL,
	`data_score_permille` integer NOT NULL,
	`text_score_permille` integer NOT NULL,
	`flagged` integer NOT NULL,
	`evidence` text NOT NULL,
	`justification` text,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`candidate_application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `overlap_findings_proposal_idx` ON `overlap_findings` (`proposal_id`,`round`);--> statement-breakpoint
CREATE TABLE `proposal_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`proposal_id` integer NOT NULL,
	`kind` text NOT NULL,
	`filename` text,
	`media_type` text,
	`size` integer,
	`content` text,
	`url` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `proposal_documents_proposal_idx` ON `proposal_documents` (`proposal_id`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`kind` text NOT NULL,
	`fiscal_year` integer NOT NULL,
	`requested_budget` integer NOT NULL,
	`justification` text DEFAULT '' NOT NULL,
	`round` integer DEFAULT 0 NOT NULL,
	`submitted_at` integer,
	`due_at` integer,
	`submitted_by` integer,
	`published` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_application_id_unique` ON `proposals` (`application_id`);--> statement-breakpoint
CREATE INDEX `proposals_due_idx` ON `proposals` (`submitted_at`,`due_at`);--> statement-breakpoint
CREATE TABLE `reason_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`label_en` text NOT NULL,
	`applies_to` text DEFAULT 'any' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`proposal_id` integer NOT NULL,
	`round` integer NOT NULL,
	`decision` text NOT NULL,
	`reason_codes` text DEFAULT '[]' NOT NULL,
	`conditions` text,
	`comment` text DEFAULT '' NOT NULL,
	`suggested_application_ids` text DEFAULT '[]' NOT NULL,
	`reviewer_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_proposal_round_uq` ON `reviews` (`proposal_id`,`round`);--> statement-breakpoint
CREATE INDEX `reviews_decided_idx` ON `reviews` (`created_at`);
-- The national picture (issue 17): the latest clustering run, its clusters, their members and the
-- agency applications national services cover. Derived data: the job (features/rationalisation)
-- replaces it whole; nothing else writes it.
CREATE TABLE `rationalisation_clusters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`rank` integer NOT NULL,
	`label` text NOT NULL,
	`size` integer NOT NULL,
	`agencies` integer NOT NULL,
	`provinces` integer NOT NULL,
	`sector` text,
	`national_application_id` integer,
	`yearly_cost` integer NOT NULL,
	`evidence` text NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `rationalisation_runs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`national_application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `rationalisation_clusters_run_idx` ON `rationalisation_clusters` (`run_id`,`rank`);--> statement-breakpoint
CREATE INDEX `rationalisation_clusters_sector_idx` ON `rationalisation_clusters` (`sector`,`rank`);--> statement-breakpoint
CREATE TABLE `rationalisation_covered` (
	`run_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`share` real NOT NULL,
	`national_application_id` integer NOT NULL,
	PRIMARY KEY(`run_id`, `application_id`),
	FOREIGN KEY (`run_id`) REFERENCES `rationalisation_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rationalisation_covered_agency_idx` ON `rationalisation_covered` (`agency_id`,`run_id`);--> statement-breakpoint
CREATE TABLE `rationalisation_members` (
	`cluster_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`agency_kind` text,
	`province_code` text,
	PRIMARY KEY(`cluster_id`, `application_id`),
	FOREIGN KEY (`cluster_id`) REFERENCES `rationalisation_clusters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rationalisation_members_agency_idx` ON `rationalisation_members` (`agency_id`,`cluster_id`);--> statement-breakpoint
CREATE INDEX `rationalisation_members_application_idx` ON `rationalisation_members` (`application_id`);--> statement-breakpoint
CREATE INDEX `rationalisation_members_kind_idx` ON `rationalisation_members` (`agency_kind`,`cluster_id`);--> statement-breakpoint
CREATE INDEX `rationalisation_members_province_idx` ON `rationalisation_members` (`province_code`,`cluster_id`);--> statement-breakpoint
CREATE TABLE `rationalisation_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`computed_at` integer NOT NULL,
	`duration_ms` integer NOT NULL,
	`applications` integer NOT NULL,
	`summary` text NOT NULL
);

CREATE TABLE `function_usage` (
	`function_id` integer PRIMARY KEY NOT NULL,
	`applications` integer DEFAULT 0 NOT NULL,
	`shared_applications` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`function_id`) REFERENCES `functions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `applications` ADD `agency_kind` text;--> statement-breakpoint
ALTER TABLE `applications` ADD `province_code` text;--> statement-breakpoint
CREATE INDEX `applications_name_nocase_idx` ON `applications` ("name" collate nocase);--> statement-breakpoint
CREATE INDEX `applications_kind_idx` ON `applications` (`agency_kind`,`category`,`status`);--> statement-breakpoint
CREATE INDEX `applications_province_idx` ON `applications` (`province_code`,`category`,`status`);
-- Scope (DESIGN.md "Domain model"): `national` for every Aplikasi Umum and for the mandated
-- national sector platforms, `agency` otherwise. Existing rows: every `umum` entry, and the
-- seeded national sector platforms (reference rows carry a confidence mark; agency rows never do).
-- The snapshot of this migration also records proposals' two columns that 0005 added by hand.
ALTER TABLE `applications` ADD `scope` text DEFAULT 'agency' NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_scope_status_idx` ON `applications` (`scope`,`status`,`name`);--> statement-breakpoint
UPDATE `applications` SET `scope` = 'national' WHERE `category` = 'umum' OR (`confidence` IS NOT NULL AND `acronym` IN ('SATUSEHAT', 'SIAK Terpusat', 'OSS-RBA', 'Dapodik', 'Siskeudes', 'SIKS-NG', 'SISNAKER', 'SIINas', 'SIKN-JIKN', 'BSrE'));

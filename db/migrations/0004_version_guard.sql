-- Optimistic locking enforced by the database: an update that sets `version` must set it to
-- exactly the stored version + 1. A writer that started from an older version sets
-- `version = <its version> + 1`, which no longer matches, and the whole batch (links, audit
-- event) is rolled back with 'stale_version'. It holds over HTTP (Workers) as well as locally.
CREATE TRIGGER applications_version_guard BEFORE UPDATE OF version ON applications WHEN new.version <> old.version + 1 BEGIN SELECT raise(ABORT, 'stale_version'); END;
--> statement-breakpoint
CREATE TRIGGER apis_version_guard BEFORE UPDATE OF version ON apis WHEN new.version <> old.version + 1 BEGIN SELECT raise(ABORT, 'stale_version'); END;
--> statement-breakpoint
-- An application's API is identified by name and version, so a batch can find the row it creates.
CREATE UNIQUE INDEX apis_application_name_version_uq ON apis (application_id, lower(name), api_version);

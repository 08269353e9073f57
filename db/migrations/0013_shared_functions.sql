-- Per application, how many of its functions a shared (umum) published application performs
-- (function_usage.shared_applications > 0), for the home page's "agency applications doing what a
-- shared one does" (decision 0046). Every trigger recounts the application from its links rather
-- than adding or subtracting, so the result does not depend on the order in which SQLite fires
-- these and migration 0003's function_usage triggers: whichever runs last sees the final state.
CREATE TABLE `application_shared_functions` (
	`application_id` integer PRIMARY KEY NOT NULL,
	`functions` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO application_shared_functions (application_id, functions) SELECT a.id, (SELECT count(*) FROM application_functions x JOIN function_usage u ON u.function_id = x.function_id WHERE x.application_id = a.id AND u.shared_applications > 0) FROM applications a WHERE EXISTS (SELECT 1 FROM application_functions af WHERE af.application_id = a.id);
--> statement-breakpoint
CREATE TRIGGER application_shared_functions_link_ai AFTER INSERT ON application_functions BEGIN INSERT INTO application_shared_functions (application_id, functions) SELECT new.application_id, (SELECT count(*) FROM application_functions x JOIN function_usage u ON u.function_id = x.function_id WHERE x.application_id = new.application_id AND u.shared_applications > 0) WHERE EXISTS (SELECT 1 FROM applications WHERE id = new.application_id) ON CONFLICT (application_id) DO UPDATE SET functions = excluded.functions; END;
--> statement-breakpoint
CREATE TRIGGER application_shared_functions_link_ad AFTER DELETE ON application_functions BEGIN INSERT INTO application_shared_functions (application_id, functions) SELECT old.application_id, (SELECT count(*) FROM application_functions x JOIN function_usage u ON u.function_id = x.function_id WHERE x.application_id = old.application_id AND u.shared_applications > 0) WHERE EXISTS (SELECT 1 FROM applications WHERE id = old.application_id) ON CONFLICT (application_id) DO UPDATE SET functions = excluded.functions; END;
--> statement-breakpoint
CREATE TRIGGER application_shared_functions_link_au AFTER UPDATE ON application_functions BEGIN INSERT INTO application_shared_functions (application_id, functions) SELECT old.application_id, (SELECT count(*) FROM application_functions x JOIN function_usage u ON u.function_id = x.function_id WHERE x.application_id = old.application_id AND u.shared_applications > 0) WHERE EXISTS (SELECT 1 FROM applications WHERE id = old.application_id) ON CONFLICT (application_id) DO UPDATE SET functions = excluded.functions; INSERT INTO application_shared_functions (application_id, functions) SELECT new.application_id, (SELECT count(*) FROM application_functions x JOIN function_usage u ON u.function_id = x.function_id WHERE x.application_id = new.application_id AND u.shared_applications > 0) WHERE EXISTS (SELECT 1 FROM applications WHERE id = new.application_id) ON CONFLICT (application_id) DO UPDATE SET functions = excluded.functions; END;
--> statement-breakpoint
CREATE TRIGGER application_shared_functions_usage_ai AFTER INSERT ON function_usage WHEN new.shared_applications > 0 BEGIN INSERT INTO application_shared_functions (application_id, functions) SELECT af.application_id, (SELECT count(*) FROM application_functions x JOIN function_usage u ON u.function_id = x.function_id WHERE x.application_id = af.application_id AND u.shared_applications > 0) FROM application_functions af WHERE af.function_id = new.function_id ON CONFLICT (application_id) DO UPDATE SET functions = excluded.functions; END;
--> statement-breakpoint
CREATE TRIGGER application_shared_functions_usage_au AFTER UPDATE ON function_usage WHEN (old.shared_applications > 0) IS NOT (new.shared_applications > 0) OR old.function_id IS NOT new.function_id BEGIN INSERT INTO application_shared_functions (application_id, functions) SELECT af.application_id, (SELECT count(*) FROM application_functions x JOIN function_usage u ON u.function_id = x.function_id WHERE x.application_id = af.application_id AND u.shared_applications > 0) FROM application_functions af WHERE af.function_id = old.function_id ON CONFLICT (application_id) DO UPDATE SET functions = excluded.functions; INSERT INTO application_shared_functions (application_id, functions) SELECT af.application_id, (SELECT count(*) FROM application_functions x JOIN function_usage u ON u.function_id = x.function_id WHERE x.application_id = af.application_id AND u.shared_applications > 0) FROM application_functions af WHERE af.function_id = new.function_id ON CONFLICT (application_id) DO UPDATE SET functions = excluded.functions; END;
--> statement-breakpoint
CREATE TRIGGER application_shared_functions_usage_ad AFTER DELETE ON function_usage WHEN old.shared_applications > 0 BEGIN INSERT INTO application_shared_functions (application_id, functions) SELECT af.application_id, (SELECT count(*) FROM application_functions x JOIN function_usage u ON u.function_id = x.function_id WHERE x.application_id = af.application_id AND u.shared_applications > 0) FROM application_functions af WHERE af.function_id = old.function_id ON CONFLICT (application_id) DO UPDATE SET functions = excluded.functions; END;
--> statement-breakpoint
CREATE TRIGGER application_shared_functions_app_ad AFTER DELETE ON applications BEGIN DELETE FROM application_shared_functions WHERE application_id = old.id; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_shared_functions_ai AFTER INSERT ON `application_shared_functions` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_shared_functions_au AFTER UPDATE ON `application_shared_functions` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_shared_functions_ad AFTER DELETE ON `application_shared_functions` BEGIN UPDATE data_version SET n = n + 1; END;

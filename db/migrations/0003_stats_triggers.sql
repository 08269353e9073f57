-- Keeps applications.agency_kind/province_code equal to the owner agency's, and function_usage
-- equal to the per-function counts of published applications (statuses approved, active,
-- retired: PUBLIC_STATUSES in db/schema/applications.ts; change both together).
-- Triggers keep them true whichever code writes, including bulk loads and other tools.
UPDATE applications SET agency_kind = (SELECT kind FROM agencies WHERE id = applications.agency_id), province_code = (SELECT province_code FROM agencies WHERE id = applications.agency_id);
--> statement-breakpoint
CREATE TRIGGER applications_agency_copy_ai AFTER INSERT ON applications BEGIN UPDATE applications SET agency_kind = (SELECT kind FROM agencies WHERE id = new.agency_id), province_code = (SELECT province_code FROM agencies WHERE id = new.agency_id) WHERE id = new.id; END;
--> statement-breakpoint
CREATE TRIGGER applications_agency_copy_au AFTER UPDATE OF agency_id ON applications BEGIN UPDATE applications SET agency_kind = (SELECT kind FROM agencies WHERE id = new.agency_id), province_code = (SELECT province_code FROM agencies WHERE id = new.agency_id) WHERE id = new.id; END;
--> statement-breakpoint
CREATE TRIGGER agencies_copy_au AFTER UPDATE OF kind, province_code ON agencies BEGIN UPDATE applications SET agency_kind = new.kind, province_code = new.province_code WHERE agency_id = new.id; END;
--> statement-breakpoint
INSERT INTO function_usage (function_id, applications, shared_applications) SELECT af.function_id, count(*), sum(a.category = 'umum') FROM application_functions af JOIN applications a ON a.id = af.application_id WHERE a.status IN ('approved','active','retired') GROUP BY af.function_id;
--> statement-breakpoint
CREATE INDEX function_usage_applications_idx ON function_usage (applications);
--> statement-breakpoint
CREATE TRIGGER function_usage_link_ai AFTER INSERT ON application_functions WHEN (SELECT status IN ('approved','active','retired') FROM applications WHERE id = new.application_id) BEGIN INSERT INTO function_usage (function_id, applications, shared_applications) VALUES (new.function_id, 1, (SELECT category = 'umum' FROM applications WHERE id = new.application_id)) ON CONFLICT (function_id) DO UPDATE SET applications = applications + 1, shared_applications = shared_applications + excluded.shared_applications; END;
--> statement-breakpoint
CREATE TRIGGER function_usage_link_ad AFTER DELETE ON application_functions WHEN (SELECT status IN ('approved','active','retired') FROM applications WHERE id = old.application_id) BEGIN UPDATE function_usage SET applications = applications - 1, shared_applications = shared_applications - (SELECT category = 'umum' FROM applications WHERE id = old.application_id) WHERE function_id = old.function_id; END;
--> statement-breakpoint
CREATE TRIGGER function_usage_app_bd BEFORE DELETE ON applications WHEN old.status IN ('approved','active','retired') BEGIN UPDATE function_usage SET applications = applications - 1, shared_applications = shared_applications - (old.category = 'umum') WHERE function_id IN (SELECT function_id FROM application_functions WHERE application_id = old.id); END;
--> statement-breakpoint
CREATE TRIGGER function_usage_app_au AFTER UPDATE OF status, category ON applications BEGIN UPDATE function_usage SET applications = applications - (old.status IN ('approved','active','retired')), shared_applications = shared_applications - (old.status IN ('approved','active','retired') AND old.category = 'umum') WHERE function_id IN (SELECT function_id FROM application_functions WHERE application_id = new.id); INSERT INTO function_usage (function_id, applications, shared_applications) SELECT function_id, 1, new.category = 'umum' FROM application_functions WHERE application_id = new.id AND new.status IN ('approved','active','retired') ON CONFLICT (function_id) DO UPDATE SET applications = applications + 1, shared_applications = shared_applications + excluded.shared_applications; END;

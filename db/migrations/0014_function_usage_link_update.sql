-- A link rewritten in place (an UPDATE of application_functions) moves its count in function_usage
-- from the old application and function to the new ones, as a delete and an insert would.
-- Migration 0003 kept function_usage through inserts and deletes of links only; nothing in the app
-- updates a link, but the summary is documented as exact whatever writes it. Migration 0013's
-- application_shared_functions follows: its link trigger recounts both applications and its
-- function_usage trigger recounts the performers of a function that became shared or stopped
-- being, so the order SQLite fires these in does not matter.
CREATE TRIGGER function_usage_link_au AFTER UPDATE ON application_functions BEGIN UPDATE function_usage SET applications = applications - 1, shared_applications = shared_applications - (SELECT category = 'umum' FROM applications WHERE id = old.application_id) WHERE function_id = old.function_id AND (SELECT status IN ('approved','active','retired') FROM applications WHERE id = old.application_id); INSERT INTO function_usage (function_id, applications, shared_applications) SELECT new.function_id, 1, (SELECT category = 'umum' FROM applications WHERE id = new.application_id) WHERE (SELECT status IN ('approved','active','retired') FROM applications WHERE id = new.application_id) ON CONFLICT (function_id) DO UPDATE SET applications = applications + 1, shared_applications = shared_applications + excluded.shared_applications; END;

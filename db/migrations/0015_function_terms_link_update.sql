-- A link rewritten in place (an UPDATE of application_functions) changes the indexed function
-- titles of both applications, as a delete and an insert would. Migration 0008 kept
-- applications.function_terms (and through it applications_fts) for inserts and deletes of links
-- only; nothing in the app updates a link, but the search index must follow whatever writes it
-- (the same gap as migration 0014's, for the search).
CREATE TRIGGER `application_functions_terms_au` AFTER UPDATE ON `application_functions` BEGIN UPDATE applications SET function_terms = (SELECT coalesce(group_concat(f.title || ' ' || f.title_en, ' '), '') FROM application_functions af JOIN functions f ON f.id = af.function_id WHERE af.application_id = applications.id) WHERE id IN (old.application_id, new.application_id); END;

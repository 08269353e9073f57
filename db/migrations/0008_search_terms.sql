ALTER TABLE `applications` ADD `function_terms` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Catalogue search finds an application by what it does (issue 11): the titles of its functions,
-- Indonesian and English, are indexed beside its name, acronym and description. "surat" and
-- "bantuan sosial" then find SRIKANDI and SIKS-NG, whose own descriptions use other words.
-- applications.function_terms is kept by triggers whichever code writes the links (as 0003 does
-- for the counts); the FTS table is rebuilt with the fourth column and its triggers rewritten,
-- because an external-content FTS5 'delete' must be given exactly the values that were indexed.
DROP TRIGGER `applications_fts_ai`;
--> statement-breakpoint
DROP TRIGGER `applications_fts_ad`;
--> statement-breakpoint
DROP TRIGGER `applications_fts_au`;
--> statement-breakpoint
DROP TABLE `applications_fts`;
--> statement-breakpoint
UPDATE `applications` SET `function_terms` = (SELECT coalesce(group_concat(f.title || ' ' || f.title_en, ' '), '') FROM application_functions af JOIN functions f ON f.id = af.function_id WHERE af.application_id = applications.id);
--> statement-breakpoint
CREATE VIRTUAL TABLE `applications_fts` USING fts5(name, acronym, description, function_terms, content='applications', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5 6');
--> statement-breakpoint
INSERT INTO `applications_fts`(`applications_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `applications_fts_ai` AFTER INSERT ON `applications` BEGIN INSERT INTO applications_fts(rowid, name, acronym, description, function_terms) VALUES (new.id, new.name, new.acronym, new.description, new.function_terms); END;
--> statement-breakpoint
CREATE TRIGGER `applications_fts_ad` AFTER DELETE ON `applications` BEGIN INSERT INTO applications_fts(applications_fts, rowid, name, acronym, description, function_terms) VALUES ('delete', old.id, old.name, old.acronym, old.description, old.function_terms); END;
--> statement-breakpoint
CREATE TRIGGER `applications_fts_au` AFTER UPDATE OF `name`, `acronym`, `description`, `function_terms` ON `applications` BEGIN INSERT INTO applications_fts(applications_fts, rowid, name, acronym, description, function_terms) VALUES ('delete', old.id, old.name, old.acronym, old.description, old.function_terms); INSERT INTO applications_fts(rowid, name, acronym, description, function_terms) VALUES (new.id, new.name, new.acronym, new.description, new.function_terms); END;
--> statement-breakpoint
CREATE TRIGGER `application_functions_terms_ai` AFTER INSERT ON `application_functions` BEGIN UPDATE applications SET function_terms = (SELECT coalesce(group_concat(f.title || ' ' || f.title_en, ' '), '') FROM application_functions af JOIN functions f ON f.id = af.function_id WHERE af.application_id = new.application_id) WHERE id = new.application_id; END;
--> statement-breakpoint
CREATE TRIGGER `application_functions_terms_ad` AFTER DELETE ON `application_functions` BEGIN UPDATE applications SET function_terms = (SELECT coalesce(group_concat(f.title || ' ' || f.title_en, ' '), '') FROM application_functions af JOIN functions f ON f.id = af.function_id WHERE af.application_id = old.application_id) WHERE id = old.application_id; END;
--> statement-breakpoint
CREATE TRIGGER `functions_terms_au` AFTER UPDATE OF `title`, `title_en` ON `functions` BEGIN UPDATE applications SET function_terms = (SELECT coalesce(group_concat(f.title || ' ' || f.title_en, ' '), '') FROM application_functions af JOIN functions f ON f.id = af.function_id WHERE af.application_id = applications.id) WHERE id IN (SELECT application_id FROM application_functions WHERE function_id = new.id); END;
--> statement-breakpoint
-- The indexed words with how many applications use each, for "did you mean" when a search finds
-- nothing ("kepegawain" → kepegawaian). A view over the index: no storage, nothing to keep.
CREATE VIRTUAL TABLE `applications_fts_vocab` USING fts5vocab('applications_fts', 'row');

-- FTS5 indexes kept in sync by triggers (external-content tables). Bulk loaders may
-- insert first and then run INSERT INTO <t>_fts(<t>_fts) VALUES('rebuild'), which is ~4x faster.
CREATE VIRTUAL TABLE `applications_fts` USING fts5(name, acronym, description, content='applications', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER `applications_fts_ai` AFTER INSERT ON `applications` BEGIN INSERT INTO applications_fts(rowid, name, acronym, description) VALUES (new.id, new.name, new.acronym, new.description); END;
--> statement-breakpoint
CREATE TRIGGER `applications_fts_ad` AFTER DELETE ON `applications` BEGIN INSERT INTO applications_fts(applications_fts, rowid, name, acronym, description) VALUES ('delete', old.id, old.name, old.acronym, old.description); END;
--> statement-breakpoint
CREATE TRIGGER `applications_fts_au` AFTER UPDATE OF `name`, `acronym`, `description` ON `applications` BEGIN INSERT INTO applications_fts(applications_fts, rowid, name, acronym, description) VALUES ('delete', old.id, old.name, old.acronym, old.description); INSERT INTO applications_fts(rowid, name, acronym, description) VALUES (new.id, new.name, new.acronym, new.description); END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `apis_fts` USING fts5(name, description, content='apis', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER `apis_fts_ai` AFTER INSERT ON `apis` BEGIN INSERT INTO apis_fts(rowid, name, description) VALUES (new.id, new.name, new.description); END;
--> statement-breakpoint
CREATE TRIGGER `apis_fts_ad` AFTER DELETE ON `apis` BEGIN INSERT INTO apis_fts(apis_fts, rowid, name, description) VALUES ('delete', old.id, old.name, old.description); END;
--> statement-breakpoint
CREATE TRIGGER `apis_fts_au` AFTER UPDATE OF `name`, `description` ON `apis` BEGIN INSERT INTO apis_fts(apis_fts, rowid, name, description) VALUES ('delete', old.id, old.name, old.description); INSERT INTO apis_fts(rowid, name, description) VALUES (new.id, new.name, new.description); END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `functions_fts` USING fts5(title, title_en, description, content='functions', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER `functions_fts_ai` AFTER INSERT ON `functions` BEGIN INSERT INTO functions_fts(rowid, title, title_en, description) VALUES (new.id, new.title, new.title_en, new.description); END;
--> statement-breakpoint
CREATE TRIGGER `functions_fts_ad` AFTER DELETE ON `functions` BEGIN INSERT INTO functions_fts(functions_fts, rowid, title, title_en, description) VALUES ('delete', old.id, old.title, old.title_en, old.description); END;
--> statement-breakpoint
CREATE TRIGGER `functions_fts_au` AFTER UPDATE OF `title`, `title_en`, `description` ON `functions` BEGIN INSERT INTO functions_fts(functions_fts, rowid, title, title_en, description) VALUES ('delete', old.id, old.title, old.title_en, old.description); INSERT INTO functions_fts(rowid, title, title_en, description) VALUES (new.id, new.title, new.title_en, new.description); END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `data_entities_fts` USING fts5(name, name_en, description, content='data_entities', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER `data_entities_fts_ai` AFTER INSERT ON `data_entities` BEGIN INSERT INTO data_entities_fts(rowid, name, name_en, description) VALUES (new.id, new.name, new.name_en, new.description); END;
--> statement-breakpoint
CREATE TRIGGER `data_entities_fts_ad` AFTER DELETE ON `data_entities` BEGIN INSERT INTO data_entities_fts(data_entities_fts, rowid, name, name_en, description) VALUES ('delete', old.id, old.name, old.name_en, old.description); END;
--> statement-breakpoint
CREATE TRIGGER `data_entities_fts_au` AFTER UPDATE OF `name`, `name_en`, `description` ON `data_entities` BEGIN INSERT INTO data_entities_fts(data_entities_fts, rowid, name, name_en, description) VALUES ('delete', old.id, old.name, old.name_en, old.description); INSERT INTO data_entities_fts(rowid, name, name_en, description) VALUES (new.id, new.name, new.name_en, new.description); END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `api_operations_fts` USING fts5(path, summary, description, content='api_operations', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER `api_operations_fts_ai` AFTER INSERT ON `api_operations` BEGIN INSERT INTO api_operations_fts(rowid, path, summary, description) VALUES (new.id, new.path, new.summary, new.description); END;
--> statement-breakpoint
CREATE TRIGGER `api_operations_fts_ad` AFTER DELETE ON `api_operations` BEGIN INSERT INTO api_operations_fts(api_operations_fts, rowid, path, summary, description) VALUES ('delete', old.id, old.path, old.summary, old.description); END;
--> statement-breakpoint
CREATE TRIGGER `api_operations_fts_au` AFTER UPDATE OF `path`, `summary`, `description` ON `api_operations` BEGIN INSERT INTO api_operations_fts(api_operations_fts, rowid, path, summary, description) VALUES ('delete', old.id, old.path, old.summary, old.description); INSERT INTO api_operations_fts(rowid, path, summary, description) VALUES (new.id, new.path, new.summary, new.description); END;

-- A data version every committed change to what the catalogue shows moves forward (decision 0031).
-- Servers keep rendered public answers keyed by it: one tiny read per request tells whether
-- anything changed since, whichever process or tool wrote (the server, the command line, an
-- import, the cron job, another Worker). Sessions, sign-in throttles, API tokens and
-- notifications are nobody else's view and do not move it (db/version.ts lists them).
CREATE TABLE `data_version` (`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1), `n` integer NOT NULL);
--> statement-breakpoint
INSERT INTO `data_version` (`id`, `n`) VALUES (1, 1);
--> statement-breakpoint
CREATE TRIGGER data_version_agencies_ai AFTER INSERT ON `agencies` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_agencies_au AFTER UPDATE ON `agencies` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_agencies_ad AFTER DELETE ON `agencies` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_api_data_entities_ai AFTER INSERT ON `api_data_entities` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_api_data_entities_au AFTER UPDATE ON `api_data_entities` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_api_data_entities_ad AFTER DELETE ON `api_data_entities` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_api_operations_ai AFTER INSERT ON `api_operations` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_api_operations_au AFTER UPDATE ON `api_operations` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_api_operations_ad AFTER DELETE ON `api_operations` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_api_specs_ai AFTER INSERT ON `api_specs` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_api_specs_au AFTER UPDATE ON `api_specs` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_api_specs_ad AFTER DELETE ON `api_specs` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_apis_ai AFTER INSERT ON `apis` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_apis_au AFTER UPDATE ON `apis` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_apis_ad AFTER DELETE ON `apis` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_api_consumption_ai AFTER INSERT ON `application_api_consumption` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_api_consumption_au AFTER UPDATE ON `application_api_consumption` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_api_consumption_ad AFTER DELETE ON `application_api_consumption` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_data_entities_ai AFTER INSERT ON `application_data_entities` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_data_entities_au AFTER UPDATE ON `application_data_entities` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_data_entities_ad AFTER DELETE ON `application_data_entities` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_functions_ai AFTER INSERT ON `application_functions` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_functions_au AFTER UPDATE ON `application_functions` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_functions_ad AFTER DELETE ON `application_functions` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_relations_ai AFTER INSERT ON `application_relations` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_relations_au AFTER UPDATE ON `application_relations` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_application_relations_ad AFTER DELETE ON `application_relations` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_applications_ai AFTER INSERT ON `applications` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_applications_au AFTER UPDATE ON `applications` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_applications_ad AFTER DELETE ON `applications` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_audit_events_ai AFTER INSERT ON `audit_events` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_audit_events_au AFTER UPDATE ON `audit_events` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_audit_events_ad AFTER DELETE ON `audit_events` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_clearances_ai AFTER INSERT ON `clearances` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_clearances_au AFTER UPDATE ON `clearances` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_clearances_ad AFTER DELETE ON `clearances` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_data_entities_ai AFTER INSERT ON `data_entities` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_data_entities_au AFTER UPDATE ON `data_entities` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_data_entities_ad AFTER DELETE ON `data_entities` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_function_usage_ai AFTER INSERT ON `function_usage` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_function_usage_au AFTER UPDATE ON `function_usage` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_function_usage_ad AFTER DELETE ON `function_usage` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_functions_ai AFTER INSERT ON `functions` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_functions_au AFTER UPDATE ON `functions` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_functions_ad AFTER DELETE ON `functions` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_holidays_ai AFTER INSERT ON `holidays` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_holidays_au AFTER UPDATE ON `holidays` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_holidays_ad AFTER DELETE ON `holidays` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_overlap_findings_ai AFTER INSERT ON `overlap_findings` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_overlap_findings_au AFTER UPDATE ON `overlap_findings` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_overlap_findings_ad AFTER DELETE ON `overlap_findings` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_proposal_documents_ai AFTER INSERT ON `proposal_documents` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_proposal_documents_au AFTER UPDATE ON `proposal_documents` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_proposal_documents_ad AFTER DELETE ON `proposal_documents` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_proposals_ai AFTER INSERT ON `proposals` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_proposals_au AFTER UPDATE ON `proposals` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_proposals_ad AFTER DELETE ON `proposals` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_rationalisation_clusters_ai AFTER INSERT ON `rationalisation_clusters` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_rationalisation_clusters_au AFTER UPDATE ON `rationalisation_clusters` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_rationalisation_clusters_ad AFTER DELETE ON `rationalisation_clusters` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_rationalisation_covered_ai AFTER INSERT ON `rationalisation_covered` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_rationalisation_covered_au AFTER UPDATE ON `rationalisation_covered` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_rationalisation_covered_ad AFTER DELETE ON `rationalisation_covered` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_rationalisation_members_ai AFTER INSERT ON `rationalisation_members` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_rationalisation_members_au AFTER UPDATE ON `rationalisation_members` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_rationalisation_members_ad AFTER DELETE ON `rationalisation_members` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_rationalisation_runs_ai AFTER INSERT ON `rationalisation_runs` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_rationalisation_runs_au AFTER UPDATE ON `rationalisation_runs` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_rationalisation_runs_ad AFTER DELETE ON `rationalisation_runs` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_reason_codes_ai AFTER INSERT ON `reason_codes` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_reason_codes_au AFTER UPDATE ON `reason_codes` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_reason_codes_ad AFTER DELETE ON `reason_codes` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_reference_codes_ai AFTER INSERT ON `reference_codes` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_reference_codes_au AFTER UPDATE ON `reference_codes` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_reference_codes_ad AFTER DELETE ON `reference_codes` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_reviews_ai AFTER INSERT ON `reviews` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_reviews_au AFTER UPDATE ON `reviews` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_reviews_ad AFTER DELETE ON `reviews` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_users_ai AFTER INSERT ON `users` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_users_au AFTER UPDATE ON `users` BEGIN UPDATE data_version SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER data_version_users_ad AFTER DELETE ON `users` BEGIN UPDATE data_version SET n = n + 1; END;

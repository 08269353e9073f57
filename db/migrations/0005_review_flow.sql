-- Review flow: what the queue shows without recomputing overlap, and the lookups it needs.
-- Shared coverage of the proposal at its latest submission (per mille), for the reviewer queue.
ALTER TABLE proposals ADD shared_coverage_permille integer;
--> statement-breakpoint
-- Top overlap score of the latest submission (per mille), for the queue's sort and filter.
ALTER TABLE proposals ADD top_score_permille integer;
--> statement-breakpoint
CREATE INDEX reviews_proposal_idx ON reviews (proposal_id, round);
--> statement-breakpoint
CREATE INDEX clearances_proposal_idx ON clearances (proposal_id);
--> statement-breakpoint
CREATE INDEX notifications_link_idx ON notifications (user_id, kind, link);

import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies } from '../../db/schema/agencies';
import { applications } from '../../db/schema/applications';

/*
 * What tests read or write directly to see or set up storage. SQL lives in repo files (decision
 * 0001), tests' too: a test names what it looks at, and a schema change has one place to follow.
 */

/** An application's id by its acronym; throws for an unknown one. */
export async function applicationIdByAcronym(db: Db, acronym: string): Promise<number> {
  const row = await db.get<{ id: number } | undefined>(
    sql`select id from applications where acronym = ${acronym}`,
  );
  if (!row) throw new Error(`fixture: no application ${acronym}`);
  return row.id;
}

/** The first published (active) application by id. */
export async function firstActiveApplicationId(db: Db): Promise<number> {
  const row = await db.get<{ id: number } | undefined>(
    sql`select id from applications where status = 'active' order by id limit 1`,
  );
  if (!row) throw new Error('fixture: no active application');
  return row.id;
}

/** The ids of the national services. */
export async function nationalApplicationIds(db: Db): Promise<Set<number>> {
  const rows = await db.all<{ id: number }>(sql`select id from applications where scope = 'national'`);
  return new Set(rows.map((r) => r.id));
}

/**
 * The labelled seed's entries (those with a confidence) by key: `app:<acronym>` for applications,
 * `api:<name>` for their APIs.
 */
export async function labelledSeedIds(db: Db): Promise<Map<string, number>> {
  const rows = await db.all<{ key: string; id: number }>(sql`
    select 'app:' || acronym as key, id from applications where confidence is not null
    union all
    select 'api:' || p.name, p.id from apis p join applications a on a.id = p.application_id
      where a.confidence is not null`);
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** How many applications carry exactly this name. */
export async function applicationsNamed(db: Db, name: string): Promise<number> {
  const row = await db.get<{ n: number }>(sql`select count(*) as n from applications where name = ${name}`);
  return row.n;
}

/** Adds applications as rows, past every service (a test's bulk fixture); answers their ids. */
export async function insertApplications(
  db: Db,
  rows: (typeof applications.$inferInsert)[],
): Promise<number[]> {
  const ids = await db.insert(applications).values(rows).returning({ id: applications.id });
  return ids.map((r) => r.id);
}

/** Agency ids by code. */
export async function agencyIdsByCode(db: Db): Promise<Record<string, number>> {
  const rows = await db.select({ id: agencies.id, code: agencies.code }).from(agencies);
  return Object.fromEntries(rows.map((a) => [a.code, a.id]));
}

/** How many applications the full-text index matches for one FTS5 query. */
export async function applicationsMatching(db: Db, match: string): Promise<number> {
  const row = await db.get<{ n: number }>(
    sql`select count(*) as n from applications_fts where applications_fts match ${match}`,
  );
  return row.n;
}

/** The application a proposal drafts, and that application's current version. */
export async function proposalApplication(
  db: Db,
  proposalId: number,
): Promise<{ applicationId: number; version: number }> {
  const row = await db.get<{ applicationId: number; version: number } | undefined>(
    sql`select a.id as applicationId, a.version from proposals p join applications a on a.id = p.application_id
        where p.id = ${proposalId}`,
  );
  if (!row) throw new Error(`fixture: no proposal ${proposalId}`);
  return row;
}

/** Every proposal's id. */
export async function proposalIds(db: Db): Promise<number[]> {
  return (await db.all<{ id: number }>(sql`select id from proposals order by id`)).map((r) => r.id);
}

/** The review rows of one proposal. */
export async function reviewsOf(db: Db, proposalId: number): Promise<unknown[]> {
  return db.all(sql`select * from reviews where proposal_id = ${proposalId}`);
}

/** What a submitted proposal stored about one candidate: per mille integers and a 0/1 flag. */
export async function storedFinding(db: Db, proposalId: number, candidateId: number) {
  const row = await db.get<{ coverage: number; top: number; score: number; flagged: number } | undefined>(
    sql`select p.shared_coverage_permille as coverage, p.top_score_permille as top,
          f.score_permille as score, f.flagged
        from proposals p join overlap_findings f on f.proposal_id = p.id
        where p.id = ${proposalId} and f.candidate_application_id = ${candidateId}`,
  );
  if (!row) throw new Error(`fixture: no finding for ${candidateId} in proposal ${proposalId}`);
  return row;
}

export interface AuditRow {
  action: string;
  before: string | null;
  after: string | null;
  actorUserId: number | null;
}

/** An application's audit trail, oldest first. */
export async function applicationAudit(db: Db, applicationId: number): Promise<AuditRow[]> {
  return db.all<AuditRow>(
    sql`select action, before, after, actor_user_id as actorUserId from audit_events
        where entity_type = 'application' and entity_id = ${applicationId} order by id`,
  );
}

/** Every audit event. */
export async function allAuditEvents(db: Db): Promise<unknown[]> {
  return db.all(sql`select * from audit_events`);
}

/** How many audit events record this action on an application. */
export async function applicationAuditCount(db: Db, action: string): Promise<number> {
  const row = await db.get<{ n: number }>(
    sql`select count(*) as n from audit_events where entity_type = 'application' and action = ${action}`,
  );
  return row.n;
}

/** The number of the clearance issued for a proposal. */
export async function clearanceNumberOf(db: Db, proposalId: number): Promise<string> {
  const row = await db.get<{ number: string } | undefined>(
    sql`select number from clearances where proposal_id = ${proposalId}`,
  );
  if (!row) throw new Error(`fixture: no clearance for proposal ${proposalId}`);
  return row.number;
}

/** Changes a stored clearance's budget ceiling behind the service's back (a tampered row). */
export async function tamperClearanceCeiling(db: Db, number: string, ceiling: number): Promise<void> {
  await db.run(sql`update clearances set budget_ceiling = ${ceiling} where number = ${number}`);
}

/** Moves a proposal's review deadline. */
export async function setProposalDue(db: Db, proposalId: number, dueAt: number): Promise<void> {
  await db.run(sql`update proposals set due_at = ${dueAt} where id = ${proposalId}`);
}

/** How many notifications are stored. */
export async function notificationCount(db: Db): Promise<number> {
  return (await db.get<{ n: number }>(sql`select count(*) as n from notifications`)).n;
}

/** A user's stored name. */
export async function userName(db: Db, userId: number): Promise<string> {
  return (await db.get<{ name: string }>(sql`select name from users where id = ${userId}`)).name;
}

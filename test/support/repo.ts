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
  return (await applicationByAcronym(db, acronym)).id;
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

/** An application's current version; throws for an unknown one. */
export async function applicationVersion(db: Db, applicationId: number): Promise<number> {
  const row = await db.get<{ version: number } | undefined>(
    sql`select version from applications where id = ${applicationId}`,
  );
  if (!row) throw new Error(`fixture: no application ${applicationId}`);
  return row.version;
}

/** An application's id and current version by its acronym; throws for an unknown one. */
export async function applicationByAcronym(
  db: Db,
  acronym: string,
): Promise<{ id: number; version: number }> {
  const row = await db.get<{ id: number; version: number } | undefined>(
    sql`select id, version from applications where acronym = ${acronym}`,
  );
  if (!row) throw new Error(`fixture: no application ${acronym}`);
  return row;
}

/** An application's stored category (`umum` or `khusus`). */
export async function applicationCategory(db: Db, applicationId: number): Promise<string> {
  const row = await db.get<{ category: string } | undefined>(
    sql`select category from applications where id = ${applicationId}`,
  );
  if (!row) throw new Error(`fixture: no application ${applicationId}`);
  return row.category;
}

/** Changes an agency's code behind the service's back (a renamed agency). */
export async function renameAgencyCode(db: Db, from: string, to: string): Promise<void> {
  await db.run(sql`update agencies set code = ${to} where code = ${from}`);
}

/** Changes an application's unit and bumps its version behind the service's back (a concurrent edit). */
export async function editApplicationUnit(db: Db, applicationId: number, unit: string): Promise<void> {
  await db.run(
    sql`update applications set unit = ${unit}, version = version + 1 where id = ${applicationId}`,
  );
}

/** Sets an application's description and unit behind the service's back, version unchanged. */
export async function setApplicationDescriptionAndUnit(
  db: Db,
  applicationId: number,
  description: string,
  unit: string,
): Promise<void> {
  await db.run(
    sql`update applications set description = ${description}, unit = ${unit} where id = ${applicationId}`,
  );
}

/** How many rows a table holds. */
export async function rowCount(db: Db, table: 'applications' | 'audit_events'): Promise<number> {
  return (await db.get<{ n: number }>(sql`select count(*) as n from ${sql.raw(table)}`)).n;
}

/** The applications an application relates to, by the relation's target id. */
export async function relatedApplicationIds(db: Db, applicationId: number): Promise<number[]> {
  const rows = await db.all<{ id: number }>(
    sql`select to_application_id as id from application_relations where from_application_id = ${applicationId}`,
  );
  return rows.map((r) => r.id);
}

/** The APIs an application consumes, by id. */
export async function consumedApiIds(db: Db, applicationId: number): Promise<number[]> {
  const rows = await db.all<{ id: number }>(
    sql`select api_id as id from application_api_consumption where application_id = ${applicationId}`,
  );
  return rows.map((r) => r.id);
}

/** An API's id and version by its name; throws for an unknown one. */
export async function apiByName(db: Db, name: string): Promise<{ id: number; version: number }> {
  const row = await db.get<{ id: number; version: number } | undefined>(
    sql`select id, version from apis where name = ${name}`,
  );
  if (!row) throw new Error(`fixture: no API ${name}`);
  return row;
}

/** The (first) API of an application, by the application's acronym; throws when it has none. */
export async function apiOfApplication(db: Db, acronym: string): Promise<{ id: number; version: number }> {
  const row = await db.get<{ id: number; version: number } | undefined>(
    sql`select p.id, p.version from apis p join applications a on a.id = p.application_id where a.acronym = ${acronym}`,
  );
  if (!row) throw new Error(`fixture: no API of ${acronym}`);
  return row;
}

/** An API's stored row: its application, name, API version and row version; throws for an unknown one. */
export async function storedApi(
  db: Db,
  apiId: number,
): Promise<{ applicationId: number; name: string; apiVersion: string; version: number }> {
  const row = await db.get<
    { applicationId: number; name: string; apiVersion: string; version: number } | undefined
  >(
    sql`select application_id as applicationId, name, api_version as apiVersion, version from apis where id = ${apiId}`,
  );
  if (!row) throw new Error(`fixture: no API ${apiId}`);
  return row;
}

/** The spec stored for an API; throws when it has none. */
export async function apiSpec(
  db: Db,
  apiId: number,
): Promise<{ format: string; mediaType: string; sourceUrl: string | null; content: string; sha256: string }> {
  const row = await db.get<
    | { format: string; mediaType: string; sourceUrl: string | null; content: string; sha256: string }
    | undefined
  >(
    sql`select format, media_type as mediaType, source_url as sourceUrl, content, sha256 from api_specs
        where api_id = ${apiId}`,
  );
  if (!row) throw new Error(`fixture: no spec for API ${apiId}`);
  return row;
}

/** The codes of the data entities an API carries, sorted. */
export async function apiDataEntityCodes(db: Db, apiId: number): Promise<string[]> {
  const rows = await db.all<{ code: string }>(
    sql`select d.code from api_data_entities x join data_entities d on d.id = x.data_entity_id
        where x.api_id = ${apiId} order by d.code`,
  );
  return rows.map((r) => r.code);
}

/** The operations extracted from an API's spec, by path. */
export async function apiOperations(
  db: Db,
  apiId: number,
): Promise<{ method: string; path: string; summary: string }[]> {
  return db.all<{ method: string; path: string; summary: string }>(
    sql`select method, path, summary from api_operations where api_id = ${apiId} order by path`,
  );
}

/**
 * How many rows of `table` belong to the APIs of the named applications (the reference data has
 * APIs too).
 */
export async function apiRowsOfApplications(
  db: Db,
  table: 'apis' | 'api_specs' | 'api_data_entities',
  applicationNames: string[],
): Promise<number> {
  const ours = sql`select p.id from apis p join applications a on a.id = p.application_id
    where a.name in (${sql.join(
      applicationNames.map((n) => sql`${n}`),
      sql`, `,
    )})`;
  const query =
    table === 'apis'
      ? sql`select count(*) as n from apis where id in (${ours})`
      : sql`select count(*) as n from ${sql.raw(table)} where api_id in (${ours})`;
  return (await db.get<{ n: number }>(query)).n;
}

/** An API's audit trail, oldest first. */
export async function apiAudit(
  db: Db,
  apiId: number,
): Promise<{ action: string; before: string | null; after: string | null }[]> {
  return db.all<{ action: string; before: string | null; after: string | null }>(
    sql`select action, before, after from audit_events where entity_type = 'api' and entity_id = ${apiId} order by id`,
  );
}

/** Every audit event about one kind of entity. */
export async function auditEventsAbout(db: Db, entityType: string): Promise<unknown[]> {
  return db.all(sql`select * from audit_events where entity_type = ${entityType}`);
}

/** The newest audit events, newest first: their action and entity type. */
export async function latestAuditEvents(db: Db, n: number): Promise<{ action: string; type: string }[]> {
  return db.all<{ action: string; type: string }>(
    sql`select action, entity_type as type from audit_events order by id desc limit ${n}`,
  );
}

/** The actor label of the (first) import audit event; throws when there is none. */
export async function importActorLabel(db: Db): Promise<string> {
  const row = await db.get<{ label: string } | undefined>(
    sql`select actor_label as label from audit_events where action = 'import'`,
  );
  if (!row) throw new Error('fixture: no import audit event');
  return row.label;
}

/** The stored session rows, straight from the driver: id (the token's hash), userId, expiresAt. */
export async function sessionRows(db: Db) {
  return (await db.$client.execute('select id, user_id as userId, expires_at as expiresAt from sessions'))
    .rows;
}

/** Every column of every stored session, straight from the driver (to look for a leaked token). */
export async function sessionDump(db: Db) {
  return (await db.$client.execute('select * from sessions')).rows;
}

/** Every column of every stored API token, straight from the driver. */
export async function apiTokenRows(db: Db) {
  return (await db.$client.execute('select * from api_tokens')).rows;
}

/** When an API token was last used, or null. */
export async function apiTokenLastUsedAt(db: Db, tokenId: number): Promise<number | null> {
  const row = await db.get<{ lastUsedAt: number | null } | undefined>(
    sql`select last_used_at as lastUsedAt from api_tokens where id = ${tokenId}`,
  );
  if (!row) throw new Error(`fixture: no API token ${tokenId}`);
  return row.lastUsedAt;
}

/** The audit events about API tokens, straight from the driver: action and actor_user_id. */
export async function apiTokenAudit(db: Db) {
  return (
    await db.$client.execute("select action, actor_user_id from audit_events where entity_type = 'api_token'")
  ).rows;
}

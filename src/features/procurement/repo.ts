import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { AppStatus } from '../../../db/schema/applications';
import type { Decision, PROPOSAL_KINDS } from '../../../db/schema/reviews';
import { and, list, one, type Page, rows } from '../../kernel/repo';

/** Queries of the proposal and review flow. Writes return statements for one `db.batch`. */

export interface ProposalRow {
  id: number;
  applicationId: number;
  kind: string;
  fiscalYear: number;
  requestedBudget: number;
  justification: string;
  round: number;
  submittedAt: number | null;
  dueAt: number | null;
  published: number;
  sharedCoveragePermille: number | null;
  topScorePermille: number | null;
  createdAt: number;
  status: AppStatus;
  version: number;
  name: string;
  acronym: string | null;
  description: string;
  agencyId: number;
  agencyCode: string;
  agencyName: string;
  agencyKind: string;
}

const proposalColumns = sql`p.id, p.application_id as applicationId, p.kind, p.fiscal_year as fiscalYear,
  p.requested_budget as requestedBudget, p.justification, p.round, p.submitted_at as submittedAt, p.due_at as dueAt,
  p.published, p.shared_coverage_permille as sharedCoveragePermille, p.top_score_permille as topScorePermille,
  p.created_at as createdAt, a.status, a.version, a.name, a.acronym, a.description, a.agency_id as agencyId,
  g.code as agencyCode, g.name as agencyName, g.kind as agencyKind`;
const proposalFrom = sql`proposals p join applications a on a.id = p.application_id join agencies g on g.id = a.agency_id`;

export async function proposalById(db: Db, id: number) {
  return one<ProposalRow>(db, sql`select ${proposalColumns} from ${proposalFrom} where p.id = ${id}`);
}

export async function proposalsOfAgency(db: Db, agencyId: number) {
  return rows<ProposalRow>(
    db,
    sql`select ${proposalColumns} from ${proposalFrom} where a.agency_id = ${agencyId} order by p.created_at desc limit 500`,
  );
}

export function insertProposal(
  db: Db,
  appId: SQL,
  p: { kind: string; fiscalYear: number; requestedBudget: number; justification: string },
) {
  return db.run(sql`insert into proposals (application_id, kind, fiscal_year, requested_budget, justification)
    values (${appId}, ${p.kind}, ${p.fiscalYear}, ${p.requestedBudget}, ${p.justification}) returning id`);
}

export const proposalIdOfApp = (appId: SQL) =>
  sql`(select id from proposals where application_id = ${appId})`;

export function updateProposal(
  db: Db,
  id: number,
  p: { kind: string; fiscalYear: number; requestedBudget: number; justification: string },
) {
  return db.run(sql`update proposals set kind = ${p.kind}, fiscal_year = ${p.fiscalYear},
    requested_budget = ${p.requestedBudget}, justification = ${p.justification} where id = ${id}`);
}

export interface DocumentRow {
  id: number;
  kind: string;
  filename: string | null;
  mediaType: string | null;
  size: number | null;
  url: string | null;
  createdAt: number;
}

export async function documentsOf(db: Db, proposalId: number) {
  return rows<DocumentRow>(
    db,
    sql`select id, kind, filename, media_type as mediaType, size, url, created_at as createdAt
        from proposal_documents where proposal_id = ${proposalId} order by kind, id`,
  );
}

export async function documentContent(db: Db, proposalId: number, docId: number) {
  return one<{
    filename: string | null;
    mediaType: string | null;
    content: string | null;
    url: string | null;
  }>(
    db,
    sql`select filename, media_type as mediaType, content, url from proposal_documents
        where id = ${docId} and proposal_id = ${proposalId}`,
  );
}

/** Replaces the document of one kind (an upload as base64, or a link). */
export function replaceDocument(
  db: Db,
  proposalId: SQL | number,
  d: {
    kind: string;
    filename: string | null;
    mediaType: string | null;
    size: number | null;
    content: string | null;
    url: string | null;
  },
) {
  return [
    db.run(sql`delete from proposal_documents where proposal_id = ${proposalId} and kind = ${d.kind}`),
    db.run(sql`insert into proposal_documents (proposal_id, kind, filename, media_type, size, content, url)
      values (${proposalId}, ${d.kind}, ${d.filename}, ${d.mediaType}, ${d.size}, ${d.content}, ${d.url})`),
  ];
}

export function markSubmitted(
  db: Db,
  id: number,
  s: { round: number; submittedAt: number; dueAt: number; by: number; coverage: number; top: number },
) {
  return db.run(sql`update proposals set round = ${s.round}, submitted_at = ${s.submittedAt}, due_at = ${s.dueAt},
    submitted_by = ${s.by}, shared_coverage_permille = ${s.coverage}, top_score_permille = ${s.top}
    where id = ${id} and round = ${s.round - 1}`);
}

export function insertFinding(
  db: Db,
  f: {
    proposalId: number;
    round: number;
    candidate: number;
    score: number;
    functionScore: number;
    dataScore: number;
    textScore: number;
    flagged: boolean;
    evidence: unknown;
    justification: string | null;
  },
) {
  return db.run(sql`insert into overlap_findings (proposal_id, round, candidate_application_id, score_permille,
      function_score_permille, data_score_permille, text_score_permille, flagged, evidence, justification)
    values (${f.proposalId}, ${f.round}, ${f.candidate}, ${f.score}, ${f.functionScore}, ${f.dataScore}, ${f.textScore},
      ${f.flagged ? 1 : 0}, ${JSON.stringify(f.evidence)}, ${f.justification})`);
}

export interface FindingRow {
  round: number;
  candidateId: number;
  candidateName: string;
  candidateAcronym: string | null;
  candidateCategory: string;
  candidateAgency: string;
  /** `national` for a national service (Aplikasi Umum or mandated sector platform). */
  candidateScope: string;
  score: number;
  functionScore: number;
  dataScore: number;
  textScore: number;
  flagged: number;
  evidence: string;
  justification: string | null;
}

export async function findingsOf(db: Db, proposalId: number) {
  return rows<FindingRow>(
    db,
    sql`select f.round, f.candidate_application_id as candidateId, a.name as candidateName, a.acronym as candidateAcronym,
          a.category as candidateCategory, a.scope as candidateScope, g.name as candidateAgency, f.score_permille as score,
          f.function_score_permille as functionScore, f.data_score_permille as dataScore,
          f.text_score_permille as textScore, f.flagged, f.evidence, f.justification
        from overlap_findings f join applications a on a.id = f.candidate_application_id
        join agencies g on g.id = a.agency_id
        where f.proposal_id = ${proposalId} order by f.round desc, f.score_permille desc`,
  );
}

export interface ReviewRow {
  id: number;
  round: number;
  decision: string;
  reasonCodes: string;
  conditions: string | null;
  comment: string;
  suggested: string;
  reviewerName: string;
  reviewerEmail: string;
  decidedAt: number;
}

export async function reviewsOf(db: Db, proposalId: number) {
  return rows<ReviewRow>(
    db,
    sql`select r.id, r.round, r.decision, r.reason_codes as reasonCodes, r.conditions, r.comment,
          r.suggested_application_ids as suggested, u.name as reviewerName, u.email as reviewerEmail,
          r.created_at as decidedAt
        from reviews r join users u on u.id = r.reviewer_id where r.proposal_id = ${proposalId} order by r.round desc`,
  );
}

export function insertReview(
  db: Db,
  r: {
    proposalId: number;
    round: number;
    decision: string;
    reasonCodes: string[];
    conditions: string | null;
    comment: string;
    suggested: number[];
    reviewerId: number;
    decidedAt: number;
  },
) {
  return db.run(sql`insert into reviews (proposal_id, round, decision, reason_codes, conditions, comment,
      suggested_application_ids, reviewer_id, created_at)
    values (${r.proposalId}, ${r.round}, ${r.decision}, ${JSON.stringify(r.reasonCodes)}, ${r.conditions}, ${r.comment},
      ${JSON.stringify(r.suggested)}, ${r.reviewerId}, ${r.decidedAt})`);
}

export async function reasonCodes(db: Db) {
  return rows<{ code: string; label: string; labelEn: string; appliesTo: string }>(
    db,
    sql`select code, label, label_en as labelEn, applies_to as appliesTo from reason_codes order by code`,
  );
}

export interface QueueItem extends ProposalRow {
  /** The flagged national service if there is one (the reviewer's first question), else the best match. */
  topCandidate: string | null;
}

export async function queue(
  db: Db,
  f: { agencyKind?: string; dueBefore?: number; dueAfter?: number; page: number; pageSize: number },
): Promise<Page<QueueItem>> {
  const conds: SQL[] = [sql`a.status = 'proposed'`];
  if (f.agencyKind) conds.push(sql`g.kind = ${f.agencyKind}`);
  if (f.dueBefore !== undefined) conds.push(sql`p.due_at < ${f.dueBefore}`);
  if (f.dueAfter !== undefined) conds.push(sql`p.due_at >= ${f.dueAfter}`);
  const where = and(conds);
  const [items, count] = await Promise.all([
    rows<QueueItem>(
      db,
      sql`select ${proposalColumns},
            (select coalesce(c.acronym, c.name) from overlap_findings x join applications c on c.id = x.candidate_application_id
              where x.proposal_id = p.id and x.round = p.round
              order by (c.scope = 'national' and x.flagged = 1) desc, x.score_permille desc limit 1) as topCandidate
          from ${proposalFrom} where ${where}
          order by p.submitted_at asc, p.id asc limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
    ),
    one<{ n: number }>(db, sql`select count(*) as n from ${proposalFrom} where ${where}`),
  ]);
  return { items, total: count?.n ?? 0, page: f.page, pageSize: f.pageSize };
}

export interface DecisionLogRow {
  proposalId: number;
  round: number;
  applicationId: number;
  name: string;
  acronym: string | null;
  agencyCode: string;
  agencyName: string;
  kind: (typeof PROPOSAL_KINDS)[number];
  fiscalYear: number;
  requestedBudget: number;
  decision: Decision;
  reasonCodes: string;
  conditions: string | null;
  comment: string;
  suggested: string;
  decidedAt: number;
  clearanceNumber: string | null;
  /** The approved ceiling of the clearance the decision issued, if any. */
  budgetCeiling: number | null;
}

export async function decisionLog(
  db: Db,
  f: {
    decision?: string;
    agencyCode?: string;
    reason?: string;
    year?: number;
    page: number;
    pageSize: number;
  },
): Promise<Page<DecisionLogRow>> {
  const conds: SQL[] = [sql`p.published = 1`];
  if (f.decision) conds.push(sql`r.decision = ${f.decision}`);
  if (f.agencyCode) conds.push(sql`g.code = ${f.agencyCode}`);
  if (f.reason)
    conds.push(sql`exists (select 1 from json_each(r.reason_codes) j where j.value = ${f.reason})`);
  if (f.year) conds.push(sql`p.fiscal_year = ${f.year}`);
  const where = and(conds);
  const from = sql`reviews r join proposals p on p.id = r.proposal_id join applications a on a.id = p.application_id
    join agencies g on g.id = a.agency_id left join clearances c on c.review_id = r.id`;
  const [items, count] = await Promise.all([
    rows<DecisionLogRow>(
      db,
      sql`select p.id as proposalId, r.round, a.id as applicationId, a.name, a.acronym, g.code as agencyCode,
            g.name as agencyName, p.kind, p.fiscal_year as fiscalYear, p.requested_budget as requestedBudget,
            r.decision, r.reason_codes as reasonCodes, r.conditions, r.comment,
            r.suggested_application_ids as suggested, r.created_at as decidedAt, c.number as clearanceNumber,
            c.budget_ceiling as budgetCeiling
          from ${from} where ${where} order by r.created_at desc, r.id desc
          limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
    ),
    one<{ n: number }>(db, sql`select count(*) as n from ${from} where ${where}`),
  ]);
  return { items, total: count?.n ?? 0, page: f.page, pageSize: f.pageSize };
}

export async function applicationNames(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return rows<{ id: number; name: string; acronym: string | null; status: AppStatus }>(
    db,
    sql`select id, name, acronym, status from applications where id in ${list(ids)}`,
  );
}

export interface ClearanceRow {
  id: number;
  number: string;
  proposalId: number;
  applicationId: number;
  applicationName: string;
  agencyId: number;
  agencyCode: string;
  agencyName: string;
  fiscalYear: number;
  budgetCeiling: number;
  conditions: string | null;
  issuedAt: number;
  contentHash: string;
  revokedAt: number | null;
  revokedReason: string | null;
  /** The reviewer whose decision issued the clearance. */
  signatoryName: string | null;
  /** Their position (jabatan), if they have given one. */
  signatoryPosition: string | null;
}

export async function clearanceByNumber(db: Db, number: string) {
  return one<ClearanceRow>(
    db,
    sql`select c.id, c.number, c.proposal_id as proposalId, c.application_id as applicationId, a.name as applicationName,
          c.agency_id as agencyId, g.code as agencyCode, g.name as agencyName, c.fiscal_year as fiscalYear,
          c.budget_ceiling as budgetCeiling,
          c.conditions, c.created_at as issuedAt, c.content_hash as contentHash, c.revoked_at as revokedAt,
          c.revoked_reason as revokedReason, u.name as signatoryName, u.position as signatoryPosition
        from clearances c join applications a on a.id = c.application_id join agencies g on g.id = c.agency_id
          left join reviews r on r.id = c.review_id left join users u on u.id = r.reviewer_id
        where c.number = ${number}`,
  );
}

export async function clearanceOfProposal(db: Db, proposalId: number) {
  return one<{ number: string; revokedAt: number | null }>(
    db,
    sql`select number, revoked_at as revokedAt from clearances where proposal_id = ${proposalId} order by id desc limit 1`,
  );
}

export async function nextClearanceSequence(db: Db, fiscalYear: number) {
  const row = await one<{ n: number }>(
    db,
    sql`select count(*) + 1 as n from clearances where fiscal_year = ${fiscalYear}`,
  );
  return row?.n ?? 1;
}

export function insertClearance(
  db: Db,
  c: {
    number: string;
    proposalId: number;
    reviewId: SQL;
    applicationId: number;
    agencyId: number;
    fiscalYear: number;
    budgetCeiling: number;
    conditions: string | null;
    issuedAt: number;
    contentHash: string;
  },
) {
  return db.run(sql`insert into clearances (number, proposal_id, review_id, application_id, agency_id, fiscal_year,
      budget_ceiling, conditions, created_at, content_hash)
    values (${c.number}, ${c.proposalId}, ${c.reviewId}, ${c.applicationId}, ${c.agencyId}, ${c.fiscalYear},
      ${c.budgetCeiling}, ${c.conditions}, ${c.issuedAt}, ${c.contentHash})`);
}

export function reviewIdOf(proposalId: number, round: number): SQL {
  return sql`(select id from reviews where proposal_id = ${proposalId} and round = ${round})`;
}

/** Notifies every active user of a role (optionally of one agency), if `onlyIf` holds. */
export function notifyRole(
  db: Db,
  n: { role: string; agencyId?: number; kind: string; title: string; body: string; link: string },
  onlyIf?: SQL,
) {
  return db.run(sql`insert into notifications (user_id, kind, title, body, link)
    select id, ${n.kind}, ${n.title}, ${n.body}, ${n.link} from users
    where active = 1 and role = ${n.role} ${n.agencyId !== undefined ? sql`and agency_id = ${n.agencyId}` : sql``}
      and ${onlyIf ?? sql`1`}`);
}

/** True (in SQL) when clearance `id` was revoked at `at` by `by`: this request's revocation took effect. */
export const revokedBy = (id: number, at: number, by: number): SQL =>
  sql`exists (select 1 from clearances where id = ${id} and revoked_at = ${at} and revoked_by = ${by})`;

export function revokeStatement(db: Db, id: number, by: number, reason: string, at: number) {
  return db.run(sql`update clearances set revoked_at = ${at}, revoked_reason = ${reason}, revoked_by = ${by}
    where id = ${id} and revoked_at is null`);
}

export function addHolidayStatement(db: Db, date: string, name: string) {
  return db.run(sql`insert into holidays (date, name) values (${date}, ${name})
    on conflict(date) do update set name = excluded.name`);
}

export function deleteHolidayStatement(db: Db, date: string) {
  return db.run(sql`delete from holidays where date = ${date}`);
}

export async function notificationsOf(db: Db, userId: number, limit = 100) {
  return rows<{
    id: number;
    kind: string;
    title: string;
    body: string;
    link: string | null;
    readAt: number | null;
    createdAt: number;
  }>(
    db,
    sql`select id, kind, title, body, link, read_at as readAt, created_at as createdAt from notifications
        where user_id = ${userId} order by created_at desc, id desc limit ${limit}`,
  );
}

export async function markRead(db: Db, userId: number, id: number | null, at: number) {
  await db.run(sql`update notifications set read_at = ${at} where user_id = ${userId} and read_at is null
    ${id === null ? sql`` : sql`and id = ${id}`}`);
}

/** Proposals under review due before `before` (oldest deadline first): the reviewers' "due soon". */
export async function dueBefore(db: Db, before: number) {
  return rows<{ id: number; name: string; dueAt: number }>(
    db,
    sql`select p.id, a.name, p.due_at as dueAt
        from proposals p join applications a on a.id = p.application_id
        where a.status = 'proposed' and p.due_at < ${before} order by p.due_at, p.id limit 100`,
  );
}

export async function holidays(db: Db) {
  return rows<{ date: string; name: string }>(db, sql`select date, name from holidays order by date`);
}

export async function holidaySet(db: Db): Promise<Set<string>> {
  return new Set((await holidays(db)).map((h) => h.date));
}

/** Every national service in use, for the reviewer's "suggest instead" search. */
export async function nationalServices(db: Db) {
  return rows<{ id: number; name: string; acronym: string | null; agency: string }>(
    db,
    sql`select a.id, a.name, a.acronym, g.name as agency
          from applications a join agencies g on g.id = a.agency_id
          where a.scope = 'national' and a.status in ('approved', 'active')
          order by coalesce(a.acronym, a.name)`,
  );
}

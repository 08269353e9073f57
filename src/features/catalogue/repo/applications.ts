import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../../db/client';
import type { AgencyKind } from '../../../../db/schema/agencies';
import type { ApiAccess, ApiAuth, Protocol } from '../../../../db/schema/apis';
import type {
  AppStatus,
  Category,
  DataRole,
  Hosting,
  RelationKind,
  Scope,
} from '../../../../db/schema/applications';
import type { Confidence } from '../../../../db/schema/common';
import type { Sensitivity } from '../../../../db/schema/data';
import type { SharedField } from '../../../../db/schema/functions';
import {
  and,
  list,
  type Page,
  type Read,
  readAll,
  readOne,
  readRows,
  rows,
  runRead,
} from '../../../kernel/repo';

export interface ApplicationFilter {
  statuses: readonly AppStatus[];
  /** An FTS5 MATCH expression (see domain/fts.ts), already built. */
  match?: string | null;
  agencyId?: number;
  agencyKind?: AgencyKind;
  provinceCode?: string;
  category?: Category;
  scope?: Scope;
  status?: AppStatus;
  /** Reference-code id of a RAB level-1 or level-2 code. */
  sectorId?: number;
  functionId?: number;
  sort: 'relevance' | 'name' | 'updated';
  page: number;
  pageSize: number;
}

export interface ApplicationListItem {
  id: number;
  name: string;
  acronym: string | null;
  summary: string;
  category: Category;
  scope: Scope;
  status: AppStatus;
  updatedAt: number;
  agencyCode: string;
  agencyName: string;
  agencyKind: AgencyKind;
  /** How sure a seeded national entry is (V/S/B) and its source; null for agency entries. */
  confidence: Confidence | null;
  sourceNote: string | null;
}

/** How much more a national service's relevance counts in the list (as NATIONAL_BOOST in search). */
export const LIST_NATIONAL_BOOST = 6;

/**
 * The WHERE clause of the list's filters over `applications a`, except the text match (which
 * joins a materialized FTS subquery instead): the list and the bulk export filter alike.
 */
export function applicationConditions(
  f: Omit<ApplicationFilter, 'sort' | 'page' | 'pageSize' | 'match'>,
): SQL {
  const conds: SQL[] = [sql`a.status in ${list(f.statuses)}`];
  if (f.status) conds.push(sql`a.status = ${f.status}`);
  if (f.category) conds.push(sql`a.category = ${f.category}`);
  if (f.scope) conds.push(sql`a.scope = ${f.scope}`);
  if (f.agencyId !== undefined) conds.push(sql`a.agency_id = ${f.agencyId}`);
  // agency_kind and province_code are trigger-maintained copies of the owner agency's (0003).
  if (f.agencyKind) conds.push(sql`a.agency_kind = ${f.agencyKind}`);
  if (f.provinceCode) conds.push(sql`a.province_code = ${f.provinceCode}`);
  if (f.functionId !== undefined) {
    conds.push(
      sql`a.id in (select application_id from application_functions where function_id = ${f.functionId})`,
    );
  }
  if (f.sectorId !== undefined) {
    conds.push(sql`a.id in (
      select af.application_id from application_functions af
      where af.function_id in (
        select fn.id from functions fn join reference_codes r on r.id = fn.reference_code_id
        where r.id = ${f.sectorId} or r.parent_id = ${f.sectorId}))`);
  }
  return and(conds);
}

/**
 * One page of applications with the total. Text search runs first as a materialized FTS
 * subquery (never mixed with other predicates in one WHERE, which can make SQLite abandon the
 * FTS index), then joins and filters.
 */
export async function listApplications(db: Db, f: ApplicationFilter): Promise<Page<ApplicationListItem>> {
  const where = applicationConditions(f);
  const ranked = f.sort === 'relevance' && !!f.match;
  // bm25 weights: a hit in the name counts most, then the acronym, then the description and the
  // titles of its functions (migration 0008).
  const matchCte = f.match
    ? sql`m as materialized (
        select rowid as id, ${ranked ? sql`bm25(applications_fts, 10.0, 8.0, 1.0, 1.0)` : sql`0`} as score
        from applications_fts where applications_fts match ${f.match})`
    : null;
  const join = f.match ? sql`join m on m.id = a.id` : sql``;
  // National services first within relevance (issue 11), as the catalogue search ranks them:
  // bm25 is negative, so the boost makes their score larger in size.
  const relevance = sql`m.score * (case when a.scope = 'national' then ${1 + LIST_NATIONAL_BOOST} else 1 end)`;
  // The same order is applied to pick the page (inner) and to return it (outer, over p's copies).
  const [order, outerOrder] = ranked
    ? [sql`${relevance}, a.name`, sql`p.score, p.name`]
    : f.sort === 'updated'
      ? [sql`a.updated_at desc, a.id desc`, sql`p.updated desc, p.id desc`]
      : [sql`a.name collate nocase, a.id`, sql`p.name collate nocase, p.id`];
  const score = ranked ? relevance : f.match ? sql`m.score` : sql`0`;
  const offset = (f.page - 1) * f.pageSize;
  // The page is chosen on applications alone (an index walk, no join per skipped row); only the
  // rows shown are joined to their agencies.
  // The count needs who matches, not how well: no bm25 there (it doubled the cost of a common
  // word's count). Page and count are one read batch: one round trip on a remote database.
  const countCte = f.match
    ? sql`m as materialized (select rowid as id from applications_fts where applications_fts match ${f.match})`
    : null;
  const [items, count] = await readAll(db, [
    readRows<ApplicationListItem>(
      sql`with ${matchCte ? sql`${matchCte},` : sql``} p as (
          select a.id, a.name, a.updated_at as updated, ${score} as score from applications a ${join}
          where ${where} order by ${order} limit ${f.pageSize} offset ${offset})
        select a.id, a.name, a.acronym, substr(a.description, 1, 220) as summary, a.category, a.scope, a.status,
               a.updated_at as updatedAt, g.code as agencyCode, g.name as agencyName, g.kind as agencyKind,
               a.confidence, a.source_note as sourceNote
        from p join applications a on a.id = p.id join agencies g on g.id = a.agency_id
        order by ${outerOrder}`,
    ),
    readOne<{ n: number }>(
      sql`${countCte ? sql`with ${countCte}` : sql``} select count(*) as n from applications a ${join} where ${where}`,
    ),
  ]);
  return { items, total: count?.n ?? 0, page: f.page, pageSize: f.pageSize };
}

export interface ApplicationRow {
  id: number;
  agencyId: number;
  unit: string | null;
  name: string;
  acronym: string | null;
  description: string;
  category: Category;
  scope: Scope;
  status: AppStatus;
  hosting: Hosting | null;
  url: string | null;
  repositoryUrl: string | null;
  licence: string | null;
  yearlyCost: number | null;
  launchYear: number | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  confidence: Confidence | null;
  sourceNote: string | null;
  version: number;
  createdAt: number;
  updatedAt: number;
  agencyCode: string;
  agencyName: string;
  agencyKind: AgencyKind;
  raaCode: string | null;
  raaTitle: string | null;
  raaTitleEn: string | null;
}

/** The columns of an ApplicationRow, over `applications a`, `agencies g` and `reference_codes r`. */
const APPLICATION_ROW =
  sql.raw(`a.id, a.agency_id as agencyId, a.unit, a.name, a.acronym, a.description, a.category, a.scope, a.status,
          a.hosting, a.url, a.repository_url as repositoryUrl, a.licence, a.yearly_cost as yearlyCost,
          a.launch_year as launchYear, a.contact_name as contactName, a.contact_email as contactEmail,
          a.contact_phone as contactPhone, a.confidence, a.source_note as sourceNote, a.version,
          a.created_at as createdAt, a.updated_at as updatedAt,
          g.code as agencyCode, g.name as agencyName, g.kind as agencyKind,
          r.code as raaCode, r.title as raaTitle, r.title_en as raaTitleEn`);

export function applicationRead(id: number): Read<ApplicationRow | undefined> {
  return readOne<ApplicationRow>(
    sql`select ${APPLICATION_ROW}
        from applications a join agencies g on g.id = a.agency_id
        left join reference_codes r on r.id = a.raa_code_id
        where a.id = ${id}`,
  );
}

export async function getApplication(db: Db, id: number): Promise<ApplicationRow | undefined> {
  return runRead(db, applicationRead(id));
}

/** Whether the application is (or began as) a proposal: its draft goes live only through review. */
export function isProposalRead(applicationId: number): Read<boolean> {
  return {
    query: sql`select 1 as x from proposals where application_id = ${applicationId} limit 1`,
    map: (found) => found.length > 0,
  };
}

export async function isProposal(db: Db, applicationId: number): Promise<boolean> {
  return runRead(db, isProposalRead(applicationId));
}

/** Applications by id (any status), as `getApplication` reads one: for checks of many rows. */
export async function getApplications(db: Db, ids: readonly number[]): Promise<ApplicationRow[]> {
  if (ids.length === 0) return [];
  return rows<ApplicationRow>(
    db,
    sql`select ${APPLICATION_ROW}
        from json_each(${JSON.stringify(ids)}) j cross join applications a on a.id = j.value
        join agencies g on g.id = a.agency_id
        left join reference_codes r on r.id = a.raa_code_id`,
  );
}

export interface LinkedFunction {
  id: number;
  code: string;
  title: string;
  titleEn: string;
  sharedField: SharedField | null;
  parentCode: string;
  parentTitle: string;
}

export function applicationFunctionsRead(applicationId: number): Read<LinkedFunction[]> {
  return readRows<LinkedFunction>(
    sql`select f.id, f.code, f.title, f.title_en as titleEn, f.shared_field as sharedField,
          r.code as parentCode, r.title as parentTitle
        from application_functions af join functions f on f.id = af.function_id
        join reference_codes r on r.id = f.reference_code_id
        where af.application_id = ${applicationId} order by f.code`,
  );
}

export async function applicationFunctions(db: Db, applicationId: number): Promise<LinkedFunction[]> {
  return runRead(db, applicationFunctionsRead(applicationId));
}

export interface LinkedDataEntity {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  sensitivity: Sensitivity;
  personalData: boolean;
  role: DataRole;
}

export function applicationDataEntitiesRead(applicationId: number): Read<LinkedDataEntity[]> {
  return readRows<LinkedDataEntity>(
    sql`select d.id, d.code, d.name, d.name_en as nameEn, d.sensitivity, d.personal_data as personalData, ad.role
        from application_data_entities ad join data_entities d on d.id = ad.data_entity_id
        where ad.application_id = ${applicationId}
        order by case ad.role when 'master' then 0 when 'producer' then 1 else 2 end, d.code`,
    ['personalData'],
  );
}

export async function applicationDataEntities(db: Db, applicationId: number): Promise<LinkedDataEntity[]> {
  return runRead(db, applicationDataEntitiesRead(applicationId));
}

export interface ApiSummary {
  id: number;
  name: string;
  apiVersion: string;
  description: string;
  protocol: Protocol;
  baseUrl: string | null;
  access: ApiAccess;
  auth: ApiAuth;
  splpPublished: boolean;
  operations: number;
  applicationId: number;
  applicationName: string;
  agencyName: string;
}

const apiSummaryColumns = sql`p.id, p.name, p.api_version as apiVersion, p.description, p.protocol,
  p.base_url as baseUrl, p.access, p.auth, p.splp_published as splpPublished,
  (select count(*) from api_operations o where o.api_id = p.id) as operations,
  a.id as applicationId, a.name as applicationName, g.name as agencyName`;

export function providedApisRead(applicationId: number): Read<ApiSummary[]> {
  return readRows<ApiSummary>(
    sql`select ${apiSummaryColumns}
        from apis p join applications a on a.id = p.application_id join agencies g on g.id = a.agency_id
        where p.application_id = ${applicationId} order by p.name`,
    ['splpPublished'],
  );
}

export async function providedApis(db: Db, applicationId: number): Promise<ApiSummary[]> {
  return runRead(db, providedApisRead(applicationId));
}

export function consumedApisRead(applicationId: number, statuses: readonly AppStatus[]): Read<ApiSummary[]> {
  return readRows<ApiSummary>(
    sql`select ${apiSummaryColumns}
        from application_api_consumption c join apis p on p.id = c.api_id
        join applications a on a.id = p.application_id join agencies g on g.id = a.agency_id
        where c.application_id = ${applicationId} and a.status in ${list(statuses)} order by p.name`,
    ['splpPublished'],
  );
}

export async function consumedApis(
  db: Db,
  applicationId: number,
  statuses: readonly AppStatus[],
): Promise<ApiSummary[]> {
  return runRead(db, consumedApisRead(applicationId, statuses));
}

export interface RelatedApplication {
  id: number;
  name: string;
  acronym: string | null;
  category: Category;
  scope: Scope;
  agencyName: string;
  kind: RelationKind;
  direction: 'out' | 'in';
}

/** Declared relations in both directions (integrates with, depends on, replaces, part of). */
export function relatedApplicationsRead(
  applicationId: number,
  statuses: readonly AppStatus[],
): Read<RelatedApplication[]> {
  return readRows<RelatedApplication>(
    sql`select a.id, a.name, a.acronym, a.category, a.scope, g.name as agencyName, r.kind, 'out' as direction
        from application_relations r join applications a on a.id = r.to_application_id join agencies g on g.id = a.agency_id
        where r.from_application_id = ${applicationId} and a.status in ${list(statuses)}
        union all
        select a.id, a.name, a.acronym, a.category, a.scope, g.name as agencyName, r.kind, 'in' as direction
        from application_relations r join applications a on a.id = r.from_application_id join agencies g on g.id = a.agency_id
        where r.to_application_id = ${applicationId} and a.status in ${list(statuses)}
        order by 5 desc, 4 desc, 2 limit 50`,
  );
}

export async function relatedApplications(
  db: Db,
  applicationId: number,
  statuses: readonly AppStatus[],
): Promise<RelatedApplication[]> {
  return runRead(db, relatedApplicationsRead(applicationId, statuses));
}

export interface SimilarApplication {
  id: number;
  name: string;
  acronym: string | null;
  category: Category;
  scope: Scope;
  agencyName: string;
  shared: number;
}

/**
 * How many applications of each of this one's functions the "see also" list looks at: the first
 * ones by id, which include every national service (seeded first). At 30,000 applications a
 * common function is performed by 2,000 of them, and counting every shared function of every one
 * cost 6–17 ms per detail page; bounded, 1–2 ms. Below the bound the list is exact.
 */
const SIMILAR_PER_FUNCTION = 100;

/**
 * Applications performing the most of this one's functions, shared applications first at equal
 * count. A quick "see also" for the detail page, among the first {@link SIMILAR_PER_FUNCTION}
 * applications of each function; the overlap engine does the real scoring. Each function's
 * applications are read as one index range into a JSON array (`json_each` unpacks them), and
 * `cross join` keeps the counted candidates as the outer loop of the final lookup (issue 14).
 */
export function similarByFunctionsRead(
  applicationId: number,
  statuses: readonly AppStatus[],
  limit = 8,
): Read<SimilarApplication[]> {
  return readRows<SimilarApplication>(
    sql`with lists as (
          select (select json_group_array(application_id) from (
                    select application_id from application_functions x
                    where x.function_id = af1.function_id limit ${SIMILAR_PER_FUNCTION})) as ids
          from application_functions af1 where af1.application_id = ${applicationId}),
        s as (
          select j.value as id, count(*) as shared from lists, json_each(lists.ids) j
          where j.value <> ${applicationId}
          group by j.value)
        select a.id, a.name, a.acronym, a.category, a.scope, g.name as agencyName, s.shared
        from s cross join applications a on a.id = s.id join agencies g on g.id = a.agency_id
        where a.status in ${list(statuses)}
        order by s.shared desc, a.scope = 'national' desc, a.name limit ${limit}`,
  );
}

export async function similarByFunctions(
  db: Db,
  applicationId: number,
  statuses: readonly AppStatus[],
  limit = 8,
): Promise<SimilarApplication[]> {
  return runRead(db, similarByFunctionsRead(applicationId, statuses, limit));
}

import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { AgencyKind } from '../../../db/schema/agencies';
import type { ApiAccess, ApiAuth, Protocol } from '../../../db/schema/apis';
import type {
  AppStatus,
  Category,
  DataRole,
  Hosting,
  RelationKind,
  Scope,
} from '../../../db/schema/applications';
import { list, rows, rowsWithFlags } from '../../kernel/repo';
import { type ApplicationFilter, applicationConditions } from '../catalogue/repo/applications';

/** The list's filters, without paging and sort: the export walks every match by id. */
export type ExportFilter = Omit<ApplicationFilter, 'sort' | 'page' | 'pageSize'>;

/** One application's own columns, as exported. */
export interface ExportApplicationRow {
  id: number;
  agencyId: number;
  agencyCode: string;
  agencyName: string;
  agencyKind: AgencyKind;
  unit: string | null;
  name: string;
  acronym: string | null;
  description: string;
  category: Category;
  scope: Scope;
  status: AppStatus;
  raaCode: string | null;
  hosting: Hosting | null;
  url: string | null;
  repositoryUrl: string | null;
  licence: string | null;
  yearlyCost: number | null;
  launchYear: number | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  version: number;
  createdAt: number;
  updatedAt: number;
}

/**
 * The next `limit` applications matching `f` with an id above `afterId`, by id: keyset paging, so
 * each page is an index walk whatever its position and the export never holds the catalogue.
 */
export async function applicationsAfter(
  db: Db,
  f: ExportFilter,
  afterId: number,
  limit: number,
): Promise<ExportApplicationRow[]> {
  const where = applicationConditions(f);
  const match = f.match
    ? sql`and a.id in (select rowid from applications_fts where applications_fts match ${f.match})`
    : sql``;
  return rows<ExportApplicationRow>(
    db,
    sql`select a.id, a.agency_id as agencyId, g.code as agencyCode, g.name as agencyName, g.kind as agencyKind, a.unit, a.name,
          a.acronym, a.description, a.category, a.scope, a.status, r.code as raaCode, a.hosting, a.url,
          a.repository_url as repositoryUrl, a.licence, a.yearly_cost as yearlyCost, a.launch_year as launchYear,
          a.contact_name as contactName, a.contact_email as contactEmail, a.contact_phone as contactPhone,
          a.version, a.created_at as createdAt, a.updated_at as updatedAt
        from applications a join agencies g on g.id = a.agency_id
        left join reference_codes r on r.id = a.raa_code_id
        where a.id > ${afterId} and ${where} ${match}
        order by a.id limit ${limit}`,
  );
}

export interface LinkedFunctionRow {
  applicationId: number;
  code: string;
  title: string;
}
export interface LinkedEntityRow {
  applicationId: number;
  code: string;
  name: string;
  role: DataRole;
}
export interface ProvidedApiRow {
  id: number;
  applicationId: number;
  name: string;
  apiVersion: string;
  description: string;
  protocol: Protocol;
  baseUrl: string | null;
  documentationUrl: string | null;
  access: ApiAccess;
  auth: ApiAuth;
  splpPublished: boolean;
}
export interface ConsumedApiRow {
  applicationId: number;
  apiId: number;
}
export interface RelationRow {
  applicationId: number;
  kind: RelationKind;
  to: number;
}

/**
 * The links of a page of applications in five queries (not five per application): functions,
 * data entities, provided APIs, consumed APIs and outgoing relations to applications in `statuses`.
 */
export async function linksOf(db: Db, ids: readonly number[], statuses: readonly AppStatus[]) {
  const inIds = list(ids);
  const [functions, entities, apis, consumed, relations] = await Promise.all([
    rows<LinkedFunctionRow>(
      db,
      sql`select af.application_id as applicationId, f.code, f.title
          from application_functions af join functions f on f.id = af.function_id
          where af.application_id in ${inIds} order by af.application_id, f.code`,
    ),
    rows<LinkedEntityRow>(
      db,
      sql`select ad.application_id as applicationId, d.code, d.name, ad.role
          from application_data_entities ad join data_entities d on d.id = ad.data_entity_id
          where ad.application_id in ${inIds} order by ad.application_id, d.code`,
    ),
    rowsWithFlags<ProvidedApiRow>(
      db,
      sql`select p.id, p.application_id as applicationId, p.name, p.api_version as apiVersion, p.description,
            p.protocol, p.base_url as baseUrl, p.documentation_url as documentationUrl, p.access, p.auth,
            p.splp_published as splpPublished
          from apis p where p.application_id in ${inIds} order by p.application_id, p.name, p.id`,
      ['splpPublished'],
    ),
    rows<ConsumedApiRow>(
      db,
      sql`select c.application_id as applicationId, c.api_id as apiId
          from application_api_consumption c join apis p on p.id = c.api_id
          join applications o on o.id = p.application_id
          where c.application_id in ${inIds} and o.status in ${list(statuses)}
          order by c.application_id, c.api_id`,
    ),
    rows<RelationRow>(
      db,
      sql`select r.from_application_id as applicationId, r.kind, r.to_application_id as "to"
          from application_relations r join applications t on t.id = r.to_application_id
          where r.from_application_id in ${inIds} and t.status in ${list(statuses)}
          order by r.from_application_id, r.kind, r.to_application_id`,
    ),
  ]);
  return { functions, entities, apis, consumed, relations };
}

/** An API of a published application, with its owner, for the API export. */
export interface ExportApiRow extends ProvidedApiRow {
  applicationName: string;
  agencyCode: string;
  agencyName: string;
  operations: number;
  version: number;
  updatedAt: number;
}

/** The next `limit` APIs of applications in `statuses` (optionally of one agency) after `afterId`. */
export async function apisAfter(
  db: Db,
  statuses: readonly AppStatus[],
  agencyId: number | undefined,
  afterId: number,
  limit: number,
): Promise<ExportApiRow[]> {
  const byAgency: SQL = agencyId === undefined ? sql`` : sql`and a.agency_id = ${agencyId}`;
  return rowsWithFlags<ExportApiRow>(
    db,
    sql`select p.id, p.application_id as applicationId, p.name, p.api_version as apiVersion, p.description,
          p.protocol, p.base_url as baseUrl, p.documentation_url as documentationUrl, p.access, p.auth,
          p.splp_published as splpPublished, a.name as applicationName, g.code as agencyCode,
          g.name as agencyName, p.version, p.updated_at as updatedAt,
          (select count(*) from api_operations o where o.api_id = p.id) as operations
        from apis p join applications a on a.id = p.application_id join agencies g on g.id = a.agency_id
        where p.id > ${afterId} and a.status in ${list(statuses)} ${byAgency}
        order by p.id limit ${limit}`,
    ['splpPublished'],
  );
}

export interface ExportAgencyRow {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  parentCode: string | null;
  provinceCode: string | null;
  website: string | null;
  applications: number;
}

/** The next `limit` agencies after `afterId`, with their counts of applications in `statuses`. */
export async function agenciesAfter(
  db: Db,
  statuses: readonly AppStatus[],
  afterId: number,
  limit: number,
): Promise<ExportAgencyRow[]> {
  return rows<ExportAgencyRow>(
    db,
    sql`select g.id, g.code, g.name, g.short_name as shortName, g.kind, pg.code as parentCode,
          g.province_code as provinceCode, g.website,
          (select count(*) from applications a where a.agency_id = g.id and a.status in ${list(statuses)}) as applications
        from agencies g left join agencies pg on pg.id = g.parent_id
        where g.id > ${afterId} order by g.id limit ${limit}`,
  );
}

/** Ids of applications in `statuses` after `afterId`, for the sitemap. */
export async function applicationIdsAfter(
  db: Db,
  statuses: readonly AppStatus[],
  afterId: number,
  limit: number,
): Promise<{ id: number; updatedAt: number }[]> {
  return rows(
    db,
    sql`select id, updated_at as updatedAt from applications where id > ${afterId} and status in ${list(statuses)}
        order by id limit ${limit}`,
  );
}

/** Counts for the sitemap index and the DCAT descriptor. */
export async function publicCounts(db: Db, statuses: readonly AppStatus[]) {
  const [r] = await rows<{ applications: number; apis: number; agencies: number; lastUpdate: number | null }>(
    db,
    sql`select (select count(*) from applications where status in ${list(statuses)}) as applications,
          (select count(*) from apis p join applications a on a.id = p.application_id where a.status in ${list(statuses)}) as apis,
          (select count(*) from agencies) as agencies,
          (select max(updated_at) from applications where status in ${list(statuses)}) as lastUpdate`,
  );
  return r!;
}

/** Codes of agencies, active functions and data entities, for the sitemap. */
export async function catalogueCodes(db: Db) {
  const [agencies, functions, entities] = await Promise.all([
    rows<{ code: string }>(db, sql`select code from agencies order by code`),
    rows<{ code: string }>(db, sql`select code from functions where status = 'active' order by code`),
    rows<{ code: string }>(db, sql`select code from data_entities order by code`),
  ]);
  return { agencies, functions, entities };
}

/** An agency by code (case-insensitive), for the import. */
export async function agencyByCode(db: Db, code: string) {
  const [r] = await rows<{ id: number; code: string; name: string }>(
    db,
    sql`select id, code, name from agencies where code = ${code.toUpperCase()}`,
  );
  return r;
}

/** Every application of one agency (any status) by id and name: what import rows are matched to. */
export async function agencyApplicationKeys(db: Db, agencyId: number) {
  return rows<{ id: number; name: string }>(
    db,
    sql`select id, name from applications where agency_id = ${agencyId}`,
  );
}

/** Which of `applicationIds` and of `apiIds` (by their owner) are in `statuses`. */
export async function visibleTargets(
  db: Db,
  applicationIds: readonly number[],
  apiIds: readonly number[],
  statuses: readonly AppStatus[],
) {
  const [apps, apis] = await Promise.all([
    applicationIds.length
      ? rows<{ id: number }>(
          db,
          sql`select id from applications where id in ${list(applicationIds)} and status in ${list(statuses)}`,
        )
      : [],
    apiIds.length
      ? rows<{ id: number }>(
          db,
          sql`select p.id from apis p join applications a on a.id = p.application_id
              where p.id in ${list(apiIds)} and a.status in ${list(statuses)}`,
        )
      : [],
  ]);
  return { applications: new Set(apps.map((a) => a.id)), apis: new Set(apis.map((a) => a.id)) };
}

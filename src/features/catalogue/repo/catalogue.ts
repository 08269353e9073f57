import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../../db/client';
import type { ApiAccess, Protocol } from '../../../../db/schema/apis';
import type { AppStatus, Category, DataRole, Scope } from '../../../../db/schema/applications';
import type { Confidence } from '../../../../db/schema/common';
import type { DataKind, Sensitivity } from '../../../../db/schema/data';
import type { SharedField } from '../../../../db/schema/functions';
import type { ReferenceDomain } from '../../../../db/schema/reference';
import {
  and,
  list,
  one,
  oneWithFlags,
  type Page,
  type Read,
  readRows,
  rows,
  rowsWithFlags,
  runRead,
} from '../../../kernel/repo';

export interface ReferenceCodeRow {
  id: number;
  domain: ReferenceDomain;
  code: string;
  level: number;
  parentCode: string | null;
  title: string;
  titleEn: string | null;
  description: string | null;
  confidence: Confidence;
  sourceNote: string | null;
}

const refColumns = sql`r.id, r.domain, r.code, r.level, p.code as parentCode, r.title, r.title_en as titleEn,
  r.description, r.confidence, r.source_note as sourceNote`;

export function referenceCodesOfRead(domain: ReferenceDomain): Read<ReferenceCodeRow[]> {
  return readRows<ReferenceCodeRow>(
    sql`select ${refColumns} from reference_codes r left join reference_codes p on p.id = r.parent_id
        where r.domain = ${domain} order by r.code`,
  );
}

export async function referenceCodesOf(db: Db, domain: ReferenceDomain): Promise<ReferenceCodeRow[]> {
  return runRead(db, referenceCodesOfRead(domain));
}

export async function referenceCodeByCode(db: Db, code: string): Promise<ReferenceCodeRow | undefined> {
  return one<ReferenceCodeRow>(
    db,
    sql`select ${refColumns} from reference_codes r left join reference_codes p on p.id = r.parent_id where r.code = ${code}`,
  );
}

export interface FunctionRow {
  id: number;
  code: string;
  title: string;
  titleEn: string;
  description: string;
  sharedField: SharedField | null;
  status: string;
  parentCode: string;
  parentTitle: string;
  parentTitleEn: string | null;
  applications: number;
  sharedApplications: number;
}

/**
 * Counts come from function_usage, which triggers keep equal to the published (public-status)
 * applications per function; a viewer who may see more (an agency's own drafts) still sees
 * the published counts here, which is what the catalogue pages mean by "applications".
 */
const functionColumns = sql`f.id, f.code, f.title, f.title_en as titleEn,
  f.description, f.shared_field as sharedField, f.status, r.code as parentCode, r.title as parentTitle,
  r.title_en as parentTitleEn, coalesce(u.applications, 0) as applications,
  coalesce(u.shared_applications, 0) as sharedApplications`;
const functionFrom = sql`functions f join reference_codes r on r.id = f.reference_code_id
  left join function_usage u on u.function_id = f.id`;

export async function listFunctions(
  db: Db,
  f: {
    match?: string | null;
    sharedField?: string;
    parentId?: number;
    page: number;
    pageSize: number;
  },
): Promise<Page<FunctionRow>> {
  const conds: SQL[] = [sql`f.status = 'active'`];
  if (f.sharedField) conds.push(sql`f.shared_field = ${f.sharedField}`);
  if (f.parentId !== undefined) conds.push(sql`(r.id = ${f.parentId} or r.parent_id = ${f.parentId})`);
  if (f.match)
    conds.push(sql`f.id in (select rowid from functions_fts where functions_fts match ${f.match})`);
  const where = and(conds);
  const [items, count] = await Promise.all([
    rows<FunctionRow>(
      db,
      sql`select ${functionColumns} from ${functionFrom}
          where ${where} order by f.code limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
    ),
    one<{ n: number }>(
      db,
      sql`select count(*) as n from functions f join reference_codes r on r.id = f.reference_code_id where ${where}`,
    ),
  ]);
  return { items, total: count?.n ?? 0, page: f.page, pageSize: f.pageSize };
}

export async function functionByCode(db: Db, code: string): Promise<FunctionRow | undefined> {
  return one<FunctionRow>(db, sql`select ${functionColumns} from ${functionFrom} where f.code = ${code}`);
}

export interface DataEntityRow {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  description: string;
  sensitivity: Sensitivity;
  personalData: boolean;
  dataKind: DataKind;
  parentCode: string;
  parentTitle: string;
  stewardCode: string | null;
  stewardName: string | null;
  masters: number;
  apis: number;
}

const dataColumns = (
  statuses: readonly AppStatus[],
) => sql`d.id, d.code, d.name, d.name_en as nameEn, d.description,
  d.sensitivity, d.personal_data as personalData, d.data_kind as dataKind, r.code as parentCode, r.title as parentTitle,
  g.code as stewardCode, g.name as stewardName,
  (select count(*) from application_data_entities ad join applications a on a.id = ad.application_id
    where ad.data_entity_id = d.id and ad.role = 'master' and a.status in ${list(statuses)}) as masters,
  (select count(*) from api_data_entities x join apis p on p.id = x.api_id join applications a on a.id = p.application_id
    where x.data_entity_id = d.id and a.status in ${list(statuses)}) as apis`;

export async function listDataEntities(
  db: Db,
  f: {
    match?: string | null;
    sensitivity?: string;
    parentId?: number;
    page: number;
    pageSize: number;
    statuses: readonly AppStatus[];
  },
): Promise<Page<DataEntityRow>> {
  const conds: SQL[] = [];
  if (f.sensitivity) conds.push(sql`d.sensitivity = ${f.sensitivity}`);
  if (f.parentId !== undefined) conds.push(sql`(r.id = ${f.parentId} or r.parent_id = ${f.parentId})`);
  if (f.match)
    conds.push(sql`d.id in (select rowid from data_entities_fts where data_entities_fts match ${f.match})`);
  const where = and(conds);
  const [items, count] = await Promise.all([
    rowsWithFlags<DataEntityRow>(
      db,
      sql`select ${dataColumns(f.statuses)} from data_entities d join reference_codes r on r.id = d.reference_code_id
          left join agencies g on g.id = d.steward_agency_id
          where ${where} order by d.code limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
      ['personalData'],
    ),
    one<{ n: number }>(
      db,
      sql`select count(*) as n from data_entities d join reference_codes r on r.id = d.reference_code_id where ${where}`,
    ),
  ]);
  return { items, total: count?.n ?? 0, page: f.page, pageSize: f.pageSize };
}

export async function dataEntityByCode(
  db: Db,
  code: string,
  statuses: readonly AppStatus[],
): Promise<DataEntityRow | undefined> {
  return oneWithFlags<DataEntityRow>(
    db,
    sql`select ${dataColumns(statuses)} from data_entities d join reference_codes r on r.id = d.reference_code_id
        left join agencies g on g.id = d.steward_agency_id where d.code = ${code}`,
    ['personalData'],
  );
}

export interface EntityHolder {
  id: number;
  name: string;
  acronym: string | null;
  category: Category;
  scope: Scope;
  agencyName: string;
  role: DataRole;
}

/** Who holds a data entity: masters first (the authoritative source), then producers, consumers. */
export async function entityHolders(
  db: Db,
  dataEntityId: number,
  statuses: readonly AppStatus[],
  limit = 100,
): Promise<EntityHolder[]> {
  return rows<EntityHolder>(
    db,
    sql`select a.id, a.name, a.acronym, a.category, a.scope, g.name as agencyName, ad.role
        from application_data_entities ad join applications a on a.id = ad.application_id
        join agencies g on g.id = a.agency_id
        where ad.data_entity_id = ${dataEntityId} and a.status in ${list(statuses)}
        order by case ad.role when 'master' then 0 when 'producer' then 1 else 2 end, a.scope = 'national' desc, a.name
        limit ${limit}`,
  );
}

export interface EntityApi {
  id: number;
  name: string;
  protocol: Protocol;
  access: ApiAccess;
  splpPublished: boolean;
  applicationId: number;
  applicationName: string;
  agencyName: string;
}

export async function entityApis(
  db: Db,
  dataEntityId: number,
  statuses: readonly AppStatus[],
  limit = 100,
): Promise<EntityApi[]> {
  return rowsWithFlags<EntityApi>(
    db,
    sql`select p.id, p.name, p.protocol, p.access, p.splp_published as splpPublished, a.id as applicationId,
          a.name as applicationName, g.name as agencyName
        from api_data_entities x join apis p on p.id = x.api_id join applications a on a.id = p.application_id
        join agencies g on g.id = a.agency_id
        where x.data_entity_id = ${dataEntityId} and a.status in ${list(statuses)}
        order by a.scope = 'national' desc, p.splp_published desc, p.name limit ${limit}`,
    ['splpPublished'],
  );
}

export interface NationalFigures {
  applications: number;
  sharedApplications: number;
  agenciesWithApplications: number;
  agencies: number;
  apis: number;
  splpApis: number;
  functions: number;
  dataEntities: number;
  /** Agency-specific applications performing at least one function a shared application performs. */
  overlappingShared: number;
  agencySpecific: number;
}

/** The home page's national figures, in one round trip. */
export function nationalFiguresRead(statuses: readonly AppStatus[]): Read<NationalFigures> {
  const s = list(statuses);
  return {
    query: sql`select
      (select count(*) from applications where status in ${s}) as applications,
      (select count(*) from applications where status in ${s} and category = 'umum') as sharedApplications,
      (select count(distinct agency_id) from applications where status in ${s}) as agenciesWithApplications,
      (select count(*) from agencies) as agencies,
      (select count(*) from apis p join applications a on a.id = p.application_id where a.status in ${s}) as apis,
      (select count(*) from apis p join applications a on a.id = p.application_id where a.status in ${s} and p.splp_published = 1) as splpApis,
      (select count(*) from functions where status = 'active') as functions,
      (select count(*) from data_entities) as dataEntities,
      (select count(*) from applications where status in ${s} and category = 'khusus') as agencySpecific,
      (select count(*) from applications a cross join application_shared_functions f on f.application_id = a.id
         where a.status in ${s} and a.category = 'khusus' and f.functions > 0) as overlappingShared`,
    // A select of counts without FROM always answers one row.
    map: (found) => found[0] as Record<string, unknown> & NationalFigures,
  };
}

export async function nationalFigures(db: Db, statuses: readonly AppStatus[]): Promise<NationalFigures> {
  return runRead(db, nationalFiguresRead(statuses));
}

export interface FunctionCount {
  code: string;
  title: string;
  titleEn: string;
  applications: number;
  /** Whether a national service performs it. */
  shared: boolean;
}

/** Functions performed by the most published applications (from the trigger-kept counts). */
export function mostMultipliedFunctionsRead(limit = 10): Read<FunctionCount[]> {
  return readRows<FunctionCount>(
    sql`select f.code, f.title, f.title_en as titleEn, u.applications, u.shared_applications > 0 as shared
        from function_usage u join functions f on f.id = u.function_id
        where u.applications > 0 and f.status = 'active'
        order by u.applications desc, f.code limit ${limit}`,
    ['shared'],
  );
}

export async function mostMultipliedFunctions(db: Db, limit = 10): Promise<FunctionCount[]> {
  return runRead(db, mostMultipliedFunctionsRead(limit));
}

export interface KindCount {
  kind: string;
  applications: number;
}

export function applicationsByAgencyKindRead(statuses: readonly AppStatus[]): Read<KindCount[]> {
  return readRows<KindCount>(
    sql`select agency_kind as kind, count(*) as applications from applications
        where status in ${list(statuses)} group by agency_kind order by applications desc`,
  );
}

export async function applicationsByAgencyKind(db: Db, statuses: readonly AppStatus[]): Promise<KindCount[]> {
  return runRead(db, applicationsByAgencyKindRead(statuses));
}

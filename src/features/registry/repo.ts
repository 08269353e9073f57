import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { AppStatus } from '../../../db/schema/applications';
import { list, one, oneWithFlags, rows } from '../../kernel/repo';

/** Queries of the registry. Writes return statements for one atomic `Batch` (kernel/write). */

export interface ResolvedCodes {
  functions: { code: string; id: number; status: string }[];
  dataEntities: { code: string; id: number }[];
  raa: { code: string; id: number } | undefined;
}

export async function resolveCodes(
  db: Db,
  functions: string[],
  dataEntities: string[],
  raa: string | null,
): Promise<ResolvedCodes> {
  const [fns, des, raaRow] = await Promise.all([
    functions.length
      ? rows<{ code: string; id: number; status: string }>(
          db,
          sql`select code, id, status from functions where code in ${list(functions)}`,
        )
      : [],
    dataEntities.length
      ? rows<{ code: string; id: number }>(
          db,
          sql`select code, id from data_entities where code in ${list(dataEntities)}`,
        )
      : [],
    raa
      ? one<{ code: string; id: number }>(
          db,
          sql`select code, id from reference_codes where code = ${raa} and domain = 'RAA' and level = 2`,
        )
      : undefined,
  ]);
  return { functions: fns, dataEntities: des, raa: raaRow };
}

/**
 * Every function, data entity and RAA code, and the names of one agency's applications: what
 * `resolveCodes` and `nameTaken` read per application, read once for a file of many (an import).
 */
export async function codeTables(db: Db, agencyId: number) {
  const [functions, dataEntities, raa, names] = await Promise.all([
    rows<{ code: string; id: number; status: string }>(db, sql`select code, id, status from functions`),
    rows<{ code: string; id: number }>(db, sql`select code, id from data_entities`),
    rows<{ code: string; id: number }>(
      db,
      sql`select code, id from reference_codes where domain = 'RAA' and level = 2`,
    ),
    rows<{ id: number; name: string }>(
      db,
      sql`select id, name from applications where agency_id = ${agencyId}`,
    ),
  ]);
  return { functions, dataEntities, raa, names };
}

/** APIs by id with the status and agency of their application, to check they may be consumed. */
export async function apisForConsumption(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return rows<{ id: number; status: AppStatus; agencyId: number; applicationId: number }>(
    db,
    sql`select p.id, a.status, a.agency_id as agencyId, a.id as applicationId
        from apis p join applications a on a.id = p.application_id where p.id in ${list(ids)}`,
  );
}

export async function applicationsByIds(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return rows<{ id: number; status: AppStatus; agencyId: number; name: string }>(
    db,
    sql`select id, status, agency_id as agencyId, name from applications where id in ${list(ids)}`,
  );
}

export async function nameTaken(db: Db, agencyId: number, name: string, exceptId?: number) {
  const row = await one<{ id: number }>(
    db,
    sql`select id from applications where agency_id = ${agencyId} and lower(name) = lower(${name})
        ${exceptId ? sql`and id <> ${exceptId}` : sql``} limit 1`,
  );
  return !!row;
}

/** What an application's row holds, in the columns the registry writes. */
export interface ApplicationColumns {
  agencyId: number;
  unit: string | null;
  name: string;
  acronym: string | null;
  description: string;
  category: string;
  raaCodeId: number | null;
  hosting: string | null;
  url: string | null;
  repositoryUrl: string | null;
  licence: string | null;
  yearlyCost: number | null;
  launchYear: number | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export interface Links {
  functionIds: number[];
  dataEntities: { id: number; role: string }[];
  consumedApiIds: number[];
  relations: { to: number; kind: string }[];
}

/**
 * The id of the application being written, as SQL: on create the row's id is not known until
 * the batch runs, so statements in the same batch find it through the unique (agency,
 * lower(name)) index; after the run, the caller reads it from the insert's `RETURNING id`.
 */
export function idByName(agencyId: number, name: string): SQL {
  return sql`(select id from applications where agency_id = ${agencyId} and lower(name) = lower(${name}))`;
}

/** Every Aplikasi Umum is a national service (`scope`); other entries start as the agency's own. */
export function insertApplication(db: Db, c: ApplicationColumns, status: AppStatus) {
  return db.run(sql`insert into applications (agency_id, unit, name, acronym, description, category, scope,
      raa_code_id, status, hosting, url, repository_url, licence, yearly_cost, launch_year, contact_name,
      contact_email, contact_phone, version)
    values (${c.agencyId}, ${c.unit}, ${c.name}, ${c.acronym}, ${c.description}, ${c.category},
      case when ${c.category} = 'umum' then 'national' else 'agency' end, ${c.raaCodeId},
      ${status}, ${c.hosting}, ${c.url}, ${c.repositoryUrl}, ${c.licence}, ${c.yearlyCost}, ${c.launchYear},
      ${c.contactName}, ${c.contactEmail}, ${c.contactPhone}, 1) returning id`);
}

/** A new application of a group written together (`insertApplications`). */
export interface NewApplication {
  columns: ApplicationColumns;
  status: AppStatus;
  links: Links;
  /** The audit event's `after` snapshot. */
  after: unknown;
}

/**
 * Statements that create a group of applications of one agency with their links and one audit
 * event each: one multi-row insert (`RETURNING id, agency_id, name`), then one insert per kind of link and
 * one for the audit events, each reading its rows from a JSON array and finding the new
 * application by its (agency, name) — the unique index. A bulk import of 5,000 applications is
 * then a few hundred statements instead of 20,000 (each statement costs a prepare and a step on
 * the event loop's thread).
 */
export function insertApplications(
  db: Db,
  agencyId: number,
  apps: readonly NewApplication[],
  actor: { actorUserId: number | null; actorLabel: string },
) {
  const values = apps.map(
    ({ columns: c, status }) => sql`(${c.agencyId}, ${c.unit}, ${c.name}, ${c.acronym},
      ${c.description}, ${c.category}, case when ${c.category} = 'umum' then 'national' else 'agency' end,
      ${c.raaCodeId}, ${status}, ${c.hosting}, ${c.url}, ${c.repositoryUrl}, ${c.licence}, ${c.yearlyCost},
      ${c.launchYear}, ${c.contactName}, ${c.contactEmail}, ${c.contactPhone}, 1)`,
  );
  const stmts = [
    db.run(sql`insert into applications (agency_id, unit, name, acronym, description, category, scope,
      raa_code_id, status, hosting, url, repository_url, licence, yearly_cost, launch_year, contact_name,
      contact_email, contact_phone, version)
    values ${sql.join(values, sql`, `)} returning id, agency_id, name`),
  ];
  // [name, a, b?] rows joined to the new application through the (agency_id, lower(name)) index.
  const linked = (pairs: unknown[][], insert: SQL, select: SQL) =>
    pairs.length
      ? [
          // CROSS JOIN keeps the JSON rows outside: each finds its application by the index
          // (SQLite would otherwise walk the agency's applications and scan the JSON for each).
          db.run(sql`${insert} select a.id, ${select} from json_each(${JSON.stringify(pairs)}) j
            cross join applications a on a.agency_id = ${agencyId} and lower(a.name) = lower(j.value ->> 0)`),
        ]
      : [];
  const each = <T>(f: (l: Links) => T[], row: (name: string, x: T) => unknown[]) =>
    apps.flatMap((a) => f(a.links).map((x) => row(a.columns.name, x)));
  stmts.push(
    ...linked(
      each(
        (l) => l.functionIds,
        (n, id) => [n, id],
      ),
      sql`insert into application_functions (application_id, function_id)`,
      sql`j.value ->> 1`,
    ),
    ...linked(
      each(
        (l) => l.dataEntities,
        (n, d) => [n, d.id, d.role],
      ),
      sql`insert into application_data_entities (application_id, data_entity_id, role)`,
      sql`j.value ->> 1, j.value ->> 2`,
    ),
    ...linked(
      each(
        (l) => l.consumedApiIds,
        (n, id) => [n, id],
      ),
      sql`insert into application_api_consumption (application_id, api_id)`,
      sql`j.value ->> 1`,
    ),
    ...linked(
      each(
        (l) => l.relations,
        (n, r) => [n, r.to, r.kind],
      ),
      sql`insert into application_relations (from_application_id, to_application_id, kind)`,
      sql`j.value ->> 1, j.value ->> 2`,
    ),
    ...linked(
      apps.map((a) => [a.columns.name, JSON.stringify(a.after)]),
      sql`insert into audit_events (entity_id, actor_user_id, actor_label, action, entity_type, before, after)`,
      sql`${actor.actorUserId}, ${actor.actorLabel}, 'create', 'application', null, j.value ->> 1`,
    ),
  );
  return stmts;
}

/**
 * Updates the row to `version + 1`. The version guard trigger (migration 0004) aborts the whole
 * batch with 'stale_version' if the stored version is no longer `version`. Becoming an Aplikasi Umum
 * makes an entry national; ceasing to be one makes it the agency's own again (a national sector
 * platform, `khusus` and national, keeps its scope).
 */
export function updateApplication(db: Db, id: number, c: ApplicationColumns, version: number) {
  return db.run(sql`update applications set agency_id = ${c.agencyId}, unit = ${c.unit}, name = ${c.name},
      acronym = ${c.acronym}, description = ${c.description},
      scope = case when ${c.category} = 'umum' then 'national' when category = 'umum' then 'agency' else scope end,
      category = ${c.category}, raa_code_id = ${c.raaCodeId},
      hosting = ${c.hosting}, url = ${c.url}, repository_url = ${c.repositoryUrl}, licence = ${c.licence},
      yearly_cost = ${c.yearlyCost}, launch_year = ${c.launchYear}, contact_name = ${c.contactName},
      contact_email = ${c.contactEmail}, contact_phone = ${c.contactPhone}, version = ${version + 1},
      updated_at = unixepoch('subsec') * 1000
    where id = ${id}`);
}

export function setStatus(db: Db, id: number, status: AppStatus, version: number) {
  return db.run(sql`update applications set status = ${status}, version = ${version + 1},
      updated_at = unixepoch('subsec') * 1000 where id = ${id}`);
}

/** Deletes only if the version still matches; the caller checks rowsAffected. */
export function deleteApplication(db: Db, id: number, version: number) {
  return db.run(sql`delete from applications where id = ${id} and version = ${version}`);
}

/**
 * Replaces every link of the application (functions, data entities, consumed APIs, relations):
 * one insert per kind of link, its rows from a JSON array (`json_each`), so a bulk import of
 * thousands of applications stays a few statements per application. A `fresh` application (just
 * inserted in the same batch) has no links to delete.
 */
export function replaceLinks(db: Db, appId: SQL | number, l: Links, opts: { fresh?: boolean } = {}) {
  const stmts = opts.fresh
    ? []
    : [
        db.run(sql`delete from application_functions where application_id = ${appId}`),
        db.run(sql`delete from application_data_entities where application_id = ${appId}`),
        db.run(sql`delete from application_api_consumption where application_id = ${appId}`),
        db.run(sql`delete from application_relations where from_application_id = ${appId}`),
      ];
  const json = (v: unknown[]) => JSON.stringify(v);
  if (l.functionIds.length)
    stmts.push(
      db.run(sql`insert into application_functions (application_id, function_id)
        select ${appId}, value from json_each(${json(l.functionIds)})`),
    );
  if (l.dataEntities.length)
    stmts.push(
      db.run(sql`insert into application_data_entities (application_id, data_entity_id, role)
        select ${appId}, value ->> 0, value ->> 1 from json_each(${json(l.dataEntities.map((d) => [d.id, d.role]))})`),
    );
  if (l.consumedApiIds.length)
    stmts.push(
      db.run(sql`insert into application_api_consumption (application_id, api_id)
        select ${appId}, value from json_each(${json(l.consumedApiIds)})`),
    );
  if (l.relations.length)
    stmts.push(
      db.run(sql`insert into application_relations (from_application_id, to_application_id, kind)
        select ${appId}, value ->> 0, value ->> 1 from json_each(${json(l.relations.map((r) => [r.to, r.kind]))})`),
    );
  return stmts;
}

export interface AuditRow {
  id: number;
  at: number;
  actorLabel: string;
  action: string;
  before: string | null;
  after: string | null;
}

export async function auditOf(
  db: Db,
  entityType: string,
  entityId: number,
  limit = 200,
): Promise<AuditRow[]> {
  return rows<AuditRow>(
    db,
    sql`select id, created_at as at, actor_label as actorLabel, action, before, after from audit_events
        where entity_type = ${entityType} and entity_id = ${entityId} order by created_at desc, id desc limit ${limit}`,
  );
}

export interface LinkCodes {
  functions: string[];
  dataEntities: string[];
  consumedApis: number[];
  relations: string[];
}

/** The links of an application as sorted codes, for snapshots and diffs. */
export async function linkCodes(db: Db, id: number): Promise<LinkCodes> {
  const [fns, des, apis, rels] = await Promise.all([
    rows<{ code: string }>(
      db,
      sql`select f.code from application_functions af join functions f on f.id = af.function_id
          where af.application_id = ${id} order by f.code`,
    ),
    rows<{ code: string; role: string }>(
      db,
      sql`select d.code, ad.role from application_data_entities ad join data_entities d on d.id = ad.data_entity_id
          where ad.application_id = ${id} order by d.code`,
    ),
    rows<{ id: number }>(
      db,
      sql`select api_id as id from application_api_consumption where application_id = ${id} order by api_id`,
    ),
    rows<{ to: number; kind: string }>(
      db,
      sql`select to_application_id as "to", kind from application_relations where from_application_id = ${id}
          order by to_application_id, kind`,
    ),
  ]);
  return {
    functions: fns.map((f) => f.code),
    dataEntities: des.map((d) => `${d.code}:${d.role}`),
    consumedApis: apis.map((a) => a.id),
    relations: rels.map((r) => `${r.kind}:${r.to}`),
  };
}

/** `linkCodes` of many applications in four queries, by application id. */
export async function linkCodesOf(db: Db, ids: readonly number[]): Promise<Map<number, LinkCodes>> {
  const out = new Map<number, LinkCodes>(
    ids.map((id) => [id, { functions: [], dataEntities: [], consumedApis: [], relations: [] }]),
  );
  if (ids.length === 0) return out;
  const inIds = sql`(select value from json_each(${JSON.stringify(ids)}))`;
  const [fns, des, apis, rels] = await Promise.all([
    rows<{ id: number; code: string }>(
      db,
      sql`select af.application_id as id, f.code from application_functions af join functions f on f.id = af.function_id
          where af.application_id in ${inIds} order by f.code`,
    ),
    rows<{ id: number; code: string; role: string }>(
      db,
      sql`select ad.application_id as id, d.code, ad.role from application_data_entities ad
          join data_entities d on d.id = ad.data_entity_id where ad.application_id in ${inIds} order by d.code`,
    ),
    rows<{ id: number; api: number }>(
      db,
      sql`select application_id as id, api_id as api from application_api_consumption
          where application_id in ${inIds} order by api_id`,
    ),
    rows<{ id: number; to: number; kind: string }>(
      db,
      sql`select from_application_id as id, to_application_id as "to", kind from application_relations
          where from_application_id in ${inIds} order by to_application_id, kind`,
    ),
  ]);
  for (const r of fns) out.get(r.id)?.functions.push(r.code);
  for (const r of des) out.get(r.id)?.dataEntities.push(`${r.code}:${r.role}`);
  for (const r of apis) out.get(r.id)?.consumedApis.push(r.api);
  for (const r of rels) out.get(r.id)?.relations.push(`${r.kind}:${r.to}`);
  return out;
}

/** Applications of one agency in every status, newest change first (the operator's own list). */
export async function agencyApplications(db: Db, agencyId: number) {
  return rows<{
    id: number;
    name: string;
    acronym: string | null;
    status: AppStatus;
    version: number;
    updatedAt: number;
  }>(
    db,
    sql`select id, name, acronym, status, version, updated_at as updatedAt from applications
        where agency_id = ${agencyId} order by updated_at desc limit 500`,
  );
}

export interface ApiColumns {
  name: string;
  apiVersion: string;
  description: string;
  protocol: string;
  baseUrl: string | null;
  documentationUrl: string | null;
  access: string;
  auth: string;
  splpPublished: boolean;
  contactEmail: string | null;
}

export async function apiWithOwner(db: Db, id: number) {
  return one<
    Omit<ApiColumns, 'splpPublished'> & {
      id: number;
      applicationId: number;
      version: number;
      status: AppStatus;
      agencyId: number;
      splpPublished: number;
    }
  >(
    db,
    sql`select p.id, p.application_id as applicationId, p.name, p.api_version as apiVersion, p.description, p.protocol,
          p.base_url as baseUrl, p.documentation_url as documentationUrl, p.access, p.auth,
          p.splp_published as splpPublished, p.contact_email as contactEmail, p.version,
          a.status, a.agency_id as agencyId
        from apis p join applications a on a.id = p.application_id where p.id = ${id}`,
  );
}

export async function apiEntityCodes(db: Db, apiId: number) {
  return (
    await rows<{ code: string }>(
      db,
      sql`select d.code from api_data_entities x join data_entities d on d.id = x.data_entity_id
          where x.api_id = ${apiId} order by d.code`,
    )
  ).map((r) => r.code);
}

export async function apiSpecInfo(db: Db, apiId: number) {
  return one<{ format: string; sha256: string; mediaType: string }>(
    db,
    sql`select format, sha256, media_type as mediaType from api_specs where api_id = ${apiId}`,
  );
}

export async function apiNameTaken(
  db: Db,
  applicationId: number,
  name: string,
  apiVersion: string,
  exceptId?: number,
) {
  return !!(await one(
    db,
    sql`select id from apis where application_id = ${applicationId} and lower(name) = lower(${name})
        and api_version = ${apiVersion} ${exceptId ? sql`and id <> ${exceptId}` : sql``}`,
  ));
}

export function apiIdByName(applicationId: number, name: string, apiVersion: string): SQL {
  return sql`(select id from apis where application_id = ${applicationId} and lower(name) = lower(${name}) and api_version = ${apiVersion})`;
}

export function insertApi(db: Db, applicationId: number, c: ApiColumns) {
  return db.run(sql`insert into apis (application_id, name, api_version, description, protocol, base_url,
      documentation_url, access, auth, splp_published, contact_email, version)
    values (${applicationId}, ${c.name}, ${c.apiVersion}, ${c.description}, ${c.protocol}, ${c.baseUrl},
      ${c.documentationUrl}, ${c.access}, ${c.auth}, ${c.splpPublished ? 1 : 0}, ${c.contactEmail}, 1) returning id`);
}

export function updateApi(db: Db, id: number, c: ApiColumns, version: number) {
  return db.run(sql`update apis set name = ${c.name}, api_version = ${c.apiVersion}, description = ${c.description},
      protocol = ${c.protocol}, base_url = ${c.baseUrl}, documentation_url = ${c.documentationUrl},
      access = ${c.access}, auth = ${c.auth}, splp_published = ${c.splpPublished ? 1 : 0},
      contact_email = ${c.contactEmail}, version = ${version + 1}, updated_at = unixepoch('subsec') * 1000
    where id = ${id}`);
}

export function replaceApiEntities(db: Db, apiId: SQL | number, entityIds: number[]) {
  return [
    db.run(sql`delete from api_data_entities where api_id = ${apiId}`),
    ...entityIds.map((d) =>
      db.run(sql`insert into api_data_entities (api_id, data_entity_id) values (${apiId}, ${d})`),
    ),
  ];
}

export function upsertSpec(
  db: Db,
  apiId: SQL | number,
  s: { format: string; mediaType: string; content: string; sha256: string; sourceUrl: string | null },
) {
  return db.run(sql`insert into api_specs (api_id, format, media_type, source_url, content, sha256)
    values (${apiId}, ${s.format}, ${s.mediaType}, ${s.sourceUrl}, ${s.content}, ${s.sha256})
    on conflict(api_id) do update set format = excluded.format, media_type = excluded.media_type,
      source_url = excluded.source_url, content = excluded.content, sha256 = excluded.sha256,
      created_at = unixepoch('subsec') * 1000`);
}

export function deleteApi(db: Db, id: number, version: number) {
  return db.run(sql`delete from apis where id = ${id} and version = ${version}`);
}

/** Operations per insert statement: a large spec is a few hundred statements, not thousands. */
const OPERATIONS_PER_STATEMENT = 20;

/** Rows per delete statement when an API's old operations are removed. */
const OPERATIONS_PER_DELETE = 500;

/** How many operations an API has now (to size the deletes of `replaceOperations`). */
export async function operationCount(db: Db, apiId: number): Promise<number> {
  const [row] = await db.all<{ n: number }>(
    sql`select count(*) as n from api_operations where api_id = ${apiId}`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Replaces the operations extracted from an API's spec (for search and the API page): deletes of
 * at most `OPERATIONS_PER_DELETE` rows for the `existing` ones (each row also leaves the search
 * index, so one delete of thousands would be one long statement), a final delete of any left,
 * then inserts of `OPERATIONS_PER_STATEMENT` rows each, read from a JSON array by `json_each`.
 */
export function replaceOperations(
  db: Db,
  apiId: SQL | number,
  ops: {
    method: string;
    path: string;
    operationId: string | null;
    summary: string;
    description: string;
    tags: string[];
    parameters: unknown[];
    requestSchema: unknown;
    responseSchema: unknown;
  }[],
  existing = 0,
) {
  const json = (x: unknown) => (x === null || x === undefined ? null : JSON.stringify(x));
  const rows = ops.map((o) => ({
    m: o.method,
    p: o.path,
    i: o.operationId,
    s: o.summary.slice(0, 2000),
    d: o.description.slice(0, 10000),
    t: JSON.stringify(o.tags),
    a: JSON.stringify(o.parameters),
    q: json(o.requestSchema),
    r: json(o.responseSchema),
  }));
  const inserts = [];
  for (let i = 0; i < rows.length; i += OPERATIONS_PER_STATEMENT) {
    const chunk = JSON.stringify(rows.slice(i, i + OPERATIONS_PER_STATEMENT));
    inserts.push(
      db.run(sql`insert into api_operations (api_id, method, path, operation_id, summary, description, tags, parameters,
          request_schema, response_schema)
        select ${apiId}, j.value ->> 'm', j.value ->> 'p', j.value ->> 'i', j.value ->> 's', j.value ->> 'd',
          j.value ->> 't', j.value ->> 'a', j.value ->> 'q', j.value ->> 'r'
        from json_each(${chunk}) j order by j.key`),
    );
  }
  const deletes = Array.from({ length: Math.ceil(existing / OPERATIONS_PER_DELETE) }, () =>
    db.run(sql`delete from api_operations where id in
      (select id from api_operations where api_id = ${apiId} limit ${OPERATIONS_PER_DELETE})`),
  );
  return [...deletes, db.run(sql`delete from api_operations where api_id = ${apiId}`), ...inserts];
}

export interface ApiDetailRow {
  id: number;
  applicationId: number;
  name: string;
  apiVersion: string;
  description: string;
  protocol: string;
  baseUrl: string | null;
  documentationUrl: string | null;
  access: string;
  auth: string;
  splpPublished: boolean;
  contactEmail: string | null;
  version: number;
  status: AppStatus;
  agencyId: number;
  applicationName: string;
  applicationAcronym: string | null;
  agencyCode: string;
  agencyName: string;
  contactName: string | null;
}

export async function apiDetail(db: Db, id: number) {
  return oneWithFlags<ApiDetailRow>(
    db,
    sql`select p.id, p.application_id as applicationId, p.name, p.api_version as apiVersion, p.description, p.protocol,
          p.base_url as baseUrl, p.documentation_url as documentationUrl, p.access, p.auth,
          p.splp_published as splpPublished, p.contact_email as contactEmail, p.version,
          a.status, a.agency_id as agencyId, a.name as applicationName, a.acronym as applicationAcronym,
          g.code as agencyCode, g.name as agencyName, a.contact_name as contactName
        from apis p join applications a on a.id = p.application_id join agencies g on g.id = a.agency_id
        where p.id = ${id}`,
    ['splpPublished'],
  );
}

export interface OperationRow {
  id: number;
  method: string;
  path: string;
  operationId: string | null;
  summary: string;
  description: string;
  tags: string;
  parameters: string;
  requestSchema: string | null;
  responseSchema: string | null;
}

export async function apiOperationsOf(db: Db, apiId: number) {
  return rows<OperationRow>(
    db,
    sql`select id, method, path, operation_id as operationId, summary, description, tags, parameters,
          request_schema as requestSchema, response_schema as responseSchema
        from api_operations where api_id = ${apiId} order by path, method limit 2000`,
  );
}

export async function apiEntities(db: Db, apiId: number) {
  return rows<{ code: string; name: string; nameEn: string; sensitivity: string }>(
    db,
    sql`select d.code, d.name, d.name_en as nameEn, d.sensitivity from api_data_entities x
        join data_entities d on d.id = x.data_entity_id where x.api_id = ${apiId} order by d.code`,
  );
}

export async function apiConsumers(db: Db, apiId: number, statuses: readonly AppStatus[]) {
  return rows<{ id: number; name: string; acronym: string | null; agencyName: string }>(
    db,
    sql`select a.id, a.name, a.acronym, g.name as agencyName from application_api_consumption c
        join applications a on a.id = c.application_id join agencies g on g.id = a.agency_id
        where c.api_id = ${apiId} and a.status in ${list(statuses)} order by a.name limit 500`,
  );
}

export async function apiSpecDocument(db: Db, apiId: number) {
  return one<{ format: string; mediaType: string; content: string; sha256: string }>(
    db,
    sql`select format, media_type as mediaType, content, sha256 from api_specs where api_id = ${apiId}`,
  );
}

export async function isProposal(db: Db, applicationId: number) {
  return !!(await one(db, sql`select 1 as x from proposals where application_id = ${applicationId}`));
}

/** "name — agency" of applications, for showing chosen relations by name. */
export async function applicationLabels(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return rows<{ id: number; label: string }>(
    db,
    sql`select a.id, a.name || ' — ' || g.name as label
        from applications a join agencies g on g.id = a.agency_id where a.id in ${list(ids)}`,
  );
}

/** "API version — application" of APIs, for showing consumed APIs by name. */
export async function apiLabels(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return rows<{ id: number; label: string }>(
    db,
    sql`select p.id, p.name || ' ' || p.api_version || ' — ' || a.name as label
        from apis p join applications a on a.id = p.application_id where p.id in ${list(ids)}`,
  );
}

/** Applications whose "name — agency" is exactly `label` (any case). */
export async function applicationsLabelled(db: Db, name: string, agencyName: string) {
  return rows<{ id: number }>(
    db,
    sql`select a.id from applications a join agencies g on g.id = a.agency_id
        where lower(a.name) = lower(${name}) and lower(g.name) = lower(${agencyName})`,
  );
}

/** APIs whose "API version — application" is exactly `label` (any case). */
export async function apisLabelled(db: Db, api: string, applicationName: string) {
  return rows<{ id: number }>(
    db,
    sql`select p.id from apis p join applications a on a.id = p.application_id
        where lower(p.name || ' ' || p.api_version) = lower(${api}) and lower(a.name) = lower(${applicationName})`,
  );
}

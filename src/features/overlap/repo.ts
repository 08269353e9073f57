import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { AppStatus, Category, Scope } from '../../../db/schema/applications';
import type { PostingList } from '../../domain/overlap';
import { list, one, type Read, readRows, rows, runRead } from '../../kernel/repo';

export interface ResolvedFunction {
  code: string;
  id: number;
  parentId: number;
  title: string;
  titleEn: string;
}

/** Active catalogue functions by code. */
export function functionsByCodesRead(codes: readonly string[]): Read<ResolvedFunction[]> {
  return readRows<ResolvedFunction>(
    sql`select code, id, reference_code_id as parentId, title, title_en as titleEn from functions
        where status = 'active' and code in ${list(codes)}`,
  );
}

/** Every active catalogue function (a bulk check resolves many proposals' codes from it). */
export async function activeFunctions(db: Db): Promise<ResolvedFunction[]> {
  return rows<ResolvedFunction>(
    db,
    sql`select code, id, reference_code_id as parentId, title, title_en as titleEn from functions
        where status = 'active'`,
  );
}

export async function functionsByCodes(db: Db, codes: readonly string[]): Promise<ResolvedFunction[]> {
  return codes.length ? runRead(db, functionsByCodesRead(codes)) : [];
}

/** Level-2 RAB/RAL codes by code (a proposal may name a whole urusan instead of a function). */
export function parentsByCodesRead(
  codes: readonly string[],
): Read<{ code: string; id: number; title: string }[]> {
  return readRows(
    sql`select code, id, title from reference_codes where level = 2 and domain in ('RAB', 'RAL') and code in ${list(codes)}`,
  );
}

export async function parentsByCodes(db: Db, codes: readonly string[]) {
  return codes.length ? runRead(db, parentsByCodesRead(codes)) : [];
}

export async function dataEntitiesByCodes(db: Db, codes: readonly string[]) {
  return codes.length ? runRead(db, dataEntitiesByCodesRead(codes)) : [];
}

export function dataEntitiesByCodesRead(
  codes: readonly string[],
): Read<{ code: string; id: number; name: string }[]> {
  return readRows(sql`select code, id, name from data_entities where code in ${list(codes)}`);
}

/**
 * `count(*) from applications where status in (statuses)`, computed as all rows minus the rows in
 * each status range between and around the given ones. SQLite counts a whole table without
 * reading its rows, and the ranges are index ranges over `status` holding only the applications
 * not in `statuses` (drafts, proposals under review): counting the published ones directly would
 * read an index entry per published application. The ranges cover every other value, including a
 * status this code does not know.
 */
function countWithStatus(statuses: readonly AppStatus[]) {
  const sorted = [...new Set(statuses)].sort();
  if (sorted.length === 0) return sql`0`;
  const gaps = [
    sql`status < ${sorted[0]}`,
    ...sorted.slice(1).map((s, i) => sql`status > ${sorted[i]} and status < ${s}`),
    sql`status > ${sorted[sorted.length - 1]}`,
  ];
  return sql`((select count(*) from applications)${sql.join(
    gaps.map((g) => sql` - (select count(*) from applications where ${g})`),
    sql``,
  )})`;
}

/** What {@link functionStats} answers. */
export interface FunctionStats {
  applications: number;
  functionDf: Map<number, number>;
  parentDf: Map<number, number>;
}

function statsRead(functions: SQL, parents: SQL, statuses: readonly AppStatus[]): Read<FunctionStats> {
  return {
    query: sql`select ${countWithStatus(statuses)} as n,
          (select json_group_array(json_array(function_id, applications)) from function_usage
            where function_id in (${functions})) as fdf,
          (select json_group_array(json_array(id, df)) from (
            select f.reference_code_id as id, sum(u.applications) as df from functions f
            join function_usage u on u.function_id = f.id
            where f.reference_code_id in (${parents})
            group by f.reference_code_id)) as pdf`,
    map: (found) => {
      const r = found[0] as { n: number; fdf: string; pdf: string } | undefined;
      const pairs = (j: string | undefined) => new Map(JSON.parse(j ?? '[]') as [number, number][]);
      return { applications: r?.n ?? 0, functionDf: pairs(r?.fdf), parentDf: pairs(r?.pdf) };
    },
  };
}

/**
 * Catalogue statistics for rarity weights, in one query: how many published applications there
 * are, how many perform each given function (`function_usage`, trigger-kept) and how many perform
 * any function under each given level-2 code.
 */
export async function functionStats(
  db: Db,
  functionIds: readonly number[],
  parentIds: readonly number[],
  statuses: readonly AppStatus[],
): Promise<FunctionStats> {
  return runRead(
    db,
    statsRead(
      sql`select value from json_each(${JSON.stringify(functionIds)})`,
      sql`select value from json_each(${JSON.stringify(parentIds)})`,
      statuses,
    ),
  );
}

/**
 * The same statistics named by codes, so they can be read in the same batch as the codes
 * themselves: the functions (active ones) and their level-2 codes, and the level-2 codes named
 * directly.
 */
export function functionStatsByCodesRead(
  functionCodes: readonly string[],
  parentCodes: readonly string[],
  statuses: readonly AppStatus[],
): Read<FunctionStats> {
  return statsRead(
    sql`select id from functions where status = 'active' and code in ${list(functionCodes)}`,
    sql`select reference_code_id from functions where status = 'active' and code in ${list(functionCodes)}
        union select id from reference_codes where level = 2 and domain in ('RAB', 'RAL') and code in ${list(parentCodes)}`,
    statuses,
  );
}

const postingQuery = (l: PostingList, limit: number) => {
  switch (l.kind) {
    case 'function':
      return sql`select application_id as id from application_functions where function_id = ${l.id} limit ${limit}`;
    case 'parent':
      // An application performing several functions under the code is listed once per function
      // (deduplicating here would cost a temporary b-tree; the caller counts it once).
      return sql`select af.application_id as id from functions f cross join application_functions af
                 on af.function_id = f.id where f.reference_code_id = ${l.id} limit ${limit}`;
    case 'entity':
      return sql`select application_id as id from application_data_entities
                 where data_entity_id = ${l.id} and role in ('master', 'producer') limit ${limit}`;
    case 'term':
      // FTS alone with its LIMIT: other predicates in the same WHERE can make SQLite abandon
      // the index. No bm25: ranking every match is what makes a common word slow, and the
      // caller only needs who matches. Only the application's own words: the indexed titles of
      // its functions (migration 0008, for the catalogue search) are scored as functions here.
      return sql`select rowid as id from applications_fts
                 where applications_fts match ${`{name acronym description} : "${l.term}"*`} limit ${limit}`;
  }
};

/**
 * The application ids in each posting list, at most `limit` per list, in one query: each list is
 * one index range (the function, entity and FTS indexes), returned as a JSON array — building a
 * result row per id costs far more in the client than parsing JSON. Statuses are not checked
 * here (that would cost a row lookup per posting); the caller checks them on the few candidates
 * it keeps.
 */
export async function postingLists(
  db: Db,
  lists: readonly { list: PostingList; limit: number }[],
): Promise<number[][]> {
  if (lists.length === 0) return [];
  const cols = lists.map((l) => sql`(select json_group_array(id) from (${postingQuery(l.list, l.limit)}))`);
  const r = await one<{ j: string }>(db, sql`select json_array(${sql.join(cols, sql`, `)}) as j`);
  return JSON.parse(r?.j ?? '[]') as number[][];
}

/** The catalogue's data version (db/version.ts), to read in the same batch as other reads. */
export function dataVersionRead(): Read<number> {
  return {
    query: sql`select n from data_version`,
    map: (found) => Number((found[0] as { n: number } | undefined)?.n ?? 0),
  };
}

export interface CandidateRow {
  id: number;
  name: string;
  acronym: string | null;
  description: string;
  category: Category;
  scope: Scope;
  agencyCode: string;
  agencyName: string;
  functions: { id: number; parentId: number }[];
  dataEntities: { id: number; role: 'master' | 'producer' | 'consumer' }[];
}

/**
 * Everything scoring needs about the candidates — the given ids plus every national service
 * application (unless `withoutNational`) — that have one of `statuses`, in one query whatever their number: the ids travel
 * as one JSON parameter (`json_each`) and the rows come back as one JSON document, with each
 * application's functions and data entities nested, because building a result row costs far more
 * in the client than parsing JSON does. Functions are read only when `functions` is set, and data
 * entities only those in `entities` (scoring looks at no others).
 */
export async function candidateProfiles(
  db: Db,
  ids: readonly number[],
  statuses: readonly AppStatus[],
  opts: {
    excludeId?: number;
    functions?: boolean;
    entities?: readonly number[];
    /** Every data entity of each application, whatever `entities` says. */
    allEntities?: boolean;
    /** Only the given ids, not every national service besides. */
    withoutNational?: boolean;
  } = {},
): Promise<CandidateRow[]> {
  const functions = opts.functions
    ? sql`(select json_group_array(json_array(f.id, f.reference_code_id)) from application_functions af
          join functions f on f.id = af.function_id where af.application_id = a.id)`
    : sql`'[]'`;
  const entities = opts.allEntities
    ? sql`(select json_group_array(json_array(ad.data_entity_id, ad.role)) from application_data_entities ad
          where ad.application_id = a.id)`
    : opts.entities?.length
      ? sql`(select json_group_array(json_array(ad.data_entity_id, ad.role)) from application_data_entities ad
          where ad.application_id = a.id and ad.data_entity_id in ${list(opts.entities)})`
      : sql`'[]'`;
  const national = opts.withoutNational
    ? sql``
    : sql` union select id from applications where scope = 'national' and status in ${list(statuses)}`;
  const r = await one<{ j: string | null }>(
    db,
    sql`with ids(id) as (
          select value from json_each(${JSON.stringify(ids)})${national})
        select json_group_array(json_array(a.id, a.name, a.acronym, a.description, a.category, a.scope, g.code, g.name,
          json(${functions}), json(${entities}))) as j
        from ids join applications a on a.id = ids.id join agencies g on g.id = a.agency_id
        where a.status in ${list(statuses)} and a.id <> ${opts.excludeId ?? -1}`,
  );
  type Raw = [
    number,
    string,
    string | null,
    string,
    Category,
    Scope,
    string,
    string,
    [number, number][],
    [number, string][],
  ];
  return (JSON.parse(r?.j ?? '[]') as Raw[]).map(
    ([id, name, acronym, description, category, scope, agencyCode, agencyName, fns, des]) => ({
      id,
      name,
      acronym,
      description,
      category,
      scope,
      agencyCode,
      agencyName,
      functions: fns.map(([fid, parentId]) => ({ id: fid, parentId })),
      dataEntities: des.map(([eid, role]) => ({
        id: eid,
        role: role as CandidateRow['dataEntities'][number]['role'],
      })),
    }),
  );
}

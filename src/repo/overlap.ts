import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { AppStatus, Category } from '../../db/schema/applications';
import { list, one, rows } from './util';

export interface ResolvedFunction {
  code: string;
  id: number;
  parentId: number;
  title: string;
  titleEn: string;
}

/** Active catalogue functions by code. */
export async function functionsByCodes(db: Db, codes: readonly string[]): Promise<ResolvedFunction[]> {
  if (codes.length === 0) return [];
  return rows<ResolvedFunction>(
    db,
    sql`select code, id, reference_code_id as parentId, title, title_en as titleEn from functions
        where status = 'active' and code in ${list(codes)}`,
  );
}

/** Level-2 RAB/RAL codes by code (a proposal may name a whole urusan instead of a function). */
export async function parentsByCodes(
  db: Db,
  codes: readonly string[],
): Promise<{ code: string; id: number; title: string }[]> {
  if (codes.length === 0) return [];
  return rows(
    db,
    sql`select code, id, title from reference_codes where level = 2 and domain in ('RAB', 'RAL') and code in ${list(codes)}`,
  );
}

export async function dataEntitiesByCodes(
  db: Db,
  codes: readonly string[],
): Promise<{ code: string; id: number; name: string }[]> {
  if (codes.length === 0) return [];
  return rows(db, sql`select code, id, name from data_entities where code in ${list(codes)}`);
}

/** Published applications, and how many perform each of the given functions (trigger-kept). */
export async function functionFrequencies(
  db: Db,
  functionIds: readonly number[],
  statuses: readonly AppStatus[],
) {
  const [total, dfs] = await Promise.all([
    one<{ n: number }>(db, sql`select count(*) as n from applications where status in ${list(statuses)}`),
    functionIds.length
      ? rows<{ id: number; df: number }>(
          db,
          sql`select function_id as id, applications as df from function_usage where function_id in ${list(functionIds)}`,
        )
      : Promise.resolve([]),
  ]);
  return { applications: total?.n ?? 0, functionDf: new Map(dfs.map((r) => [r.id, r.df])) };
}

/** How many published applications perform any function under each given level-2 code. */
export async function parentFrequencies(db: Db, parentIds: readonly number[]): Promise<Map<number, number>> {
  if (parentIds.length === 0) return new Map();
  const r = await rows<{ id: number; df: number }>(
    db,
    sql`select f.reference_code_id as id, sum(u.applications) as df from functions f
        join function_usage u on u.function_id = f.id where f.reference_code_id in ${list(parentIds)}
        group by f.reference_code_id`,
  );
  return new Map(r.map((x) => [x.id, x.df]));
}

/**
 * Candidate generation in the database: applications sharing the proposal's functions, ranked by
 * the summed rarity weight of what they share, best `limit` first. Walks the (function,
 * application) index for the named functions only; nothing else is read.
 */
export async function candidatesByFunctions(
  db: Db,
  weighted: readonly { id: number; weight: number }[],
  statuses: readonly AppStatus[],
  limit: number,
): Promise<number[]> {
  if (weighted.length === 0) return [];
  const w = sql.join(
    weighted.map((f) => sql`select ${f.id} as id, ${f.weight} as w`),
    sql` union all `,
  );
  const r = await rows<{ id: number }>(
    db,
    sql`with w as (${w})
        select af.application_id as id from application_functions af join w on w.id = af.function_id
        join applications a on a.id = af.application_id
        where a.status in ${list(statuses)}
        group by af.application_id order by sum(w.w) desc, af.application_id limit ${limit}`,
  );
  return r.map((x) => x.id);
}

/** Candidates holding (as master or producer) the proposal's data entities, most shared first. */
export async function candidatesByDataEntities(
  db: Db,
  entityIds: readonly number[],
  statuses: readonly AppStatus[],
  limit: number,
): Promise<number[]> {
  if (entityIds.length === 0) return [];
  const r = await rows<{ id: number }>(
    db,
    sql`select ad.application_id as id from application_data_entities ad join applications a on a.id = ad.application_id
        where ad.data_entity_id in ${list(entityIds)} and ad.role in ('master', 'producer') and a.status in ${list(statuses)}
        group by ad.application_id order by count(*) desc, ad.application_id limit ${limit}`,
  );
  return r.map((x) => x.id);
}

/** Candidates by text: the best FTS matches for any of the given words (an OR query). */
export async function candidatesByText(
  db: Db,
  match: string | null,
  statuses: readonly AppStatus[],
  limit: number,
) {
  if (!match) return [];
  const r = await rows<{ id: number }>(
    db,
    sql`with m as materialized (
          select rowid as id, bm25(applications_fts, 10.0, 8.0, 1.0) as score from applications_fts
          where applications_fts match ${match} order by score limit ${limit * 2})
        select a.id from m join applications a on a.id = m.id where a.status in ${list(statuses)}
        order by m.score limit ${limit}`,
  );
  return r.map((x) => x.id);
}

export async function sharedApplicationIds(db: Db, statuses: readonly AppStatus[]): Promise<number[]> {
  const r = await rows<{ id: number }>(
    db,
    sql`select id from applications where category = 'umum' and status in ${list(statuses)}`,
  );
  return r.map((x) => x.id);
}

export interface CandidateRow {
  id: number;
  name: string;
  acronym: string | null;
  description: string;
  category: Category;
  agencyCode: string;
  agencyName: string;
}

/**
 * Everything scoring needs about the candidates, in three queries whatever their number. The
 * ids travel as one JSON parameter (`json_each`) rather than hundreds of bound values.
 */
export async function candidateProfiles(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return { apps: [], functions: [], entities: [] };
  const idList = sql`(select value from json_each(${JSON.stringify(ids)}))`;
  const [apps, functions, entities] = await Promise.all([
    rows<CandidateRow>(
      db,
      sql`select a.id, a.name, a.acronym, a.description, a.category, g.code as agencyCode, g.name as agencyName
          from applications a join agencies g on g.id = a.agency_id where a.id in ${idList}`,
    ),
    rows<{ appId: number; id: number; parentId: number }>(
      db,
      sql`select af.application_id as appId, f.id, f.reference_code_id as parentId
          from application_functions af join functions f on f.id = af.function_id where af.application_id in ${idList}`,
    ),
    rows<{ appId: number; id: number; role: 'master' | 'producer' | 'consumer' }>(
      db,
      sql`select application_id as appId, data_entity_id as id, role from application_data_entities
          where application_id in ${idList}`,
    ),
  ]);
  return { apps, functions, entities };
}

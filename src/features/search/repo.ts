import type { Db } from '../../../db/client';
import { AGENCY_KINDS, type AgencyKind } from '../../../db/schema/agencies';
import { API_ACCESS, type ApiAccess, type ApiAuth, PROTOCOLS, type Protocol } from '../../../db/schema/apis';
import { APP_STATUSES, type AppStatus } from '../../../db/schema/applications';
import { SEARCH_TYPES, type SearchType } from '../../domain/search';
import {
  list,
  one,
  type Page,
  type Query,
  type Read,
  readRows,
  rows,
  runRead,
  leanSql as sql,
} from '../../kernel/repo';

/**
 * The catalogue-wide search. Every query here is bounded, whatever was typed: local libSQL runs
 * on Node's main thread, so one slow query stalls every request (reference/measured.md).
 *
 * - **Candidates first.** Each kind's FTS query runs alone, as a materialized CTE with a LIMIT,
 *   and only then is joined and filtered (FTS5 mixed with other predicates in one WHERE can make
 *   SQLite abandon the index). bm25 is computed only for those candidates: without an ORDER BY
 *   FTS5 stops after `CANDIDATES` matches, so a word in half the catalogue costs as much as a
 *   rare one. When a kind has more matches than that, relevance is ranked among the first
 *   `CANDIDATES` and the result says `capped`.
 * - **Small facets drive.** When a kind has more matches than `CANDIDATES` and a small agency,
 *   function or data-entity facet is asked for, that facet's rows are read from their index and
 *   the FTS matches (at most `DRIVE_LIMIT`, `OPERATION_DRIVE_LIMIT` for operations, in the one
 *   scan that also counts them) are checked against them, so "data" at one agency still finds the
 *   agency's entries beyond the first candidates. They are listed by name, not ranked (bm25 exists
 *   only inside an FTS scan).
 * - **Counts over the hits.** Totals and facet counts are counted over the (bounded) hits, in the
 *   same statement that picks the page: one round trip, which matters over HTTP on Workers.
 * - **Details only for the page**: the rows shown are loaded by id; their highlights are computed
 *   from the searched forms (domain/search.ts `highlight`/`snippet`), not by FTS5 per row.
 */

/** FTS matches examined (and ranked) per kind of result. */
export const CANDIDATES = 100;
/** FTS matches a facet-driven walk checks against. */
export const DRIVE_LIMIT = 10_000;
/**
 * The same for API operations: a word in the catalogue's 100,000 operations matches tens of
 * thousands (`data`: 15,885), so their walk is capped either way; half the applications' and
 * APIs' bound keeps "data" at one agency within the 20 ms target (it was ~1.8 of a 12 ms
 * statement; decision 0049). An operation is also listed on its API's page.
 */
export const OPERATION_DRIVE_LIMIT = 5_000;
/**
 * A facet drives the search only when it is this small (an agency, a rare function or data
 * entity); a broad one ("Data Pegawai ASN") passes enough of the ranked candidates anyway.
 */
export const DRIVE_FACET_MAX = 500;
/** Values listed per agency / data entity / function facet. */
export const FACET_TOP = 10;
/** The data entity and function facets count over the best-ranked hits only (they join link tables). */
export const LINK_FACET_HITS = 50;
/** Rows counted for the total of a plain API list. */
export const COUNT_LIMIT = 1_000;

/**
 * Per kind: bm25 column weights (name-like columns first) and how much its scores count. bm25
 * is relative to its own table: the short titles of the small function and data-entity tables
 * score about twice what an application's name does for the same word, and one API's many
 * operations would bury the API, so those kinds count half (measured on the bench data, so that
 * "kepegawaian" interleaves SIASN with the kepegawaian functions instead of listing 20 functions).
 */
const WEIGHTS = {
  application: { bm25: sql`bm25(applications_fts, 10.0, 8.0, 1.0, 1.0)`, factor: 1 },
  api: { bm25: sql`bm25(apis_fts, 10.0, 1.0)`, factor: 1 },
  operation: { bm25: sql`bm25(api_operations_fts, 2.0, 6.0, 1.0)`, factor: 0.5 },
  function: { bm25: sql`bm25(functions_fts, 10.0, 10.0, 1.0)`, factor: 0.5 },
  dataEntity: { bm25: sql`bm25(data_entities_fts, 10.0, 10.0, 1.0)`, factor: 0.5 },
} as const;
/** An API matched only through its operations ranks by its best operation, discounted. */
const FOLDED_OPERATION_FACTOR = 0.5;

/**
 * The reusable source first (issue 11): within the relevance candidates, a hit's bm25 score is
 * multiplied by `1 + NATIONAL_BOOST × national + REUSE_BOOST × reuse`, where `national` says the
 * application (or the API's owner) is a national service and `reuse` (0..1) is half "publishes an
 * API on SPLP" and half its consumers (capped at CONSUMERS_CAP). Tuned on the tuning half of
 * test/support/labelled-queries.ts; the held-out half is only measured.
 */
export const NATIONAL_BOOST = 6;
export const REUSE_BOOST = 1;
/** Consumers counted per API (or per application, over its APIs): a bounded index walk. */
export const CONSUMERS_CAP = 20;

/** Whether the application `a` is a national service. */
const national = (a: string) => sql.raw(`(${a}.scope = 'national')`);
const consumersOfApi = (p: string) =>
  sql.raw(`min((select count(*) from (select 1 from application_api_consumption c where c.api_id = ${p}.id
    limit ${CONSUMERS_CAP})), ${CONSUMERS_CAP}) * 1.0 / ${CONSUMERS_CAP}`);
const consumersOfApp = (a: string) =>
  sql.raw(`min((select count(*) from (select 1 from apis p2 cross join application_api_consumption c on c.api_id = p2.id
    where p2.application_id = ${a}.id limit ${CONSUMERS_CAP})), ${CONSUMERS_CAP}) * 1.0 / ${CONSUMERS_CAP}`);
const publishesOnSplp = (a: string) =>
  sql.raw(`exists (select 1 from apis p3 where p3.application_id = ${a}.id and p3.splp_published = 1)`);

export interface SearchText {
  /** FTS5 MATCH expression (domain/search.ts). */
  match: string;
  /** The same without English forms of Indonesian words, for the kinds written in Indonesian. */
  matchIndonesian: string;
  /** False for stop-word-only queries: no bm25, name order. */
  ranked: boolean;
  /** The text as typed, for exact name / acronym / code hits. */
  exact: string | null;
}

export interface SearchFilter {
  /** Application statuses the viewer may see (the public: PUBLIC_STATUSES). */
  statuses: readonly AppStatus[];
  text: SearchText | null;
  /** Kinds searched and counted. */
  types: readonly SearchType[];
  /** The kind listed and faceted; all of `types` when absent. */
  listType?: SearchType;
  status?: AppStatus;
  agencyId?: number;
  agencyKind?: AgencyKind;
  dataEntityId?: number;
  functionId?: number;
  protocol?: Protocol;
  access?: string;
  splp?: boolean;
  page: number;
  pageSize: number;
}

export interface HitRef {
  type: SearchType;
  id: number;
}

export interface FacetValue {
  value: string;
  label: string | null;
  count: number;
}

export interface SearchHits {
  page: HitRef[];
  total: number;
  /** More matched than were examined: `total` and the facet counts are lower bounds. */
  capped: boolean;
  facets: {
    type: FacetValue[];
    protocol: FacetValue[];
    access: FacetValue[];
    splp: FacetValue[];
    agencyKind: FacetValue[];
    status: FacetValue[];
    agency: FacetValue[];
    dataEntity: FacetValue[];
    function: FacetValue[];
  };
}

/** `a and b and c`, or `1` for no conditions (the kernel's `and`, for lean queries). */
const and = (conds: Query[]): Query => (conds.length ? sql.join(conds, sql` and `) : sql`1`);

/** Conditions on the owning application `a`; `drive` writes links as IN lists an index can walk. */
function appConds(f: SearchFilter, drive: boolean): Query[] {
  const c: Query[] = [sql`a.status in ${list(f.statuses)}`];
  if (f.status) c.push(sql`a.status = ${f.status}`);
  if (f.agencyId !== undefined) c.push(sql`a.agency_id = ${f.agencyId}`);
  // agency_kind is the trigger-maintained copy of the owner's kind (migration 0003).
  if (f.agencyKind) c.push(sql`a.agency_kind = ${f.agencyKind}`);
  if (f.functionId !== undefined)
    c.push(
      drive
        ? sql`a.id in (select application_id from application_functions where function_id = ${f.functionId})`
        : sql`exists (select 1 from application_functions af where af.application_id = a.id and af.function_id = ${f.functionId})`,
    );
  return c;
}

/** The data-entity facet for an application: it masters, produces or consumes the entity. */
function appEntityCond(f: SearchFilter, drive: boolean): Query[] {
  if (f.dataEntityId === undefined) return [];
  return [
    drive
      ? sql`a.id in (select application_id from application_data_entities where data_entity_id = ${f.dataEntityId})`
      : sql`exists (select 1 from application_data_entities ad where ad.application_id = a.id and ad.data_entity_id = ${f.dataEntityId})`,
  ];
}

/** Conditions on the API `p`: protocol, access, SPLP, and the data entities it exposes. */
function apiConds(f: SearchFilter, drive: boolean): Query[] {
  const c: Query[] = [];
  if (f.protocol) c.push(sql`p.protocol = ${f.protocol}`);
  if (f.access) c.push(sql`p.access = ${f.access}`);
  if (f.splp !== undefined) c.push(sql`p.splp_published = ${f.splp ? 1 : 0}`);
  if (f.dataEntityId !== undefined)
    c.push(
      drive
        ? sql`p.id in (select api_id from api_data_entities where data_entity_id = ${f.dataEntityId})`
        : sql`exists (select 1 from api_data_entities x where x.api_id = p.id and x.data_entity_id = ${f.dataEntityId})`,
    );
  return c;
}

const selectiveFacet = (f: SearchFilter) =>
  f.agencyId !== undefined || f.functionId !== undefined || f.dataEntityId !== undefined;

/**
 * The MATCH expression for one kind: APIs and operations, often documented in English, are also
 * searched by the English forms of Indonesian words; the other kinds are not (domain/search.ts).
 */
const matchFor = (type: SearchType, text: SearchText) =>
  type === 'operation' || type === 'api' ? text.match : text.matchIndonesian;

/** `select rowid as id, <score> as score from <fts> where <fts> match ? limit CANDIDATES`. */
function candidates(type: SearchType, fts: string, text: SearchText, guard?: Query): Query {
  const w = WEIGHTS[type];
  const score = text.ranked ? sql`${w.bm25} * ${w.factor}` : sql`0`;
  return sql`select rowid as id, ${score} as score from ${guard ? sql`${guard} cross join ` : sql``}${sql.raw(fts)}
    where ${sql.raw(fts)} match ${matchFor(type, text)} limit ${CANDIDATES}`;
}

/**
 * A one-row table when `cond` holds, else none; put first in a CROSS JOIN it skips the whole
 * scan. (A constant term in the WHERE would not: SQLite still opens the FTS cursor, whose prefix
 * merge is the costly part, and tests the term on every row.)
 */
const when = (cond: Query) => sql`(select 1 where ${cond}) g`;

/** Columns every hit carries, so one union can be counted and faceted. */
const HIT_COLUMNS =
  'type, id, score, exact, name, status, agency_id, kind, protocol, access, splp, app_id, api_id, national, reuse';

interface Part {
  ctes: Query[];
  /** Whether this kind's candidates were truncated, as a SQL boolean. */
  capped: Query;
}

/** How one of the three big kinds is searched; `p` names its CTEs (`app_c`, `app_i`, …). */
interface Kind {
  type: 'application' | 'api' | 'operation';
  p: string;
  fts: string;
  /** The row's own id column, e.g. `a.id`. */
  idCol: string;
  /** From the ids CTE `i` to the row and what it is filtered on. */
  join: Query;
  /** From the facet side to the rows, for a facet-driven walk (and for a plain listing). */
  walk: Query;
  conds: (drive: boolean) => Query[];
  /** The hit's columns after type, id, score. */
  columns: Query;
  /**
   * Rows of national services: their FTS matches join the candidates whatever their rowid, so a
   * word in thousands of local copies cannot push the national service out of the first matches.
   */
  nationalIds: Query | null;
  /** Exact name hits that join the candidates even when the words are common. */
  exactIds: (exact: string) => Query[];
  exactExpr: (exact: string) => Query;
  /** The link table holding the data-entity facet of this kind. */
  entityLinks: 'application_data_entities' | 'api_data_entities';
  /** FTS matches a facet-driven walk checks against. */
  driveLimit: number;
}

const KINDS = {
  application: (f: SearchFilter): Kind => ({
    type: 'application',
    p: 'app',
    fts: 'applications_fts',
    idCol: 'a.id',
    join: sql`cross join applications a on a.id = i.id`,
    walk: sql`applications a`,
    conds: (drive) => [...appConds(f, drive), ...appEntityCond(f, drive)],
    columns: sql`a.name as name, a.status as status, a.agency_id as agency_id, a.agency_kind as kind,
      null as protocol, null as access, null as splp, a.id as app_id, null as api_id, ${national('a')} as national,
      0.5 * ${publishesOnSplp('a')} + 0.5 * ${consumersOfApp('a')} as reuse`,
    nationalIds: sql`select id from applications a where ${national('a')}`,
    exactIds: (exact) => [
      sql`select id from applications where name = ${exact} collate nocase`,
      sql`select id from applications where acronym = ${exact} collate nocase`,
    ],
    exactExpr: (exact) => sql`(a.name = ${exact} collate nocase or a.acronym = ${exact} collate nocase)`,
    entityLinks: 'application_data_entities',
    driveLimit: DRIVE_LIMIT,
  }),
  api: (f: SearchFilter): Kind => ({
    type: 'api',
    p: 'api',
    fts: 'apis_fts',
    idCol: 'p.id',
    join: sql`cross join apis p on p.id = i.id cross join applications a on a.id = p.application_id`,
    walk: sql`applications a join apis p on p.application_id = a.id`,
    conds: (drive) => [...appConds(f, drive), ...apiConds(f, drive)],
    columns: sql`p.name as name, a.status as status, a.agency_id as agency_id, a.agency_kind as kind,
      p.protocol as protocol, p.access as access, p.splp_published as splp, a.id as app_id, p.id as api_id,
      ${national('a')} as national, 0.5 * p.splp_published + 0.5 * ${consumersOfApi('p')} as reuse`,
    nationalIds: sql`select p.id from applications a cross join apis p on p.application_id = a.id where ${national('a')}`,
    exactIds: (exact) => [sql`select id from apis where name = ${exact} collate nocase`],
    exactExpr: (exact) => sql`(p.name = ${exact} collate nocase)`,
    entityLinks: 'api_data_entities',
    driveLimit: DRIVE_LIMIT,
  }),
  operation: (f: SearchFilter): Kind => ({
    type: 'operation',
    p: 'op',
    fts: 'api_operations_fts',
    idCol: 'o.id',
    join: sql`cross join api_operations o on o.id = i.id cross join apis p on p.id = o.api_id
      cross join applications a on a.id = p.application_id`,
    walk: sql`applications a join apis p on p.application_id = a.id join api_operations o on o.api_id = p.id`,
    conds: (drive) => [...appConds(f, drive), ...apiConds(f, drive)],
    columns: sql`case when o.summary = '' then o.path else o.summary end as name, a.status as status,
      a.agency_id as agency_id, a.agency_kind as kind, p.protocol as protocol, p.access as access,
      p.splp_published as splp, a.id as app_id, p.id as api_id, ${national('a')} as national,
      0.5 * p.splp_published + 0.5 * ${consumersOfApi('p')} as reuse`,
    nationalIds: null,
    exactIds: () => [],
    exactExpr: () => sql`0`,
    entityLinks: 'api_data_entities',
    driveLimit: OPERATION_DRIVE_LIMIT,
  }),
};

/** How many rows the smallest selective facet has, counted up to DRIVE_FACET_MAX + 1. */
function facetSize(f: SearchFilter, k: Kind): Query {
  const bounded = (q: Query) => sql`select count(*) as n from (${q} limit ${DRIVE_FACET_MAX + 1})`;
  const sizes: Query[] = [];
  if (f.agencyId !== undefined)
    sizes.push(bounded(sql`select 1 from applications where agency_id = ${f.agencyId}`));
  if (f.functionId !== undefined)
    sizes.push(bounded(sql`select 1 from application_functions where function_id = ${f.functionId}`));
  if (f.dataEntityId !== undefined)
    sizes.push(
      bounded(sql`select 1 from ${sql.raw(k.entityLinks)} where data_entity_id = ${f.dataEntityId}`),
    );
  return sql`select min(n) as n from (${sql.join(sizes, sql` union all `)})`;
}

/**
 * The CTEs of one kind. With text: its FTS candidates (ranked) — or, when a selective facet is
 * asked for and the candidates would be capped, the facet-driven walk instead (checked against
 * the FTS matches, unranked) — plus exact name hits, then joined and filtered. Without text:
 * the first CANDIDATES rows of the facets.
 */
function kindPart(f: SearchFilter, k: Kind, foldOperations = false): Part {
  const t = f.text;
  const cte = (suffix: string) => sql.raw(`${k.p}_${suffix}`);
  const [c, i, h, n, d] = ['c', 'i', 'h', 'n', 'd'].map(cte) as [Query, Query, Query, Query, Query];
  const hitCols = (score: Query, exact: Query) =>
    sql`select ${k.type} as type, ${sql.raw(k.idCol)} as id, ${score} as score, ${exact} as exact, ${k.columns}`;
  const where = and(k.conds(false));
  if (!t) {
    return {
      ctes: [
        sql`${i} as materialized (select ${sql.raw(k.idCol)} as id from ${k.walk} where ${and(k.conds(true))} limit ${CANDIDATES})`,
        sql`${h} as materialized (${hitCols(sql`0`, sql`0`)} from ${i} i ${k.join} where ${where})`,
      ],
      capped: sql`(select count(*) from ${i}) >= ${CANDIDATES}`,
    };
  }
  const ids: Query[] = [sql`select id from ${c}`];
  if (t.exact) ids.push(...k.exactIds(t.exact));
  const ctes: Query[] = [];
  let capped: Query;
  let score = sql`coalesce(c.score, 0)`;
  let scoreJoin = sql`left join ${c} c on c.id = i.id`;
  if (selectiveFacet(f)) {
    // Counting the word's matches (without bm25, up to the kind's drive limit) and the facet's rows (from its
    // index) is cheap, and decides between the plans.
    const fs = sql.raw(`${k.p}_fs`);
    const drive = sql`(select n from ${n}) >= ${CANDIDATES} and (select n from ${fs}) <= ${DRIVE_FACET_MAX}`;
    ctes.push(
      sql`${fs} as materialized (${facetSize(f, k)})`,
      // One scan of the word's matches counts them and, when the facet is small, keeps those in
      // the facet (checked against the facet's rows, read once from their index into a small set).
      sql`${n} as materialized (select count(*) as n, json_group_array(id) filter (where (select n from ${fs}) <= ${DRIVE_FACET_MAX}
          and +id in (select ${sql.raw(k.idCol)} from ${k.walk} where ${and(k.conds(true))})) as d
        from (select rowid as id from ${sql.raw(k.fts)} where ${sql.raw(k.fts)} match ${matchFor(k.type, t)}
          limit (select case when n <= ${DRIVE_FACET_MAX} then ${k.driveLimit} else ${CANDIDATES} end from ${fs})))`,
      sql`${c} as materialized (${candidates(k.type, k.fts, t, when(sql`not (${drive})`))})`,
      sql`${d} as materialized (select j.value as id from ${when(drive)} cross join ${n} cross join json_each(${n}.d) j
        limit ${CANDIDATES})`,
    );
    ids.push(sql`select id from ${d}`);
    // Driven, the search is complete unless the facet has more hits than a page of candidates, or
    // the word more matches than the walk checks against.
    capped = sql`((select count(*) from ${d}) >= ${CANDIDATES} or (select count(*) from ${c}) >= ${CANDIDATES}
      or (select n from ${n}) >= ${k.driveLimit})`;
  } else {
    ctes.push(sql`${c} as materialized (${candidates(k.type, k.fts, t)})`);
    capped = sql`(select count(*) from ${c}) >= ${CANDIDATES}`;
  }
  if (k.nationalIds) {
    // National services' matches beyond the candidates. FTS5 returns matches in ascending rowid
    // order, so when the candidates were capped only national rows after the last candidate can
    // be missing; they are looked up by rowid (one seek each, and usually none: the national
    // services are registered first). Uncapped, the candidates are every match already. (`+id`
    // keeps SQLite on the scope index: a rowid range would walk every later application.)
    const nat = cte('nat');
    const w = WEIGHTS[k.type];
    ctes.push(sql`${nat} as materialized (select n.id as id, ${t.ranked ? sql`${w.bm25} * ${w.factor}` : sql`0`} as score
      from ${when(sql`(select count(*) from ${c}) >= ${CANDIDATES}`)}
      cross join (select id from (${k.nationalIds}) where +id > (select max(id) from ${c})) n
      cross join ${sql.raw(k.fts)} on ${sql.raw(k.fts)}.rowid = n.id where ${sql.raw(k.fts)} match ${matchFor(k.type, t)})`);
    ids.push(sql`select id from ${nat}`);
    score = sql`coalesce(c.score, nat.score, 0)`;
    scoreJoin = sql`${scoreJoin} left join ${nat} nat on nat.id = i.id`;
  }
  if (foldOperations) {
    // An API whose operations match is a hit too: developers look for what an API serves.
    ctes.push(sql`api_o as materialized (select o.api_id as id, min(oc.score) * ${FOLDED_OPERATION_FACTOR} as score
      from op_c oc cross join api_operations o on o.id = oc.id group by o.api_id)`);
    ids.push(sql`select id from api_o`);
    score = sql`coalesce(min(coalesce(c.score, nat.score), o.score), c.score, nat.score, o.score, 0)`;
    scoreJoin = sql`${scoreJoin} left join api_o o on o.id = i.id`;
    capped = sql`(${capped} or (select count(*) from op_c) >= ${CANDIDATES})`;
  }
  ctes.push(
    sql`${i} as materialized (${sql.join(ids, sql` union `)})`,
    sql`${h} as materialized (${hitCols(score, t.exact ? k.exactExpr(t.exact) : sql`0`)}
      from ${i} i ${k.join} ${scoreJoin} where ${where})`,
  );
  return { ctes, capped };
}

/** Functions and data entities: small curated tables, searched whole (no facet applies to them). */
function referencePart(type: 'function' | 'dataEntity', t: SearchText | null): Part {
  const [p, table, fts, cond] =
    type === 'function'
      ? ['fn', 'functions', 'functions_fts', sql`r.status = 'active'`]
      : ['de', 'data_entities', 'data_entities_fts', sql`1`];
  const title = type === 'function' ? 'title' : 'name';
  const code = t?.exact?.toUpperCase() ?? null;
  // Only a code typed is a navigational hit: a function's title typed ("pengaduan masyarakat") is
  // a topic, for which the services that perform it rank by relevance like everything else.
  const exactExpr = t?.exact ? sql`(r.code = ${code})` : sql`0`;
  const cols = (
    score: Query,
  ) => sql`select ${type} as type, r.id as id, ${score} as score, ${exactExpr} as exact,
      r.${sql.raw(title)} as name, null as status, null as agency_id, null as kind, null as protocol, null as access,
      null as splp, null as app_id, null as api_id, 0 as national, 0 as reuse`;
  const c = sql.raw(`${p}_c`);
  const i = sql.raw(`${p}_i`);
  const h = sql.raw(`${p}_h`);
  if (!t) {
    return {
      ctes: [
        sql`${i} as materialized (select r.id from ${sql.raw(table)} r where ${cond} order by r.code limit ${CANDIDATES})`,
        sql`${h} as materialized (${cols(sql`0`)} from ${i} i cross join ${sql.raw(table)} r on r.id = i.id)`,
      ],
      capped: sql`(select count(*) from ${i}) >= ${CANDIDATES}`,
    };
  }
  return {
    ctes: [
      sql`${c} as materialized (${candidates(type, fts, t)})`,
      sql`${i} as materialized (select id from ${c}${t.exact ? sql` union select id from ${sql.raw(table)} where code = ${code}` : sql``})`,
      sql`${h} as materialized (${cols(sql`coalesce(c.score, 0)`)}
        from ${i} i cross join ${sql.raw(table)} r on r.id = i.id left join ${c} c on c.id = i.id where ${cond})`,
    ],
    capped: sql`(select count(*) from ${c}) >= ${CANDIDATES}`,
  };
}

const HIT_TABLE: Record<SearchType, string> = {
  application: 'app_h',
  api: 'api_h',
  operation: 'op_h',
  function: 'fn_h',
  dataEntity: 'de_h',
};

interface HitsRow {
  page: string;
  counts: string;
  capped: number;
  agency: string;
  dataEntity: string;
  fn: string;
}

/** The enum facets, counted by value: [hit column, value]. */
const COUNTERS: [string, string][] = [
  ...SEARCH_TYPES.map((t): [string, string] => ['type', t]),
  ...PROTOCOLS.map((v): [string, string] => ['protocol', v]),
  ...API_ACCESS.map((v): [string, string] => ['access', v]),
  ['splp', 'true'],
  ['splp', 'false'],
  ...AGENCY_KINDS.map((v): [string, string] => ['kind', v]),
  ...APP_STATUSES.map((v): [string, string] => ['status', v]),
];

const pairs = (json: string): FacetValue[] =>
  (JSON.parse(json) as [string | number, string | null, number][])
    .map(([value, label, count]) => ({ value: String(value), label, count }))
    .sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));

/**
 * One page of hits over the kinds in `f.types`, with the total, the facet counts and whether
 * the candidates were capped: one statement. Order: exact name/acronym/code hits, then bm25
 * (lower is better), then name.
 */
export async function searchHits(db: Db, f: SearchFilter): Promise<SearchHits> {
  if (f.types.length === 0) {
    const none: FacetValue[] = [];
    return {
      page: [],
      total: 0,
      capped: false,
      facets: {
        type: none,
        protocol: none,
        access: none,
        splp: none,
        agencyKind: none,
        status: none,
        agency: none,
        dataEntity: none,
        function: none,
      },
    };
  }
  const parts: Part[] = [];
  // The API list folds matching operations into their APIs; the catalogue search lists them.
  const fold = !!f.text && f.types.includes('api') && !f.types.includes('operation');
  if (fold && f.text)
    parts.push({
      ctes: [sql`op_c as materialized (${candidates('operation', 'api_operations_fts', f.text)})`],
      capped: sql`0`,
    });
  for (const type of f.types) {
    if (type === 'function' || type === 'dataEntity') parts.push(referencePart(type, f.text));
    else parts.push(kindPart(f, KINDS[type](f), type === 'api' && fold));
  }
  const union = sql.join(
    f.types.map((t) => sql`select ${sql.raw(HIT_COLUMNS)} from ${sql.raw(HIT_TABLE[t])}`),
    sql` union all `,
  );
  const listed = f.listType ? sql`type = ${f.listType}` : sql`1`;
  const offset = (f.page - 1) * f.pageSize;
  // Every enum facet is counted in one pass over the hits (one sum per value).
  const counters = COUNTERS.map(([col, value]) =>
    col === 'type'
      ? sql`sum(type = ${value})`
      : sql`sum(${listed} and ${sql.raw(col)} = ${col === 'splp' ? Number(value === 'true') : value})`,
  );
  // bm25 is negative (lower is better): the boost makes a reusable source's score larger in size.
  const order = sql`exact desc, score * (1 + ${NATIONAL_BOOST} * national + ${REUSE_BOOST} * reuse),
    national desc, reuse desc, name collate nocase, type, id`;
  const row = await one<HitsRow>(
    db,
    sql`with ${sql.join(
      parts.flatMap((p) => p.ctes),
      sql`, `,
    )}, hits as materialized (${union}),
    top as materialized (select type, id, app_id, api_id, row_number() over (order by ${order}) as r
      from (select * from hits where ${listed} order by ${order} limit ${Math.max(LINK_FACET_HITS, offset + f.pageSize)}))
    select
      (select json_group_array(json_array(type, id, r)) from top
        where r > ${offset} and r <= ${offset + f.pageSize}) as page,
      (select json_array(sum(${listed}), ${sql.join(counters, sql`, `)}) from hits) as counts,
      (${sql.join(
        parts.map((p) => p.capped),
        sql` or `,
      )}) as capped,
      (select json_group_array(json_array(g.code, g.name, t.n)) from (select agency_id, count(*) as n from hits
        where ${listed} and agency_id is not null group by 1 order by n desc limit ${FACET_TOP}) t
        cross join agencies g on g.id = t.agency_id) as agency,
      (select json_group_array(json_array(d.code, d.name, t.n)) from (select e, count(*) as n from (
          select ad.data_entity_id as e from top h cross join application_data_entities ad on ad.application_id = h.id
          where h.r <= ${LINK_FACET_HITS} and h.type = 'application'
          union all
          select x.data_entity_id from top h cross join api_data_entities x on x.api_id = h.api_id
          where h.r <= ${LINK_FACET_HITS} and h.type in ('api', 'operation'))
        group by e order by n desc limit ${FACET_TOP}) t cross join data_entities d on d.id = t.e) as dataEntity,
      (select json_group_array(json_array(fn.code, fn.title, t.n)) from (select af.function_id as fid, count(*) as n
        from top h cross join application_functions af on af.application_id = h.app_id
        where h.r <= ${LINK_FACET_HITS} group by 1 order by n desc limit ${FACET_TOP}) t
        cross join functions fn on fn.id = t.fid) as fn`,
  );
  if (!row) throw new Error('search: no result row');
  const [total, ...counts] = JSON.parse(row.counts) as (number | null)[];
  const facets: Record<string, FacetValue[]> = {};
  COUNTERS.forEach(([col, value], i) => {
    const n = counts[i] ?? 0;
    if (n === 0) return;
    facets[col] = [...(facets[col] ?? []), { value, label: null, count: n }];
  });
  const sorted = (col: string) => (facets[col] ?? []).sort((x, y) => y.count - x.count);
  return {
    page: (JSON.parse(row.page) as [SearchType, number, number][])
      .sort((x, y) => x[2] - y[2])
      .map(([type, id]) => ({ type, id })),
    total: total ?? 0,
    capped: Boolean(row.capped),
    facets: {
      type: sorted('type'),
      protocol: sorted('protocol'),
      access: sorted('access'),
      splp: sorted('splp'),
      agencyKind: sorted('kind'),
      status: sorted('status'),
      agency: pairs(row.agency),
      dataEntity: pairs(row.dataEntity),
      function: pairs(row.fn),
    },
  };
}

/** Indexed words looked at per word to correct. */
export const NEAR_TERMS_LIMIT = 400;

/** Letters a mistyped word must share with its correction, at its start. */
const nearPrefix = (w: string) => w.slice(0, w.length >= 7 ? 3 : 2);

/**
 * Indexed application words that could be typos of `words`: the same first letters (two, three
 * from seven letters on; the term index is walked over that range only) and a length within
 * `slack`, with how many applications use each. Asked only when a search found nothing.
 */
export async function nearTerms(
  db: Db,
  words: string[],
  slack = 2,
): Promise<Map<string, { term: string; docs: number }[]>> {
  const out = new Map<string, { term: string; docs: number }[]>(words.map((w) => [w, []]));
  if (!words.length) return out;
  const parts = words.map(
    (w) => sql`select * from (select ${w} as word, term, doc as docs from applications_fts_vocab
      where term >= ${nearPrefix(w)} and term < ${`${nearPrefix(w)}\uffff`}
        and length(term) between ${w.length - slack} and ${w.length + slack} limit ${NEAR_TERMS_LIMIT})`,
  );
  for (const r of await rows<{ word: string; term: string; docs: number }>(
    db,
    sql.join(parts, sql` union all `),
  ))
    out.get(r.word)?.push({ term: r.term, docs: r.docs });
  return out;
}

export interface ApplicationHit {
  id: number;
  name: string;
  acronym: string | null;
  category: string;
  /** 1 for a national service. */
  national: number;
  status: AppStatus;
  description: string;
  agencyCode: string;
  agencyName: string;
  agencyKind: AgencyKind;
}

/** The applications on a page of hits (any order). */
export function applicationHitsRead(ids: number[]): Read<ApplicationHit[]> {
  return readRows<ApplicationHit>(
    sql`select a.id, a.name, a.acronym, a.category, ${national('a')} as national, a.status, a.description,
          g.code as agencyCode, g.name as agencyName, g.kind as agencyKind
        from applications a join agencies g on g.id = a.agency_id
        where a.id in ${list(ids)}`,
  );
}

export async function applicationHits(db: Db, ids: number[]): Promise<ApplicationHit[]> {
  if (!ids.length) return [];
  return runRead(db, applicationHitsRead(ids));
}

export interface ApiHit {
  id: number;
  name: string;
  apiVersion: string;
  description: string;
  protocol: Protocol;
  access: ApiAccess;
  auth: ApiAuth;
  splpPublished: number;
  baseUrl: string | null;
  applicationId: number;
  applicationName: string;
  applicationAcronym: string | null;
  /** 1 when the owner is a national service. */
  national: number;
  agencyCode: string;
  agencyName: string;
  agencyKind: AgencyKind;
}

export function apiHitsRead(ids: number[]): Read<ApiHit[]> {
  return readRows<ApiHit>(
    sql`select p.id, p.name, p.api_version as apiVersion, p.description, p.protocol, p.access, p.auth,
          p.splp_published as splpPublished, p.base_url as baseUrl, a.id as applicationId, a.name as applicationName,
          a.acronym as applicationAcronym, ${national('a')} as national, g.code as agencyCode, g.name as agencyName,
          g.kind as agencyKind
        from apis p join applications a on a.id = p.application_id join agencies g on g.id = a.agency_id
        where p.id in ${list(ids)}`,
  );
}

export async function apiHits(db: Db, ids: number[]): Promise<ApiHit[]> {
  if (!ids.length) return [];
  return runRead(db, apiHitsRead(ids));
}

export interface OperationHit {
  id: number;
  method: string;
  path: string;
  summary: string;
  description: string;
  apiId: number;
  apiName: string;
  protocol: Protocol;
  applicationId: number;
  applicationName: string;
  applicationAcronym: string | null;
  national: number;
  agencyCode: string;
  agencyName: string;
  agencyKind: AgencyKind;
}

export function operationHitsRead(ids: number[]): Read<OperationHit[]> {
  return readRows<OperationHit>(
    sql`select o.id, o.method, o.path, o.summary, o.description, p.id as apiId, p.name as apiName, p.protocol,
          a.id as applicationId, a.name as applicationName, a.acronym as applicationAcronym,
          ${national('a')} as national, g.code as agencyCode, g.name as agencyName, g.kind as agencyKind
        from api_operations o join apis p on p.id = o.api_id join applications a on a.id = p.application_id
        join agencies g on g.id = a.agency_id
        where o.id in ${list(ids)}`,
  );
}

export async function operationHits(db: Db, ids: number[]): Promise<OperationHit[]> {
  if (!ids.length) return [];
  return runRead(db, operationHitsRead(ids));
}

export interface ReferenceHit {
  id: number;
  code: string;
  title: string;
  titleEn: string;
  description: string;
  sensitivity: string | null;
}

/** Functions or data entities on the page (their English title is the second column). */
export function referenceHitsRead(type: 'function' | 'dataEntity', ids: number[]): Read<ReferenceHit[]> {
  return readRows<ReferenceHit>(
    type === 'function'
      ? sql`select id, code, title, title_en as titleEn, description, null as sensitivity
          from functions where id in ${list(ids)}`
      : sql`select id, code, name as title, name_en as titleEn, description, sensitivity
          from data_entities where id in ${list(ids)}`,
  );
}

export async function referenceHits(
  db: Db,
  type: 'function' | 'dataEntity',
  ids: number[],
): Promise<ReferenceHit[]> {
  if (!ids.length) return [];
  return runRead(db, referenceHitsRead(type, ids));
}

/** Ids of the codes a search names, in one round trip; null for an unknown code. */
export async function facetIds(
  db: Db,
  codes: { agency?: string; dataEntity?: string; function?: string },
): Promise<{
  agencyId: number | null;
  agencyName: string | null;
  dataEntityId: number | null;
  dataEntityName: string | null;
  functionId: number | null;
  functionTitle: string | null;
}> {
  const row = await one<{
    agencyId: number | null;
    agencyName: string | null;
    dataEntityId: number | null;
    dataEntityName: string | null;
    functionId: number | null;
    functionTitle: string | null;
  }>(
    db,
    sql`select
      (select id from agencies where code = ${codes.agency ?? null}) as agencyId,
      (select name from agencies where code = ${codes.agency ?? null}) as agencyName,
      (select id from data_entities where code = ${codes.dataEntity ?? null}) as dataEntityId,
      (select name from data_entities where code = ${codes.dataEntity ?? null}) as dataEntityName,
      (select id from functions where code = ${codes.function ?? null} and status = 'active') as functionId,
      (select title from functions where code = ${codes.function ?? null} and status = 'active') as functionTitle`,
  );
  return row!;
}

/**
 * A page of published APIs without a text query, by name: the index on `apis.name` is walked
 * and stops at the page; the total is counted up to COUNT_LIMIT (`capped` beyond).
 */
export async function listApis(db: Db, f: SearchFilter): Promise<Page<number> & { capped: boolean }> {
  const where = and([...appConds(f, true), ...apiConds(f, true)]);
  const from = sql`from apis p join applications a on a.id = p.application_id where ${where}`;
  const [ids, count] = await Promise.all([
    rows<{ id: number }>(
      db,
      sql`select p.id ${from} order by p.name, p.id limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
    ),
    one<{ n: number }>(db, sql`select count(*) as n from (select 1 ${from} limit ${COUNT_LIMIT + 1})`),
  ]);
  const n = count?.n ?? 0;
  return {
    items: ids.map((r) => r.id),
    total: Math.min(n, COUNT_LIMIT),
    capped: n > COUNT_LIMIT,
    page: f.page,
    pageSize: f.pageSize,
  };
}

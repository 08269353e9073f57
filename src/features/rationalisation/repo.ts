import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { PUBLIC_STATUSES } from '../../../db/schema/applications';
import {
  rationalisationClusters,
  rationalisationCovered,
  rationalisationMembers,
  rationalisationRuns,
} from '../../../db/schema/rationalisation';
import type { CatalogueApp } from '../../domain/rationalisation';
import { list, one, rows } from '../../kernel/repo';
import { Batch } from '../../kernel/write';

/**
 * Published applications with id above `afterId`, at most `limit`, by id: one JSON document per
 * page (building a result row per application costs far more in the client than parsing JSON),
 * so the job reads the catalogue in short queries that leave the event loop to requests between.
 */
export async function applicationsPage(db: Db, afterId: number, limit: number): Promise<CatalogueApp[]> {
  const r = await one<{ j: string | null }>(
    db,
    sql`select json_group_array(json_array(a.id, a.name, a.acronym, a.description, a.agency_id, g.name, g.kind,
          g.province_code, a.scope, a.yearly_cost,
          json((select json_group_array(json_array(f.id, f.reference_code_id)) from application_functions af
                join functions f on f.id = af.function_id where af.application_id = a.id)),
          json((select json_group_array(ad.data_entity_id) from application_data_entities ad
                where ad.application_id = a.id and ad.role in ('master', 'producer'))))) as j
        from (select * from applications where id > ${afterId} and status in ${list(PUBLIC_STATUSES)}
              order by id limit ${limit}) a
        join agencies g on g.id = a.agency_id`,
  );
  type Raw = [
    number,
    string,
    string | null,
    string,
    number,
    string,
    string,
    string | null,
    string,
    number | null,
    [number, number][],
    number[],
  ];
  return (JSON.parse(r?.j ?? '[]') as Raw[])
    .map(
      ([
        id,
        name,
        acronym,
        description,
        agencyId,
        agencyName,
        agencyKind,
        provinceCode,
        scope,
        cost,
        fns,
        held,
      ]) => ({
        id,
        name,
        acronym,
        description,
        agencyId,
        agencyName,
        agencyKind,
        provinceCode,
        national: scope === 'national',
        yearlyCost: cost,
        functions: fns.map(([fid, parentId]) => ({ id: fid, parentId })),
        heldData: held,
      }),
    )
    .sort((a, b) => a.id - b.id);
}

export interface FunctionMeta {
  id: number;
  code: string;
  title: string;
  titleEn: string;
  /** RAB level-1 code (`RAB.09`) when the function is under RAB. */
  sector: string | null;
}

/** Every catalogue function with its sector (level-1 RAB or RAL code). */
export async function functionsMeta(db: Db): Promise<FunctionMeta[]> {
  return rows<FunctionMeta>(
    db,
    sql`select f.id, f.code, f.title, f.title_en as titleEn,
          case when p.domain in ('RAB', 'RAL') then s.code end as sector
        from functions f join reference_codes p on p.id = f.reference_code_id
        left join reference_codes s on s.id = p.parent_id`,
  );
}

export interface AgencyMeta {
  id: number;
  code: string;
  name: string;
  kind: string;
  provinceCode: string | null;
}

/** Agencies by id (all of them when `ids` is absent). */
export async function agenciesMeta(db: Db, ids?: readonly number[]): Promise<AgencyMeta[]> {
  const where = ids ? sql`where id in (select value from json_each(${JSON.stringify(ids)}))` : sql``;
  return rows<AgencyMeta>(
    db,
    sql`select id, code, name, kind, province_code as provinceCode from agencies ${where}`,
  );
}

/** Province names by their two-digit code (the province agencies). */
export async function provinceNames(db: Db): Promise<{ code: string; name: string }[]> {
  return rows(db, sql`select code, name from agencies where kind = 'provinsi' order by code`);
}

/** RAB and RAL level-1 sectors (business areas and government support services), for the filter. */
export async function sectors(db: Db): Promise<{ code: string; title: string; titleEn: string | null }[]> {
  return rows(
    db,
    sql`select code, title, title_en as titleEn from reference_codes where domain in ('RAB', 'RAL') and level = 1 order by code`,
  );
}

/** Published applications by id: name, acronym and owner (for labels and links). */
export async function applicationsByIds(
  db: Db,
  ids: readonly number[],
): Promise<{ id: number; name: string; acronym: string | null; agencyCode: string; agencyName: string }[]> {
  if (ids.length === 0) return [];
  return rows(
    db,
    sql`select a.id, a.name, a.acronym, g.code as agencyCode, g.name as agencyName
        from applications a join agencies g on g.id = a.agency_id
        where a.id in (select value from json_each(${JSON.stringify(ids)}))`,
  );
}

export interface StoredCluster {
  rank: number;
  label: string;
  size: number;
  agencies: number;
  provinces: number;
  sector: string | null;
  nationalApplicationId: number | null;
  yearlyCost: number;
  evidence: unknown;
  members: {
    applicationId: number;
    agencyId: number;
    agencyKind: string | null;
    provinceCode: string | null;
  }[];
}

export interface StoredRun {
  computedAt: Date;
  durationMs: number;
  applications: number;
  summary: unknown;
  clusters: StoredCluster[];
  covered: { applicationId: number; agencyId: number; share: number; nationalApplicationId: number }[];
}

const ROWS_PER_STATEMENT = 50;

/**
 * Replaces the stored picture with a new run, atomically: readers see the old run or the new,
 * never half of one. New ids continue after the highest ever used, so a link to a cluster of an
 * older run answers "not found" instead of showing another cluster.
 */
export async function replaceRun(db: Db, run: StoredRun): Promise<number> {
  const ids = await one<{ run: number | null; cluster: number | null }>(
    db,
    sql`select (select max(id) from rationalisation_runs) as run,
               (select max(id) from rationalisation_clusters) as cluster`,
  );
  const runId = (ids?.run ?? 0) + 1;
  let clusterId = ids?.cluster ?? 0;
  const batch = new Batch();
  batch.add(
    db.delete(rationalisationMembers),
    db.delete(rationalisationCovered),
    db.delete(rationalisationClusters),
    db.delete(rationalisationRuns),
    db.insert(rationalisationRuns).values({
      id: runId,
      computedAt: run.computedAt,
      durationMs: run.durationMs,
      applications: run.applications,
      summary: JSON.stringify(run.summary),
    }),
  );
  const clusterRows = run.clusters.map((c) => ({ ...c, id: ++clusterId }));
  for (let i = 0; i < clusterRows.length; i += ROWS_PER_STATEMENT)
    batch.add(
      db.insert(rationalisationClusters).values(
        clusterRows.slice(i, i + ROWS_PER_STATEMENT).map((c) => ({
          id: c.id,
          runId,
          rank: c.rank,
          label: c.label,
          size: c.size,
          agencies: c.agencies,
          provinces: c.provinces,
          sector: c.sector,
          nationalApplicationId: c.nationalApplicationId,
          yearlyCost: c.yearlyCost,
          evidence: JSON.stringify(c.evidence),
        })),
      ),
    );
  const members = clusterRows.flatMap((c) => c.members.map((m) => ({ clusterId: c.id, ...m })));
  for (let i = 0; i < members.length; i += ROWS_PER_STATEMENT * 4)
    batch.add(db.insert(rationalisationMembers).values(members.slice(i, i + ROWS_PER_STATEMENT * 4)));
  for (let i = 0; i < run.covered.length; i += ROWS_PER_STATEMENT * 4)
    batch.add(
      db
        .insert(rationalisationCovered)
        .values(run.covered.slice(i, i + ROWS_PER_STATEMENT * 4).map((c) => ({ runId, ...c }))),
    );
  await batch.run(db);
  return runId;
}

/** The latest run's time, size and summary, or undefined when the job never ran. */
export async function latestRun(
  db: Db,
): Promise<
  { id: number; computedAt: Date; durationMs: number; applications: number; summary: unknown } | undefined
> {
  const r = await one<{
    id: number;
    computedAt: number;
    durationMs: number;
    applications: number;
    summary: string;
  }>(
    db,
    sql`select id, computed_at as computedAt, duration_ms as durationMs, applications, summary
        from rationalisation_runs order by id desc limit 1`,
  );
  return r && { ...r, computedAt: new Date(r.computedAt), summary: JSON.parse(r.summary) as unknown };
}

export interface ClusterRow {
  id: number;
  rank: number;
  label: string;
  size: number;
  agencies: number;
  provinces: number;
  sector: string | null;
  yearlyCost: number;
  evidence: unknown;
  nationalId: number | null;
  nationalName: string | null;
  nationalAcronym: string | null;
}

const clusterColumns = sql`c.id, c.rank, c.label, c.size, c.agencies, c.provinces, c.sector, c.yearly_cost as yearlyCost,
  c.evidence, n.id as nationalId, n.name as nationalName, n.acronym as nationalAcronym`;

const parseEvidence = (r: ClusterRow & { evidence: unknown }) => ({
  ...r,
  evidence: JSON.parse(String(r.evidence)) as unknown,
});

/** The run's largest clusters matching the filters (members of the agency kind or province). */
export async function largestClusters(
  db: Db,
  runId: number,
  f: { sector?: string; kind?: string; province?: string; limit: number },
): Promise<{ items: ClusterRow[]; total: number }> {
  const conds = [sql`c.run_id = ${runId}`];
  if (f.sector) conds.push(sql`c.sector = ${f.sector}`);
  if (f.kind)
    conds.push(
      sql`exists (select 1 from rationalisation_members m where m.cluster_id = c.id and m.agency_kind = ${f.kind})`,
    );
  if (f.province)
    conds.push(
      sql`exists (select 1 from rationalisation_members m where m.cluster_id = c.id and m.province_code = ${f.province})`,
    );
  const where = sql.join(conds, sql` and `);
  const [items, total] = await Promise.all([
    rows<ClusterRow>(
      db,
      sql`select ${clusterColumns} from rationalisation_clusters c
          left join applications n on n.id = c.national_application_id
          where ${where} order by c.rank limit ${f.limit}`,
    ),
    one<{ n: number }>(db, sql`select count(*) as n from rationalisation_clusters c where ${where}`),
  ]);
  return { items: items.map(parseEvidence), total: total?.n ?? 0 };
}

/** One cluster of the latest run with its members (application, agency), by agency name. */
export async function clusterWithMembers(db: Db, id: number) {
  const c = await one<ClusterRow>(
    db,
    sql`select ${clusterColumns} from rationalisation_clusters c
        left join applications n on n.id = c.national_application_id where c.id = ${id}`,
  );
  if (!c) return undefined;
  const members = await rows<{
    id: number;
    name: string;
    acronym: string | null;
    agencyCode: string;
    agencyName: string;
    yearlyCost: number | null;
  }>(
    db,
    sql`select a.id, a.name, a.acronym, g.code as agencyCode, g.name as agencyName, a.yearly_cost as yearlyCost
        from rationalisation_members m join applications a on a.id = m.application_id
        join agencies g on g.id = a.agency_id where m.cluster_id = ${id} order by g.name, a.name`,
  );
  return { cluster: parseEvidence(c), members };
}

/** Member application ids of the given clusters. */
export async function memberIds(db: Db, clusterIds: readonly number[]): Promise<Map<number, number[]>> {
  if (clusterIds.length === 0) return new Map();
  const found = await rows<{ clusterId: number; ids: string }>(
    db,
    sql`select cluster_id as clusterId, json_group_array(application_id) as ids from rationalisation_members
        where cluster_id in ${list(clusterIds)} group by cluster_id`,
  );
  return new Map(found.map((r) => [r.clusterId, JSON.parse(r.ids) as number[]]));
}

/**
 * The clusters of the latest run an agency's applications belong to, largest first, each with its
 * other agencies (the "who to talk to" list, at most `others` of them, most members first).
 */
export async function clustersOfAgency(db: Db, agencyId: number, others: number) {
  const clusters = await rows<ClusterRow & { own: string }>(
    db,
    sql`select ${clusterColumns}, (select json_group_array(json_object('id', a.id, 'name', a.name))
          from rationalisation_members m2 join applications a on a.id = m2.application_id
          where m2.cluster_id = c.id and m2.agency_id = ${agencyId}) as own
        from rationalisation_clusters c left join applications n on n.id = c.national_application_id
        where c.run_id = (select max(id) from rationalisation_runs)
          and c.id in (select cluster_id from rationalisation_members where agency_id = ${agencyId})
        order by c.rank limit 50`,
  );
  if (clusters.length === 0) return [];
  const peers = await rows<{ clusterId: number; code: string; name: string; members: number }>(
    db,
    sql`select * from (select m.cluster_id as clusterId, g.code, g.name, count(*) as members,
          row_number() over (partition by m.cluster_id order by count(*) desc, g.name) as k
        from rationalisation_members m join agencies g on g.id = m.agency_id
        where m.cluster_id in ${list(clusters.map((c) => c.id))} and m.agency_id <> ${agencyId}
        group by m.cluster_id, g.id) where k <= ${others}`,
  );
  return clusters.map((c) => ({
    ...parseEvidence(c),
    own: JSON.parse(c.own) as { id: number; name: string }[],
    peers: peers
      .filter((p) => p.clusterId === c.id)
      .map(({ code, name, members }) => ({ code, name, members })),
  }));
}

/** The agency's applications national services cover, in the latest run, most covered first. */
export async function coveredOfAgency(db: Db, agencyId: number) {
  return rows<{
    id: number;
    name: string;
    share: number;
    yearlyCost: number | null;
    nationalId: number;
    nationalName: string;
    nationalAcronym: string | null;
  }>(
    db,
    sql`select a.id, a.name, v.share, a.yearly_cost as yearlyCost, n.id as nationalId, n.name as nationalName,
          n.acronym as nationalAcronym
        from rationalisation_covered v join applications a on a.id = v.application_id
        join applications n on n.id = v.national_application_id
        where v.agency_id = ${agencyId} and v.run_id = (select max(id) from rationalisation_runs)
        order by v.share desc, a.name limit 200`,
  );
}

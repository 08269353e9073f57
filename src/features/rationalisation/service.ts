import type { Db } from '../../../db/client';
import {
  type CatalogueApp,
  clusterCatalogue,
  MUTUAL_FLAG_THRESHOLD,
  nationalFigures,
  RATIONALISATION,
} from '../../domain/rationalisation';
import { NotFound } from '../../kernel/errors';
import { msg } from '../../kernel/i18n';
import * as repo from './repo';
import type { RationalisationQuery } from './schemas';

/**
 * The figure the ministers quote: "about 65% of existing systems could be shared" (Mendagri and
 * MenPANRB, 17 May 2017), marked [V, from the press] in the domain reference: a press report, not
 * a primary document, and it counts systems where the catalogue counts functions.
 */
export const SHARING_CLAIM = {
  share: 0.65,
  source: 'Mendagri and MenPANRB, 17 May 2017, as reported in the press',
  certainty: 'verified from press reports, not from a primary document',
} as const;

/** Applications read per query, and applications clustered between two turns of the event loop. */
const PAGE = 2000;
const CHUNK = 400;
/** How many functions and clusters the page and the API show. */
export const SHOWN = { functions: 20, clusters: 20, agencies: 25 } as const;

/** Gives other requests a turn: setImmediate on Node, a zero timeout where there is none (Workers). */
const nextTurn = () =>
  new Promise<void>((resolve) => {
    const g = globalThis as { setImmediate?: (f: () => void) => unknown };
    if (g.setImmediate) g.setImmediate(resolve);
    else setTimeout(resolve, 0);
  });

export type ClusteringProgress = (step: string, done: number, total: number) => void;

/** What a run stores as its summary (JSON), read back by the page and the API. */
export interface Summary {
  sharedCoverage: { instances: number; covered: number; share: number };
  functions: {
    code: string;
    title: string;
    titleEn: string;
    localApplications: number;
    nationals: { id: number; name: string; acronym: string | null }[];
  }[];
  savings: ReturnType<typeof nationalFigures>['savings'];
  agencies: {
    code: string;
    name: string;
    kind: string;
    provinceCode: string | null;
    applications: number;
    withFunctions: number;
    covered: number;
    clusters: number;
    coveredYearlyCost: number;
  }[];
  provinces: {
    code: string;
    name: string;
    applications: number;
    withFunctions: number;
    covered: number;
    clusters: number;
    coveredYearlyCost: number;
  }[];
  clusters: { count: number; applications: number };
  method: { coveredMin: number; clusterCoveredMin: number; commonShare: number; mutualFlag: number };
}

/**
 * The clustering job: reads every published application in pages, groups the agency applications
 * into look-alike clusters and measures what national services cover (domain/rationalisation.ts),
 * then replaces the stored picture atomically with the time it was computed. Between pages and
 * every few hundred applications it gives the event loop a turn, so requests keep being served
 * while it runs beside them (on Node the embedded database and the work share one thread).
 */
export async function runClustering(db: Db, opts: { onProgress?: ClusteringProgress } = {}) {
  const started = performance.now();
  const computedAt = new Date();
  const apps: CatalogueApp[] = [];
  for (let after = 0; ; ) {
    const page = await repo.applicationsPage(db, after, PAGE);
    apps.push(...page);
    opts.onProgress?.('read', apps.length, apps.length + (page.length === PAGE ? PAGE : 0));
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
    await nextTurn();
  }
  const local = apps.filter((a) => !a.national).length;
  // Each local application is handled up to four times (keys, lone, cluster, coverage).
  const gen = clusterCatalogue(apps, { chunk: CHUNK });
  let step = gen.next();
  while (!step.done) {
    opts.onProgress?.('cluster', Math.min(step.value, local * 4), local * 4);
    await nextTurn();
    step = gen.next();
  }
  const clustering = step.value;
  opts.onProgress?.('cluster', local * 4, local * 4);
  const figures = nationalFigures(apps, clustering);
  await nextTurn();

  const [functions, agencies, provinceRows] = await Promise.all([
    repo.functionsMeta(db),
    repo.agenciesMeta(db),
    repo.provinceNames(db),
  ]);
  const fnById = new Map(functions.map((f) => [f.id, f]));
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const appById = new Map(apps.map((a) => [a.id, a]));
  const provinceName = new Map(provinceRows.map((p) => [p.code, p.name]));
  const national = (id: number) => {
    const a = appById.get(id)!;
    return { id, name: a.name, acronym: a.acronym };
  };

  const summary: Summary = {
    sharedCoverage: figures.sharedCoverage,
    functions: figures.functions
      .filter((f) => f.nationalIds.length > 0 && fnById.has(f.id))
      .slice(0, 50)
      .map((f) => {
        const meta = fnById.get(f.id)!;
        return {
          code: meta.code,
          title: meta.title,
          titleEn: meta.titleEn,
          localApplications: f.localApplications,
          nationals: f.nationalIds.map(national),
        };
      }),
    savings: figures.savings,
    agencies: [...figures.agencies.entries()]
      .map(([id, row]) => {
        const a = agencyById.get(id)!;
        return { code: a.code, name: a.name, kind: a.kind, provinceCode: a.provinceCode, ...row };
      })
      .sort((a, b) => b.applications - a.applications || a.code.localeCompare(b.code)),
    provinces: [...figures.provinces.entries()]
      .map(([code, row]) => ({ code, name: provinceName.get(code) ?? code, ...row }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    clusters: {
      count: clustering.clusters.length,
      applications: clustering.clusters.reduce((s, c) => s + c.members.length, 0),
    },
    method: {
      coveredMin: RATIONALISATION.coveredMin,
      clusterCoveredMin: RATIONALISATION.clusterCoveredMin,
      commonShare: RATIONALISATION.commonShare,
      mutualFlag: MUTUAL_FLAG_THRESHOLD,
    },
  };

  const sectorOf = (ids: { id: number }[]) => {
    for (const f of ids) {
      const s = fnById.get(f.id)?.sector;
      if (s) return s;
    }
    return null;
  };
  const clusters: repo.StoredCluster[] = clustering.clusters.map((c, k) => ({
    rank: k + 1,
    label: c.label,
    size: c.members.length,
    agencies: c.agencies,
    provinces: c.provinces,
    sector: sectorOf(c.commonFunctions),
    nationalApplicationId: c.nationalId,
    yearlyCost: c.yearlyCost,
    evidence: {
      reasons: c.reasons,
      meanScore: c.meanScore,
      commonFunctions: c.commonFunctions.slice(0, 8).flatMap((f) => {
        const meta = fnById.get(f.id);
        return meta
          ? [{ code: meta.code, title: meta.title, titleEn: meta.titleEn, members: f.members }]
          : [];
      }),
      coveredFunctions: c.coveredFunctionIds.flatMap((id) => {
        const meta = fnById.get(id);
        return meta ? [meta.code] : [];
      }),
    },
    members: c.members.map((id) => {
      const a = appById.get(id)!;
      return {
        applicationId: id,
        agencyId: a.agencyId,
        agencyKind: a.agencyKind,
        provinceCode: a.provinceCode,
      };
    }),
  }));
  const covered = [...clustering.coverage.entries()].flatMap(([id, c]) =>
    c.share !== null && c.share >= RATIONALISATION.coveredMin && c.nationalIds.length
      ? [
          {
            applicationId: id,
            agencyId: appById.get(id)!.agencyId,
            share: c.share,
            nationalApplicationId: c.nationalIds[0]!,
          },
        ]
      : [],
  );
  const durationMs = Math.round(performance.now() - started);
  await repo.replaceRun(db, {
    computedAt,
    durationMs,
    applications: apps.length,
    summary,
    clusters,
    covered,
  });
  return {
    computedAt,
    durationMs,
    applications: apps.length,
    clusters: clusters.length,
    covered: covered.length,
  };
}

const running = new WeakMap<Db, Promise<Awaited<ReturnType<typeof runClustering>>>>();

/**
 * Recomputes the national picture after a change to many applications (a bulk import): call it
 * without awaiting when the import has committed. Calls while a run is in flight share that run
 * and then start one more, so the stored picture always includes the last import.
 */
export function refreshNationalPicture(db: Db): Promise<Awaited<ReturnType<typeof runClustering>>> {
  const current = running.get(db);
  const next = (current ? current.catch(() => undefined) : Promise.resolve()).then(() => runClustering(db));
  running.set(db, next);
  void next.finally(() => {
    if (running.get(db) === next) running.delete(db);
  });
  return next;
}

/** How old the stored picture may grow on a long-running Node server before it is recomputed. */
export const PICTURE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** Recomputes the national picture when it was never computed or is `maxAgeMs` old; says whether it did. */
export async function refreshNationalPictureIfStale(db: Db, maxAgeMs: number): Promise<boolean> {
  const run = await repo.latestRun(db);
  if (run && Date.now() - run.computedAt.getTime() < maxAgeMs) return false;
  await refreshNationalPicture(db);
  return true;
}

/**
 * Keeps the national picture current on a long-running server (Node; Workers use their cron
 * trigger): recomputes it now when it was never computed or is older than `maxAgeMs`, then checks
 * again every `checkEveryMs`. The job yields between chunks, so requests keep being served. Returns
 * a function that stops the checks.
 */
export function scheduleNationalPicture(
  db: Db,
  opts: { maxAgeMs?: number; checkEveryMs?: number; onError: (e: unknown) => void },
): () => void {
  const check = () => refreshNationalPictureIfStale(db, opts.maxAgeMs ?? PICTURE_MAX_AGE_MS);
  check().catch(opts.onError);
  const timer = setInterval(() => check().catch(opts.onError), opts.checkEveryMs ?? 60 * 60 * 1000);
  (timer as { unref?: () => void }).unref?.();
  return () => clearInterval(timer);
}

/** The stored run, or undefined when the job has not run yet. */
async function storedRun(db: Db) {
  const run = await repo.latestRun(db);
  return run && { ...run, summary: run.summary as Summary };
}

export interface ClusterEvidence {
  reasons: ('name' | 'acronym' | 'functions' | 'overlap')[];
  meanScore: number;
  commonFunctions: { code: string; title: string; titleEn: string; members: number }[];
  coveredFunctions: string[];
}

const clusterItem = (c: repo.ClusterRow, applicationIds?: number[]) => ({
  id: c.id,
  rank: c.rank,
  label: c.label,
  size: c.size,
  agencies: c.agencies,
  provinces: c.provinces,
  sector: c.sector,
  yearlyCost: c.yearlyCost,
  national: c.nationalId ? { id: c.nationalId, name: c.nationalName!, acronym: c.nationalAcronym } : null,
  evidence: c.evidence as ClusterEvidence,
  applicationIds: applicationIds ?? [],
});

/**
 * The national picture as the page and the API show it: the stored run's figures and its largest
 * clusters matching the filters. `computedAt` null means the job has not run yet.
 */
export async function nationalPicture(db: Db, q: RationalisationQuery) {
  const [run, sectors, provinces] = await Promise.all([
    storedRun(db),
    repo.sectors(db),
    repo.provinceNames(db),
  ]);
  const options = { sectors, provinces };
  if (!run) return { run: null, options, clusters: { items: [], total: 0 } };
  const found = await repo.largestClusters(db, run.id, {
    sector: q.sector,
    kind: q.kind,
    province: q.province,
    limit: SHOWN.clusters,
  });
  const ids = await repo.memberIds(
    db,
    found.items.map((c) => c.id),
  );
  return {
    run: {
      computedAt: run.computedAt,
      durationMs: run.durationMs,
      applications: run.applications,
      summary: run.summary,
    },
    options,
    clusters: { items: found.items.map((c) => clusterItem(c, ids.get(c.id))), total: found.total },
  };
}

export type NationalPicture = Awaited<ReturnType<typeof nationalPicture>>;

/** One cluster of the latest run with its applications, or NotFound (also for an older run's id). */
export async function clusterDetail(db: Db, id: number) {
  const [found, run] = await Promise.all([repo.clusterWithMembers(db, id), repo.latestRun(db)]);
  if (!found || !run) throw new NotFound(msg('rat.clusterNotFound', { id }));
  return {
    computedAt: run.computedAt,
    cluster: clusterItem(
      found.cluster,
      found.members.map((m) => m.id),
    ),
    members: found.members,
  };
}

/**
 * An agency's own view: its applications national services cover, and the clusters it belongs
 * to with the other agencies in them ("who to talk to"). Null when the job has not run yet.
 */
export async function agencyPicture(db: Db, agencyId: number) {
  const run = await repo.latestRun(db);
  if (!run) return null;
  const [covered, clusters] = await Promise.all([
    repo.coveredOfAgency(db, agencyId),
    repo.clustersOfAgency(db, agencyId, 8),
  ]);
  return {
    computedAt: run.computedAt,
    covered,
    clusters: clusters.map((c) => ({ ...clusterItem(c), own: c.own, peers: c.peers })),
  };
}

export type AgencyPicture = NonNullable<Awaited<ReturnType<typeof agencyPicture>>>;

/** The charts whose numbers download as CSV. */
export const CSV_CHARTS = ['klaster', 'fungsi', 'provinsi', 'instansi'] as const;
export type CsvChart = (typeof CSV_CHARTS)[number];

/** A CSV cell: quoted when needed; a leading =, +, - or @ is neutralised (spreadsheet formulas). */
const cell = (v: string | number | null) => {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvText = (header: string[], rows: (string | number | null)[][]) =>
  `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;

/**
 * The numbers behind one chart of the page, as CSV (UTF-8 with BOM, so spreadsheets read the
 * Indonesian names): the filtered clusters, the functions, the provinces, or every agency.
 */
export async function chartCsv(db: Db, chart: CsvChart, q: RationalisationQuery): Promise<string> {
  const p = await nationalPicture(db, q);
  const s = p.run?.summary;
  const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 0);
  switch (chart) {
    case 'klaster':
      return csvText(
        [
          'rank',
          'label',
          'applications',
          'agencies',
          'provinces',
          'sector',
          'national_service',
          'yearly_cost_rupiah',
        ],
        p.clusters.items.map((c) => [
          c.rank,
          c.label,
          c.size,
          c.agencies,
          c.provinces,
          c.sector,
          c.national ? (c.national.acronym ?? c.national.name) : null,
          c.yearlyCost,
        ]),
      );
    case 'fungsi':
      return csvText(
        ['code', 'title', 'agency_applications', 'national_services'],
        (s?.functions ?? []).map((f) => [
          f.code,
          f.title,
          f.localApplications,
          f.nationals.map((a) => a.acronym ?? a.name).join('; '),
        ]),
      );
    case 'provinsi':
      return csvText(
        ['province_code', 'name', 'applications', 'with_functions', 'covered', 'covered_share', 'clusters'],
        (s?.provinces ?? []).map((r) => [
          r.code,
          r.name,
          r.applications,
          r.withFunctions,
          r.covered,
          ratio(r.covered, r.withFunctions),
          r.clusters,
        ]),
      );
    case 'instansi':
      return csvText(
        [
          'agency_code',
          'name',
          'kind',
          'province_code',
          'applications',
          'with_functions',
          'covered',
          'covered_share',
          'clusters',
          'covered_yearly_cost_rupiah',
        ],
        (s?.agencies ?? []).map((r) => [
          r.code,
          r.name,
          r.kind,
          r.provinceCode,
          r.applications,
          r.withFunctions,
          r.covered,
          ratio(r.covered, r.withFunctions),
          r.clusters,
          r.coveredYearlyCost,
        ]),
      );
  }
}

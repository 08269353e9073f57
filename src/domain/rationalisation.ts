/**
 * The national picture (issue 17): every published agency application grouped into clusters of
 * look-alikes, the national service that covers each cluster, and the figures the ministers are
 * asked about (shared coverage, functions rebuilt locally, savings, per agency and per province).
 *
 * Pure, and built from the overlap engine's own pieces rather than a second scoring: the keys of
 * `clusterLookAlikes` (the name without its place words, the acronym without its region suffix,
 * the function signature), `scoreCandidate` for "high mutual overlap" and `sharedCoverage` for
 * what a national service covers. The work is a generator that yields after every `chunk`
 * applications, so a caller can give the event loop a turn between batches (the job runs beside
 * live requests on Node) or simply drain it (tests, a cron invocation).
 * docs/decisions/0026-national-clusters.md.
 */
import { acronymBase, type ClusterMember, clusterLookAlikes, nameKey } from './clusters';
import {
  type CandidateProfile,
  type FunctionStats,
  OVERLAP_WEIGHTS,
  type ProposalProfile,
  scoreCandidate,
  sharedCoverage,
} from './overlap';
import { contentTerms } from './text';

/** One published application as the job reads it. */
export interface CatalogueApp {
  id: number;
  name: string;
  acronym: string | null;
  description: string;
  agencyId: number;
  agencyName: string;
  agencyKind: string;
  /** Two-digit province of a regional agency; null for central agencies. */
  provinceCode: string | null;
  national: boolean;
  /** Reported yearly cost in rupiah; null when the agency reported none. */
  yearlyCost: number | null;
  functions: { id: number; parentId: number }[];
  /** Data entities it masters or produces (consuming is integration, not duplication). */
  heldData: number[];
}

/** Thresholds of the national picture, in one place. */
export const RATIONALISATION = {
  /** An application counts as covered when national services perform this weighted share of its functions. */
  coveredMin: 0.75,
  /** A cluster is covered by the national service performing this share of its common functions. */
  clusterCoveredMin: 0.5,
  /** A function is "common" to a cluster when at least this share of its members performs it. */
  commonShare: 0.5,
  /** Clusters a lone application is compared with, found through its rarest functions. */
  overlapCandidates: 25,
  /** Members scored against the cluster's example for its evidence. */
  evidenceSample: 200,
} as const;

/** How a cluster's members came together. */
export type ClusterReason = 'name' | 'acronym' | 'functions' | 'overlap';

export interface CatalogueCluster {
  label: string;
  /** Member application ids, the example first. */
  members: number[];
  exampleId: number;
  agencies: number;
  provinces: number;
  reasons: ClusterReason[];
  /** Functions performed by at least `commonShare` of the members, most performed first. */
  commonFunctions: { id: number; members: number }[];
  /** The national service performing most of the common functions, when it performs enough. */
  nationalId: number | null;
  coveredFunctionIds: number[];
  /** Mean overlap score (the engine's) of the sampled members against the example. */
  meanScore: number;
  yearlyCost: number;
}

export interface CatalogueClustering {
  clusters: CatalogueCluster[];
  /**
   * Each agency application's weighted share of functions national services perform (null: none
   * registered), and the national services performing any of them, most functions first.
   */
  coverage: Map<number, { share: number | null; nationalIds: number[] }>;
  stats: FunctionStats;
}

/** Rarity statistics over the given applications, as the overlap check reads them (function_usage). */
export function functionStatsOf(apps: readonly CatalogueApp[]): FunctionStats {
  const functionDf = new Map<number, number>();
  const parentDf = new Map<number, number>();
  for (const a of apps)
    for (const f of a.functions) {
      functionDf.set(f.id, (functionDf.get(f.id) ?? 0) + 1);
      parentDf.set(f.parentId, (parentDf.get(f.parentId) ?? 0) + 1);
    }
  return { applications: apps.length, functionDf, parentDf };
}

const proposalOf = (a: CatalogueApp): ProposalProfile => ({
  functions: a.functions.map((f) => ({ kind: 'function' as const, id: f.id, parentId: f.parentId })),
  dataEntities: a.heldData,
  nameTerms: contentTerms(`${a.name} ${a.acronym ?? ''}`),
  descriptionTerms: contentTerms(a.description),
});

const candidateOf = (a: CatalogueApp, p: ProposalProfile): CandidateProfile => ({
  id: a.id,
  functions: a.functions,
  dataEntities: a.heldData.map((id) => ({ id, role: 'master' as const })),
  terms: [...p.nameTerms, ...p.descriptionTerms],
});

/**
 * Groups the agency applications of `apps` (national services are what clusters are compared
 * with, never members) and measures each one's coverage by the national services. Yields the
 * number of applications handled so far after every `chunk`; returns the clustering.
 */
export function* clusterCatalogue(
  apps: readonly CatalogueApp[],
  opts: { chunk?: number } = {},
): Generator<number, CatalogueClustering> {
  const chunk = Math.max(1, opts.chunk ?? 500);
  const stats = functionStatsOf(apps);
  const local = apps.filter((a) => !a.national);
  const nationals = apps.filter((a) => a.national).sort((a, b) => a.id - b.id);
  const nationalProfiles = nationals.map((a) => candidateOf(a, { ...proposalOf(a) }));
  let handled = 0;

  // 1. The look-alike keys of domain/clusters.ts, joined transitively (union-find).
  const parent = local.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const reasonsOf = new Map<number, Set<ClusterReason>>();
  const byKey = new Map<string, number>();
  for (let i = 0; i < local.length; i++) {
    const a = local[i]!;
    const keys: [string | null, ClusterReason][] = [
      [`n:${nameKey(a.name, a.agencyName)}`, 'name'],
      [a.acronym ? `a:${acronymBase(a.acronym)!.toLowerCase()}` : null, 'acronym'],
      [
        a.functions.length
          ? `f:${a.functions
              .map((f) => f.id)
              .sort((x, y) => x - y)
              .join(',')}`
          : null,
        'functions',
      ],
    ];
    for (const [key, reason] of keys) {
      if (!key || key === 'n:' || key === 'a:') continue;
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, i);
      else {
        union(seen, i);
        for (const j of [seen, i]) {
          const set = reasonsOf.get(j) ?? new Set();
          set.add(reason);
          reasonsOf.set(j, set);
        }
      }
    }
    if (++handled % chunk === 0) yield handled;
  }

  // 2. A lone application joins a cluster when it and the cluster's example flag each other by
  // the engine's score. Candidates come through the lone application's rarest functions.
  const groups = new Map<number, number[]>();
  for (let i = 0; i < local.length; i++) {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  }
  const profiles = new Map<number, ProposalProfile>();
  const profile = (i: number) => {
    let p = profiles.get(i);
    if (!p) {
      p = proposalOf(local[i]!);
      profiles.set(i, p);
    }
    return p;
  };
  const exampleOf = (members: number[]) =>
    members.reduce((best, i) =>
      local[i]!.functions.length > local[best]!.functions.length ||
      (local[i]!.functions.length === local[best]!.functions.length && local[i]!.id < local[best]!.id)
        ? i
        : best,
    );
  const examples = new Map<number, number>();
  const clustersByFunction = new Map<number, number[]>();
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    const example = exampleOf(members);
    examples.set(root, example);
    for (const f of local[example]!.functions) {
      const list = clustersByFunction.get(f.id) ?? [];
      list.push(root);
      clustersByFunction.set(f.id, list);
    }
  }
  const joined = new Map<number, number[]>();
  for (const [root, members] of groups) {
    if (members.length !== 1) continue;
    const i = members[0]!;
    const a = local[i]!;
    const rarest = [...a.functions]
      .sort((x, y) => (stats.functionDf.get(x.id) ?? 0) - (stats.functionDf.get(y.id) ?? 0) || x.id - y.id)
      .slice(0, 2);
    const candidates = [...new Set(rarest.flatMap((f) => clustersByFunction.get(f.id) ?? []))].slice(
      0,
      RATIONALISATION.overlapCandidates,
    );
    let best: { root: number; score: number } | null = null;
    for (const c of candidates) {
      const e = examples.get(c)!;
      const there = scoreCandidate(profile(i), candidateOf(local[e]!, profile(e)), stats);
      if (!there.flagged) continue;
      const back = scoreCandidate(profile(e), candidateOf(a, profile(i)), stats);
      if (!back.flagged) continue;
      const score = Math.min(there.score, back.score);
      if (!best || score > best.score) best = { root: c, score };
    }
    if (best) {
      const list = joined.get(best.root) ?? [];
      list.push(i);
      joined.set(best.root, list);
      groups.delete(root);
      reasonsOf.set(i, new Set(['overlap']));
    }
    if (++handled % chunk === 0) yield handled;
  }
  for (const [root, extra] of joined) groups.get(root)!.push(...extra);

  // 3. Each cluster: its label (domain/clusters.ts's rule), common functions, national service, evidence.
  const clusters: CatalogueCluster[] = [];
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    const example = examples.get(root) ?? exampleOf(members);
    const apps_ = members.map((i) => local[i]!);
    const asMembers: ClusterMember[] = apps_.map((m) => ({
      id: m.id,
      name: m.name,
      acronym: m.acronym,
      agencyCode: String(m.agencyId),
      agencyName: m.agencyName,
      score: 1,
      flagged: false,
      matchedFunctions: m.functions.map((f) => f.id),
    }));
    const label = clusterLookAlikes(asMembers)[0]!.label;
    const counts = new Map<number, { parentId: number; n: number }>();
    for (const m of apps_)
      for (const f of m.functions) {
        const c = counts.get(f.id);
        if (c) c.n++;
        else counts.set(f.id, { parentId: f.parentId, n: 1 });
      }
    const common = [...counts.entries()]
      .filter(([, c]) => c.n >= Math.max(1, members.length * RATIONALISATION.commonShare))
      .sort((x, y) => y[1].n - x[1].n || x[0] - y[0]);
    let nationalId: number | null = null;
    let coveredFunctionIds: number[] = [];
    if (common.length) {
      const clusterProfile: ProposalProfile = {
        functions: common.map(([id, c]) => ({ kind: 'function' as const, id, parentId: c.parentId })),
        dataEntities: [],
        nameTerms: [],
        descriptionTerms: [],
      };
      const cov = sharedCoverage(clusterProfile, nationalProfiles, stats);
      const best = [...cov.coveredBy.entries()].sort((x, y) => y[1].length - x[1].length || x[0] - y[0])[0];
      if (best && best[1].length / common.length >= RATIONALISATION.clusterCoveredMin) {
        nationalId = best[0];
        coveredFunctionIds = best[1].map((k) => common[k]![0]);
      }
    }
    const e = local[example]!;
    const sample = members.filter((i) => i !== example).slice(0, RATIONALISATION.evidenceSample);
    const exampleProfile = candidateOf(e, profile(example));
    const meanScore =
      sample.reduce((sum, i) => sum + scoreCandidate(profile(i), exampleProfile, stats).score, 0) /
      Math.max(1, sample.length);
    const reasons = new Set<ClusterReason>();
    for (const i of members) for (const r of reasonsOf.get(i) ?? []) reasons.add(r);
    clusters.push({
      label,
      members: [
        e.id,
        ...apps_
          .filter((m) => m.id !== e.id)
          .map((m) => m.id)
          .sort((x, y) => x - y),
      ],
      exampleId: e.id,
      agencies: new Set(apps_.map((m) => m.agencyId)).size,
      provinces: new Set(apps_.flatMap((m) => (m.provinceCode ? [m.provinceCode] : []))).size,
      reasons: (['name', 'acronym', 'functions', 'overlap'] as const).filter((r) => reasons.has(r)),
      commonFunctions: common.map(([id, c]) => ({ id, members: c.n })),
      nationalId,
      coveredFunctionIds,
      meanScore: Math.round(meanScore * 1000) / 1000,
      yearlyCost: apps_.reduce((s, m) => s + (m.yearlyCost ?? 0), 0),
    });
    // Profiles of a finished cluster are not needed again.
    for (const i of sample) profiles.delete(i);
    handled += members.length;
    if (handled % chunk < members.length) yield handled;
  }
  clusters.sort(
    (a, b) => b.members.length - a.members.length || b.agencies - a.agencies || a.exampleId - b.exampleId,
  );

  // 4. Each agency application's coverage by the national services (only exact functions count).
  const coverage = new Map<number, { share: number | null; nationalIds: number[] }>();
  for (let i = 0; i < local.length; i++) {
    const a = local[i]!;
    const p: ProposalProfile = {
      functions: a.functions.map((f) => ({ kind: 'function' as const, id: f.id, parentId: f.parentId })),
      dataEntities: [],
      nameTerms: [],
      descriptionTerms: [],
    };
    const cov = sharedCoverage(p, nationalProfiles, stats);
    const nationalIds = [...cov.coveredBy.entries()]
      .sort((x, y) => y[1].length - x[1].length || x[0] - y[0])
      .map(([id]) => id);
    coverage.set(a.id, { share: cov.coverage, nationalIds });
    if (++handled % chunk === 0) yield handled;
  }
  return { clusters, coverage, stats };
}

/** Runs `clusterCatalogue` to the end at once (tests, a cron invocation that may block). */
export function clusterCatalogueNow(apps: readonly CatalogueApp[]): CatalogueClustering {
  const gen = clusterCatalogue(apps);
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

/** A row of the per agency or per province table. */
export interface AreaFigures {
  applications: number;
  /** Applications with at least one registered function (the base of the covered share). */
  withFunctions: number;
  covered: number;
  clusters: number;
  coveredYearlyCost: number;
}

export interface NationalFigures {
  /** Registered function instances of agency applications, and those a national service performs. */
  sharedCoverage: { instances: number; covered: number; share: number };
  /** Per function: agency applications performing it and the national services that do. */
  functions: { id: number; localApplications: number; nationalIds: number[] }[];
  savings: {
    agencyApplications: number;
    coveredApplications: number;
    coveredReportingCost: number;
    reportedYearlyCost: number;
    medianYearlyCost: number;
    estimatedYearlyCost: number;
    /** Share of agency applications that report a yearly cost. */
    reportingShare: number;
  };
  agencies: Map<number, AreaFigures>;
  /** Keyed by province code; '' for central agencies. */
  provinces: Map<string, AreaFigures>;
}

/**
 * The figures of the rationalisation page from the applications and their clustering: shared
 * coverage (function instances), the functions most rebuilt locally, the estimated saving and
 * the per agency and per province tables.
 */
export function nationalFigures(
  apps: readonly CatalogueApp[],
  clustering: CatalogueClustering,
): NationalFigures {
  const local = apps.filter((a) => !a.national);
  const performedBy = new Map<number, number[]>();
  for (const a of apps)
    if (a.national)
      for (const f of a.functions) {
        const list = performedBy.get(f.id) ?? [];
        if (!list.includes(a.id)) list.push(a.id);
        performedBy.set(f.id, list);
      }
  let instances = 0;
  let covered = 0;
  const localCount = new Map<number, number>();
  for (const a of local)
    for (const f of a.functions) {
      instances++;
      if (performedBy.has(f.id)) covered++;
      localCount.set(f.id, (localCount.get(f.id) ?? 0) + 1);
    }
  const functions = [...localCount.entries()]
    .map(([id, n]) => ({
      id,
      localApplications: n,
      nationalIds: (performedBy.get(id) ?? []).sort((x, y) => x - y),
    }))
    .sort((a, b) => b.localApplications - a.localApplications || a.id - b.id);

  const isCovered = (a: CatalogueApp) =>
    (clustering.coverage.get(a.id)?.share ?? 0) >= RATIONALISATION.coveredMin;
  const coveredApps = local.filter(isCovered);
  const costs = coveredApps.flatMap((a) => (a.yearlyCost !== null && a.yearlyCost > 0 ? [a.yearlyCost] : []));
  const sorted = [...costs].sort((a, b) => a - b);
  const median = sorted.length
    ? sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]!
      : Math.round((sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2)
    : 0;
  const reported = costs.reduce((s, c) => s + c, 0);
  const reportingAll = local.filter((a) => a.yearlyCost !== null && a.yearlyCost > 0).length;

  const clustersOf = new Map<number, number>();
  clustering.clusters.forEach((c, k) => {
    for (const id of c.members) clustersOf.set(id, k);
  });
  const agencies = new Map<number, AreaFigures>();
  const provinces = new Map<string, AreaFigures>();
  const agencyClusters = new Map<number, Set<number>>();
  const provinceClusters = new Map<string, Set<number>>();
  const empty = (): AreaFigures => ({
    applications: 0,
    withFunctions: 0,
    covered: 0,
    clusters: 0,
    coveredYearlyCost: 0,
  });
  for (const a of local) {
    const province = a.provinceCode ?? '';
    for (const [map, key] of [
      [agencies, a.agencyId],
      [provinces, province],
    ] as const) {
      const row = (map as Map<number | string, AreaFigures>).get(key) ?? empty();
      row.applications++;
      if (a.functions.length) row.withFunctions++;
      if (isCovered(a)) {
        row.covered++;
        row.coveredYearlyCost += a.yearlyCost ?? 0;
      }
      (map as Map<number | string, AreaFigures>).set(key, row);
    }
    const k = clustersOf.get(a.id);
    if (k !== undefined) {
      const s1 = agencyClusters.get(a.agencyId) ?? new Set();
      s1.add(k);
      agencyClusters.set(a.agencyId, s1);
      const s2 = provinceClusters.get(province) ?? new Set();
      s2.add(k);
      provinceClusters.set(province, s2);
    }
  }
  for (const [id, s] of agencyClusters) agencies.get(id)!.clusters = s.size;
  for (const [code, s] of provinceClusters) provinces.get(code)!.clusters = s.size;

  return {
    sharedCoverage: { instances, covered, share: instances ? covered / instances : 0 },
    functions,
    savings: {
      agencyApplications: local.length,
      coveredApplications: coveredApps.length,
      coveredReportingCost: costs.length,
      reportedYearlyCost: reported,
      medianYearlyCost: median,
      estimatedYearlyCost: reported + median * (coveredApps.length - costs.length),
      reportingShare: local.length ? reportingAll / local.length : 0,
    },
    agencies,
    provinces,
  };
}

/** The flag threshold the mutual-overlap step uses, for the page's method note. */
export const MUTUAL_FLAG_THRESHOLD = OVERLAP_WEIGHTS.flagThreshold;

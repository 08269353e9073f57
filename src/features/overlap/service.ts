import type { Db } from '../../../db/client';
import { PUBLIC_STATUSES } from '../../../db/schema/applications';
import { clusterLookAlikes } from '../../domain/clusters';
import { inferFunctions } from '../../domain/inference';
import {
  type CandidateProfile,
  candidateLists,
  flagNationalServices,
  OVERLAP_WEIGHTS,
  type OverlapResult,
  type ProposalProfile,
  type ProposedFunction,
  rankCandidates,
  scoreCandidate,
  sharedCoverage,
} from '../../domain/overlap';
import { contentTerms, termWords } from '../../domain/text';
import { Invalid } from '../../kernel/errors';
import { msg } from '../../kernel/i18n';
import { applicationDetail, type Viewer } from '../catalogue/service';
import * as reads from './reads-cache';
import * as repo from './repo';
import type { OverlapInput } from './schemas';
import { vocabulary } from './vocabulary';

/**
 * Candidate generation (domain/overlap.ts candidateLists): the `k` applications sharing the most
 * of P's functions, data entities and first `terms` content terms are scored exactly, besides
 * every national service (always scored, so the `shared` answer never depends on these bounds).
 * Functions are read rarest first up to `budget` postings; a term matching more than
 * `termShare` of the published applications (at least `minTermList`) is left out — it says little
 * about any one of them, and reading it is most of a check's cost at 30,000 applications
 * (docs/benchmarks.md).
 */
export const CANDIDATES = { k: 60, terms: 8, budget: 2_500, termShare: 0.01, minTermList: 200 } as const;
const MAX_MATCHES = 20;
const MAX_SHARED = 10;
const MAX_CLUSTERS = 10;
/** A national service at or above this score is listed under `shared` even with no function in common. */
const SHARED_MIN = 0.3;
/** Local applications at or above this score (or flagged) are grouped into `clusters`. */
const CLUSTER_MIN = 0.3;

/** What scoring compares: a proposal's resolved functions (picked and inferred), data and words. */
function proposalOf(
  input: OverlapInput,
  functionCodes: string[],
  inferred: ReturnType<typeof inferFunctions>,
  fns: repo.ResolvedFunction[],
  parents: { code: string; id: number; title: string }[],
  entities: { id: number }[],
) {
  const fnByCode = new Map(fns.map((f) => [f.code, f]));
  // An inferred function retired from the catalogue is simply not inferred.
  const inferredKnown = inferred.filter((f) => fnByCode.has(f.code));
  const proposed: (ProposedFunction & { code: string; title: string; inferred: boolean })[] = [
    ...functionCodes.map((code) => {
      const f = fnByCode.get(code)!;
      return {
        kind: 'function' as const,
        id: f.id,
        parentId: f.parentId,
        code,
        title: f.title,
        inferred: false,
      };
    }),
    ...parents.map((p) => ({
      kind: 'parent' as const,
      parentId: p.id,
      code: p.code,
      title: p.title,
      inferred: false,
    })),
    ...inferredKnown.map((i) => {
      const f = fnByCode.get(i.code)!;
      return {
        kind: 'function' as const,
        id: f.id,
        parentId: f.parentId,
        factor: OVERLAP_WEIGHTS.inferredWeight * i.confidence,
        code: i.code,
        title: f.title,
        inferred: true,
      };
    }),
  ];
  const profile: ProposalProfile = {
    functions: proposed,
    dataEntities: entities.map((e) => e.id),
    nameTerms: contentTerms(input.name),
    descriptionTerms: contentTerms(input.description ?? ''),
  };
  return { fnByCode, inferredKnown, proposed, profile };
}

/**
 * Checks a proposal (or an application's own profile) for overlap with every published
 * application: candidates come from the database — the applications on the most (and most
 * telling) of the posting lists of what the proposal names (functions, data entities held,
 * content terms), and every shared application — then each is scored exactly with its evidence.
 * What is kept in memory between checks is kept for one data version only (reads-cache.ts), so
 * the answer is right as soon as the catalogue changes. The cost that matters is SQL time plus JS
 * time: six small queries, the two that scale returning one JSON document each (bench/overlap.ts)
 * and answered from memory when already read at this version, in at most three round trips on a
 * remote database (the codes, their statistics and the data version are read as one batch).
 */
export async function checkOverlap(
  db: Db,
  input: OverlapInput,
  opts: { excludeApplicationId?: number } = {},
) {
  const statuses = PUBLIC_STATUSES;
  const codes = input.functions ?? [];
  const functionCodes = codes.filter((c) => c.split('.').length === 4);
  const parentCodes = codes.filter((c) => c.split('.').length === 3);
  // What the name and description say the proposal does, beside what the operator picked.
  const inferred = inferFunctions(vocabulary(), input.name, input.description ?? '', {
    exclude: new Set(functionCodes),
  });
  // The codes, and the rarity statistics of what they name, in one round trip (reads-cache.ts).
  const wanted = [...functionCodes, ...inferred.map((f) => f.code)];
  const { fns, parents, entities, stats, version } = await reads.codesAndStats(
    db,
    wanted,
    parentCodes,
    input.dataEntities ?? [],
    statuses,
  );
  // Unknown codes are reported, never silently dropped.
  const issues = [
    ...codes.flatMap((code, i) =>
      fns.some((f) => f.code === code) || parents.some((p) => p.code === code)
        ? []
        : [
            {
              field: `functions.${i}`,
              message: msg('overlap.err.unknownFunction', { code }),
            },
          ],
    ),
    ...(input.dataEntities ?? []).flatMap((code, i) =>
      entities.some((e) => e.code === code)
        ? []
        : [
            {
              field: `dataEntities.${i}`,
              message: msg('overlap.err.unknownDataEntity', { code }),
            },
          ],
    ),
  ];
  if (issues.length) throw new Invalid(msg('overlap.err.unknownCodes'), issues);

  const { fnByCode, inferredKnown, proposed, profile } = proposalOf(
    input,
    functionCodes,
    inferred,
    fns,
    parents,
    entities,
  );
  // Evidence shows the proposal's own words: a literal word first, the name before the description.
  const shownWords = new Map<string, string>();
  const nameWords = termWords(input.name);
  const descriptionWords = termWords(input.description ?? '');
  for (const literal of [true, false])
    for (const m of [nameWords, descriptionWords])
      for (const [term, w] of m)
        if (w.literal === literal && !shownWords.has(term)) shownWords.set(term, w.word);

  // Candidates: the applications sharing the most of what the database can see of the score.
  const lists = candidateLists(profile, stats, {
    ...CANDIDATES,
    maxTermList: Math.max(CANDIDATES.minTermList, Math.round(stats.applications * CANDIDATES.termShare)),
  });
  // Both reads answer from memory what they already read at this data version (reads-cache.ts).
  const postings = await reads.postingLists(
    db,
    version,
    statuses,
    lists.map((l) => ({ list: l.list, limit: l.max + 1 })),
  );
  const ranked = rankCandidates(lists, postings, CANDIDATES.k);
  // Every national service is a candidate too (the repository adds them), for the coverage.
  const rows = await reads.candidateProfiles(db, version, ranked, statuses, {
    excludeId: opts.excludeApplicationId,
    functions: profile.functions.length > 0,
    entities: profile.dataEntities,
  });

  const apps = new Map(rows.map((a) => [a.id, a]));
  const isNational = (id: number) => apps.get(id)!.scope === 'national';
  const byApp = new Map<number, CandidateProfile>();
  for (const a of rows) {
    byApp.set(a.id, {
      id: a.id,
      functions: a.functions,
      dataEntities: a.dataEntities,
      terms: a.terms,
    });
  }
  const entityById = new Map(entities.map((e) => [e.id, e]));

  const scored = [...byApp.values()].map((c) => ({ c, r: scoreCandidate(profile, c, stats) }));
  scored.sort(
    (x, y) =>
      y.r.score - x.r.score || Number(isNational(y.c.id)) - Number(isNational(x.c.id)) || x.c.id - y.c.id,
  );

  const nationalProfiles = [...byApp.values()].filter((c) => isNational(c.id)).sort((x, y) => x.id - y.id);
  const coverage = sharedCoverage(profile, nationalProfiles, stats);
  const nationalFlags = flagNationalServices(
    profile,
    scored
      .filter(({ c }) => isNational(c.id))
      .map(({ c, r }) => ({
        id: c.id,
        score: r.score,
        flagged: r.flagged,
        covered: coverage.coveredBy.get(c.id) ?? [],
      })),
  );
  for (const s of scored) {
    const flag = nationalFlags.get(s.c.id);
    if (flag !== undefined) s.r = { ...s.r, flagged: flag };
  }

  const describe = (id: number) => {
    const a = apps.get(id)!;
    return {
      id: a.id,
      name: a.name,
      acronym: a.acronym,
      agency: { code: a.agencyCode, name: a.agencyName },
      category: a.category,
      scope: a.scope,
    };
  };
  const round = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);
  const evidenceOf = (r: OverlapResult) => ({
    functionScore: round(r.functionScore),
    dataScore: round(r.dataScore),
    textScore: round(r.textScore)!,
    functions: r.matchedFunctions.map((m) => {
      const f = m.proposed as (typeof proposed)[number];
      return { code: f.code, title: f.title, match: m.match, inferred: f.inferred };
    }),
    dataEntities: r.matchedDataEntities.map((e) => ({
      code: entityById.get(e.id)!.code,
      name: entityById.get(e.id)!.name,
      role: e.role,
    })),
    // As the proposal wrote them, not as stems.
    terms: [...new Set(r.matchedTerms.map((t) => shownWords.get(t) ?? t))],
  });
  const entry = ({ c, r }: (typeof scored)[number]) => ({
    application: describe(c.id),
    score: round(r.score)!,
    flagged: r.flagged,
    evidence: evidenceOf(r),
  });

  // National services that overlap: those performing one of P's functions, flagged or close.
  const shared = scored
    .filter(
      ({ c, r }) => isNational(c.id) && (coverage.coveredBy.has(c.id) || r.flagged || r.score >= SHARED_MIN),
    )
    .slice(0, MAX_SHARED)
    .map((s) => {
      const { application, score, flagged, evidence } = entry(s);
      return {
        application,
        score,
        flagged,
        coveredFunctions: (coverage.coveredBy.get(s.c.id) ?? []).map((i) => ({
          code: proposed[i]!.code,
          title: proposed[i]!.title,
        })),
        evidence,
      };
    });

  const clusters = clusterLookAlikes(
    scored
      .filter(({ c, r }) => !isNational(c.id) && (r.flagged || r.score >= CLUSTER_MIN))
      .map(({ c, r }) => {
        const a = apps.get(c.id)!;
        return {
          id: c.id,
          name: a.name,
          acronym: a.acronym,
          agencyCode: a.agencyCode,
          agencyName: a.agencyName,
          score: r.score,
          flagged: r.flagged,
          matchedFunctions: r.matchedFunctions
            .filter((m) => m.match === 'exact')
            .map((m) => proposed.indexOf(m.proposed as (typeof proposed)[number])),
        };
      }),
  )
    .slice(0, MAX_CLUSTERS)
    .map((g) => ({
      label: g.label,
      size: g.members.length,
      agencies: g.agencies,
      score: round(g.score)!,
      flagged: g.flagged,
      example: {
        id: g.example.id,
        name: g.example.name,
        agency: { code: g.example.agencyCode, name: g.example.agencyName },
      },
      applicationIds: g.members.map((m) => m.id),
    }));

  return {
    sharedCoverage: round(coverage.coverage ?? 0)!,
    shared,
    clusters,
    matches: scored
      .filter((s) => s.r.score > 0)
      .slice(0, MAX_MATCHES)
      .map(entry),
    inferredFunctions: inferredKnown.map((i) => ({
      code: i.code,
      title: fnByCode.get(i.code)!.title,
      confidence: i.confidence,
      words: i.words,
    })),
  };
}

export type OverlapReport = Awaited<ReturnType<typeof checkOverlap>>;

/** A proposal's closest national service, as `shared[0]` of its overlap report names it. */
export interface NationalMatch {
  id: number;
  name: string;
  agency: { code: string; name: string };
  score: number;
}

/** Proposals checked between two turns of the event loop. */
const NATIONAL_CHUNK = 100;

/**
 * The closest national service of each of many proposals — what `checkOverlap(db, input)
 * .shared[0]` answers for each, or null — for a bulk import's dry run. Only a national service
 * can be that answer and `checkOverlap` scores every one of them whatever its candidates, so the
 * services (with their words), the functions and the catalogue's statistics are read once for
 * all the proposals instead of once each, and nothing else is read. Unknown codes are left out
 * (the registry reports them); the event loop gets a turn every hundred proposals.
 */
export async function closestNationalServices(
  db: Db,
  inputs: readonly OverlapInput[],
  opts: { onProgress?: (done: number, total: number) => void } = {},
): Promise<(NationalMatch | null)[]> {
  if (inputs.length === 0) return [];
  const statuses = PUBLIC_STATUSES;
  const isCode = (n: number) => (c: string) => c.split('.').length === n;
  const entityCodes = [...new Set(inputs.flatMap((i) => i.dataEntities ?? []))];
  const parentCodes = [...new Set(inputs.flatMap((i) => (i.functions ?? []).filter(isCode(3))))];
  const [fns, parents, entities] = await Promise.all([
    repo.activeFunctions(db),
    repo.parentsByCodes(db, parentCodes),
    repo.dataEntitiesByCodes(db, entityCodes),
  ]);
  const fnByCode = new Map(fns.map((f) => [f.code, f]));
  const parentByCode = new Map(parents.map((p) => [p.code, p]));
  const entityByCode = new Map(entities.map((e) => [e.code, e]));
  const vocab = vocabulary();
  // Built one chunk at a time (inference is most of a proposal's cost), between turns.
  const proposalAt = (input: OverlapInput) => {
    const functionCodes = [...new Set((input.functions ?? []).filter(isCode(4)))].filter((c) =>
      fnByCode.has(c),
    );
    const inferred = inferFunctions(vocab, input.name, input.description ?? '', {
      exclude: new Set(functionCodes),
    });
    const own = [...functionCodes, ...inferred.map((f) => f.code)].flatMap((c) => fnByCode.get(c) ?? []);
    return proposalOf(
      input,
      functionCodes,
      inferred,
      own,
      (input.functions ?? []).flatMap((c) => parentByCode.get(c) ?? []),
      (input.dataEntities ?? []).flatMap((c) => entityByCode.get(c) ?? []),
    ).profile;
  };
  // Rarity of every function and level-2 code a proposal can name (stats are per id: reading
  // more ids than one proposal names gives each the same weights).
  const [stats, rows] = await Promise.all([
    repo.functionStats(
      db,
      fns.map((f) => f.id),
      [...new Set([...fns.map((f) => f.parentId), ...parents.map((p) => p.id)])],
      statuses,
    ),
    repo.candidateProfiles(db, [], statuses, {
      functions: true,
      entities: entities.map((e) => e.id),
    }),
  ]);
  const nationals = rows
    .filter((a) => a.scope === 'national')
    .sort((x, y) => x.id - y.id)
    .map((a) => ({
      row: a,
      profile: {
        id: a.id,
        functions: a.functions,
        dataEntities: a.dataEntities,
        terms: contentTerms(`${a.name} ${a.acronym ?? ''} ${a.description}`),
      } satisfies CandidateProfile,
    }));
  const noFunctions = new Map(nationals.map((n) => [n.row.id, { ...n.profile, functions: [] }]));
  const out: (NationalMatch | null)[] = [];
  for (let i = 0; i < inputs.length; i++) {
    if (i && i % NATIONAL_CHUNK === 0) {
      opts.onProgress?.(i, inputs.length);
      await nextTurn();
    }
    const profile = proposalAt(inputs[i]!);
    // As checkOverlap reads candidates: without functions when the proposal has none.
    const candidates = nationals.map((n) =>
      profile.functions.length ? n.profile : noFunctions.get(n.row.id)!,
    );
    const scored = candidates.map((c) => ({ c, r: scoreCandidate(profile, c, stats) }));
    scored.sort((x, y) => y.r.score - x.r.score || x.c.id - y.c.id);
    const coverage = sharedCoverage(profile, candidates, stats);
    const flags = flagNationalServices(
      profile,
      scored.map(({ c, r }) => ({
        id: c.id,
        score: r.score,
        flagged: r.flagged,
        covered: coverage.coveredBy.get(c.id) ?? [],
      })),
    );
    const top = scored.find(
      ({ c, r }) => coverage.coveredBy.has(c.id) || (flags.get(c.id) ?? r.flagged) || r.score >= SHARED_MIN,
    );
    const row = top && nationals.find((n) => n.row.id === top.c.id)!.row;
    out.push(
      top && row
        ? {
            id: row.id,
            name: row.name,
            agency: { code: row.agencyCode, name: row.agencyName },
            score: Math.round(top.r.score * 1000) / 1000,
          }
        : null,
    );
  }
  opts.onProgress?.(inputs.length, inputs.length);
  return out;
}

/** Gives other requests a turn: setImmediate on Node, a zero timeout where there is none. */
const nextTurn = () =>
  new Promise<void>((resolve) => {
    const g = globalThis as { setImmediate?: (f: () => void) => unknown };
    if (g.setImmediate) g.setImmediate(resolve);
    else setTimeout(resolve, 0);
  });

/**
 * "What does this one duplicate?": the same check for an application already in the catalogue,
 * from its own functions, the data it masters or produces, its name and description.
 */
export async function overlapOfApplication(db: Db, viewer: Viewer, id: number) {
  const { application: a, functions, dataEntities } = await applicationDetail(db, viewer, id);
  const input: OverlapInput = {
    name: a.acronym && a.acronym !== a.name ? `${a.name} ${a.acronym}` : a.name,
    description: a.description.slice(0, 5000),
    functions: functions.map((f) => f.code),
    dataEntities: dataEntities.filter((d) => d.role !== 'consumer').map((d) => d.code),
  };
  return checkOverlap(db, input, { excludeApplicationId: id });
}

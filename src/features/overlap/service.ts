import type { Db } from '../../../db/client';
import { PUBLIC_STATUSES } from '../../../db/schema/applications';
import {
  type CandidateProfile,
  candidateLists,
  OVERLAP_WEIGHTS,
  type ProposalProfile,
  type ProposedFunction,
  rankCandidates,
  scoreCandidate,
  sharedCoverage,
} from '../../domain/overlap';
import { contentTerms } from '../../domain/text';
import { Invalid } from '../../kernel/errors';
import { applicationDetail, type Viewer } from '../catalogue/service';
import * as repo from './repo';
import type { OverlapInput } from './schemas';

/**
 * Candidate generation (domain/overlap.ts candidateLists): the `k` applications sharing the most
 * of P's functions, data entities and first `terms` content terms are scored exactly, besides
 * every shared application. Functions are read rarest first up to `budget` postings; a term
 * matching more than `maxTermList` applications is left out.
 */
export const CANDIDATES = { k: 150, terms: 16, budget: 20_000, maxTermList: 5_000 } as const;
const MAX_MATCHES = 20;

/**
 * Checks a proposal (or an application's own profile) for overlap with every published
 * application: candidates come from the database — the applications on the most (and most
 * telling) of the posting lists of what the proposal names (functions, data entities held,
 * content terms), and every shared application — then each is scored exactly with its evidence.
 * Nothing about the catalogue is cached in memory, so the answer is right as soon as it changes.
 * Local libSQL runs on the main thread, so the cost that matters is SQL time plus JS time: five
 * small queries, the two that scale returning one JSON document each (bench/overlap.ts).
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
  const [fns, parents, entities] = await Promise.all([
    repo.functionsByCodes(db, functionCodes),
    repo.parentsByCodes(db, parentCodes),
    repo.dataEntitiesByCodes(db, input.dataEntities ?? []),
  ]);
  // Unknown codes are reported, never silently dropped.
  const issues = [
    ...codes.flatMap((code, i) =>
      fns.some((f) => f.code === code) || parents.some((p) => p.code === code)
        ? []
        : [
            {
              field: `functions.${i}`,
              message: `kode fungsi "${code}" tidak dikenal / unknown function code`,
            },
          ],
    ),
    ...(input.dataEntities ?? []).flatMap((code, i) =>
      entities.some((e) => e.code === code)
        ? []
        : [
            {
              field: `dataEntities.${i}`,
              message: `kode entitas data "${code}" tidak dikenal / unknown data entity code`,
            },
          ],
    ),
  ];
  if (issues.length) throw new Invalid('Kode tidak dikenal / Unknown codes', issues);

  const proposed: ProposedFunction[] = [
    ...fns.map((f) => ({ kind: 'function' as const, id: f.id, parentId: f.parentId })),
    ...parents.map((p) => ({ kind: 'parent' as const, parentId: p.id })),
  ];
  const profile: ProposalProfile = {
    functions: proposed,
    dataEntities: entities.map((e) => e.id),
    nameTerms: contentTerms(input.name),
    descriptionTerms: contentTerms(input.description ?? ''),
  };

  const stats = await repo.functionStats(
    db,
    fns.map((f) => f.id),
    [...new Set([...fns.map((f) => f.parentId), ...parents.map((p) => p.id)])],
    statuses,
  );
  // Candidates: the applications sharing the most of what the database can see of the score.
  const lists = candidateLists(profile, stats, CANDIDATES);
  const postings = await repo.postingLists(
    db,
    lists.map((l) => ({ list: l.list, limit: l.max + 1 })),
  );
  const ranked = rankCandidates(lists, postings, CANDIDATES.k);
  // Every shared application is a candidate too (the repository adds them), for the coverage.
  const rows = await repo.candidateProfiles(db, ranked, statuses, {
    excludeId: opts.excludeApplicationId,
    functions: profile.functions.length > 0,
    entities: profile.dataEntities,
  });

  const apps = new Map(rows.map((a) => [a.id, a]));
  const byApp = new Map<number, CandidateProfile>();
  for (const a of rows) {
    byApp.set(a.id, {
      id: a.id,
      functions: a.functions,
      dataEntities: a.dataEntities,
      terms: contentTerms(`${a.name} ${a.acronym ?? ''} ${a.description}`),
    });
  }

  const fnById = new Map(fns.map((f) => [f.id, f]));
  const parentById = new Map(parents.map((p) => [p.id, p]));
  const entityById = new Map(entities.map((e) => [e.id, e]));

  const scored = [...byApp.values()].map((c) => ({ c, r: scoreCandidate(profile, c, stats) }));
  scored.sort(
    (x, y) =>
      y.r.score - x.r.score ||
      Number(apps.get(y.c.id)!.scope === 'national') - Number(apps.get(x.c.id)!.scope === 'national') ||
      x.c.id - y.c.id,
  );

  const sharedProfiles = [...byApp.values()]
    .filter((c) => apps.get(c.id)!.scope === 'national')
    .sort((x, y) => x.id - y.id);
  const coverage = sharedCoverage(profile, sharedProfiles, stats);
  // Without functions picked, coverage falls back to the best shared application's text score,
  // so a text-only proposal still sees how much the national applications already do.
  const sharedScores = scored.filter((s) => apps.get(s.c.id)!.scope === 'national');
  const coverageValue = coverage.coverage ?? Math.max(0, ...sharedScores.map((s) => s.r.textScore));
  const coveredBy =
    coverage.coverage !== null
      ? [...coverage.coveredBy.keys()]
      : sharedScores.filter((s) => s.r.flagged).map((s) => s.c.id);

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

  return {
    sharedCoverage: round(coverageValue)!,
    coveredBy: coveredBy.map(describe),
    matches: scored
      .filter((s) => s.r.score > 0)
      .slice(0, MAX_MATCHES)
      .map(({ c, r }) => ({
        application: describe(c.id),
        score: round(r.score)!,
        flagged: r.flagged,
        evidence: {
          functionScore: round(r.functionScore),
          dataScore: round(r.dataScore),
          textScore: round(r.textScore)!,
          functions: r.matchedFunctions.map((m) => {
            const f =
              m.proposed.kind === 'function'
                ? fnById.get(m.proposed.id)!
                : parentById.get(m.proposed.parentId)!;
            return { code: f.code, title: f.title, match: m.match };
          }),
          dataEntities: r.matchedDataEntities.map((e) => ({
            code: entityById.get(e.id)!.code,
            name: entityById.get(e.id)!.name,
            role: e.role,
          })),
          terms: r.matchedTerms,
        },
      })),
    weights: {
      functions: OVERLAP_WEIGHTS.functions,
      data: OVERLAP_WEIGHTS.data,
      text: OVERLAP_WEIGHTS.text,
      flagThreshold: OVERLAP_WEIGHTS.flagThreshold,
    },
  };
}

export type OverlapReport = Awaited<ReturnType<typeof checkOverlap>>;

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

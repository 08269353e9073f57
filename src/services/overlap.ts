import type { Db } from '../../db/client';
import { PUBLIC_STATUSES } from '../../db/schema/applications';
import {
  type CandidateProfile,
  OVERLAP_WEIGHTS,
  type ProposalProfile,
  type ProposedFunction,
  rarity,
  scoreCandidate,
  sharedCoverage,
} from '../domain/overlap';
import { contentTerms } from '../domain/text';
import { Invalid } from '../errors';
import * as repo from '../repo/overlap';
import type { OverlapInput } from '../schemas/overlap';
import { applicationDetail, type Viewer } from './catalogue';

/** How many candidates each generator may propose; exact scoring runs only on these. */
const CANDIDATES = { byFunctions: 150, byData: 60, byText: 60 } as const;
const MAX_MATCHES = 20;

/**
 * Checks a proposal (or an application's own profile) for overlap with every published
 * application: candidates come from the database (function postings, data-entity holders,
 * full-text search, and all shared applications), then each is scored exactly with its evidence.
 * Nothing is cached in memory, so the answer is right as soon as the catalogue changes.
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

  const [freq, parentDf, shared] = await Promise.all([
    repo.functionFrequencies(
      db,
      fns.map((f) => f.id),
      statuses,
    ),
    repo.parentFrequencies(db, [...new Set([...fns.map((f) => f.parentId), ...parents.map((p) => p.id)])]),
    repo.sharedApplicationIds(db, statuses),
  ]);
  const stats = { applications: freq.applications, functionDf: freq.functionDf, parentDf };
  const weighted = fns.map((f) => ({
    id: f.id,
    weight: rarity(freq.functionDf.get(f.id) ?? 0, stats.applications),
  }));
  // Name terms and the first description terms: enough to find text-only duplicates, few enough
  // that the OR query stays selective.
  const textQuery = [...new Set([...profile.nameTerms, ...profile.descriptionTerms])]
    .slice(0, 10)
    .map((t) => `"${t}"*`)
    .join(' OR ');

  const [byFunctions, byData, byText] = await Promise.all([
    repo.candidatesByFunctions(db, weighted, statuses, CANDIDATES.byFunctions),
    repo.candidatesByDataEntities(db, profile.dataEntities, statuses, CANDIDATES.byData),
    repo.candidatesByText(db, textQuery || null, statuses, CANDIDATES.byText),
  ]);
  const ids = [...new Set([...shared, ...byFunctions, ...byData, ...byText])].filter(
    (id) => id !== opts.excludeApplicationId,
  );
  const data = await repo.candidateProfiles(db, ids);

  const byApp = new Map<number, CandidateProfile>();
  for (const a of data.apps) {
    byApp.set(a.id, {
      id: a.id,
      functions: [],
      dataEntities: [],
      terms: contentTerms(`${a.name} ${a.acronym ?? ''} ${a.description}`),
    });
  }
  for (const f of data.functions) byApp.get(f.appId)?.functions.push({ id: f.id, parentId: f.parentId });
  for (const e of data.entities) byApp.get(e.appId)?.dataEntities.push({ id: e.id, role: e.role });

  const fnById = new Map(fns.map((f) => [f.id, f]));
  const parentById = new Map(parents.map((p) => [p.id, p]));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const apps = new Map(data.apps.map((a) => [a.id, a]));

  const scored = [...byApp.values()].map((c) => ({ c, r: scoreCandidate(profile, c, stats) }));
  scored.sort(
    (x, y) =>
      y.r.score - x.r.score ||
      Number(apps.get(y.c.id)!.category === 'umum') - Number(apps.get(x.c.id)!.category === 'umum') ||
      x.c.id - y.c.id,
  );

  const sharedProfiles = shared.map((id) => byApp.get(id)).filter((c): c is CandidateProfile => !!c);
  const coverage = sharedCoverage(profile, sharedProfiles, stats);
  // Without functions picked, coverage falls back to the best shared application's text score,
  // so a text-only proposal still sees how much the national applications already do.
  const sharedScores = scored.filter((s) => apps.get(s.c.id)!.category === 'umum');
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

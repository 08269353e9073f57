/**
 * Overlap scoring: how much a proposed application P duplicates a candidate application A, with
 * the evidence. Pure: the service gathers the profiles and statistics, this module only scores.
 * "Overlap: what duplicate means here" in DESIGN.md is the specification.
 */

/**
 * All weights and thresholds in one place.
 * - functions carry most weight: a curated business function is the most precise statement of
 *   what an application does (free text failed in Estonia's RIHA);
 * - data entities come next: two applications mastering the same data are the clearest sign of
 *   a duplicated source of truth; consuming data is integration, not duplication, so only
 *   master/producer roles count;
 * - text catches proposals with few functions picked, and is weighted least because names and
 *   descriptions share vocabulary by accident.
 * A part the proposal gave no input for (no functions picked, no data entities) is left out and
 * the remaining weights are rescaled, so a text-only proposal can still be flagged.
 */
export const OVERLAP_WEIGHTS = {
  functions: 0.55,
  data: 0.2,
  text: 0.25,
  /** Credit for a function that only shares its level-2 parent code with one of A's. */
  parentCredit: 0.35,
  /** Name terms count this many times a description term in the text part. */
  nameTermWeight: 2,
  /** A candidate at or above this combined score is flagged as a likely duplicate. */
  flagThreshold: 0.45,
  /** Text-only proposals are flagged from this text score (text alone is weaker evidence). */
  textOnlyFlagThreshold: 0.35,
} as const;

export type Weights = typeof OVERLAP_WEIGHTS;

/** A function the proposal names: a catalogue function, or a whole level-2 RAB/RAL code. */
export type ProposedFunction =
  | { kind: 'function'; id: number; parentId: number }
  | { kind: 'parent'; parentId: number };

export interface ProposalProfile {
  functions: ProposedFunction[];
  /** Data entity ids the proposal will hold. */
  dataEntities: number[];
  /** Normalised content terms (domain/text.ts) of the name and of the description. */
  nameTerms: string[];
  descriptionTerms: string[];
}

export interface CandidateProfile {
  id: number;
  functions: { id: number; parentId: number }[];
  dataEntities: { id: number; role: 'master' | 'producer' | 'consumer' }[];
  /** Normalised content terms of the candidate's name, acronym and description. */
  terms: string[];
}

/** Catalogue statistics for rarity weights: how many applications perform each function. */
export interface FunctionStats {
  applications: number;
  functionDf: ReadonlyMap<number, number>;
  parentDf: ReadonlyMap<number, number>;
}

/**
 * Rarity weight: a function every application performs counts little, a rare one much.
 * Smoothed inverse document frequency, never below a floor so common functions still count.
 */
export function rarity(df: number, applications: number): number {
  return Math.max(0.2, Math.log((applications + 1) / (df + 1)));
}

export interface FunctionMatch {
  /** The proposal's function (or parent) id and whether A performs it or only its parent. */
  proposed: ProposedFunction;
  match: 'exact' | 'parent';
  credit: number;
}

export interface OverlapResult {
  score: number;
  functionScore: number | null;
  dataScore: number | null;
  textScore: number;
  flagged: boolean;
  matchedFunctions: FunctionMatch[];
  matchedDataEntities: { id: number; role: 'master' | 'producer' }[];
  matchedTerms: string[];
}

const weightOf = (f: ProposedFunction, stats: FunctionStats) =>
  f.kind === 'function'
    ? rarity(stats.functionDf.get(f.id) ?? 0, stats.applications)
    : rarity(stats.parentDf.get(f.parentId) ?? 0, stats.applications);

/** The function part alone: weighted share of P's functions A covers (null when P has none). */
export function functionOverlap(
  p: ProposalProfile,
  candidateFunctions: CandidateProfile['functions'],
  stats: FunctionStats,
  w: Weights = OVERLAP_WEIGHTS,
): { score: number | null; matches: FunctionMatch[] } {
  if (p.functions.length === 0) return { score: null, matches: [] };
  const ids = new Set(candidateFunctions.map((f) => f.id));
  const parents = new Set(candidateFunctions.map((f) => f.parentId));
  let total = 0;
  let covered = 0;
  const matches: FunctionMatch[] = [];
  for (const f of p.functions) {
    const weight = weightOf(f, stats);
    total += weight;
    let credit = 0;
    let match: FunctionMatch['match'] | null = null;
    if (f.kind === 'function' && ids.has(f.id)) [credit, match] = [1, 'exact'];
    else if (f.kind === 'parent' && parents.has(f.parentId)) [credit, match] = [1, 'exact'];
    else if (f.kind === 'function' && parents.has(f.parentId)) [credit, match] = [w.parentCredit, 'parent'];
    if (match) {
      covered += weight * credit;
      matches.push({ proposed: f, match, credit });
    }
  }
  return { score: total ? covered / total : 0, matches };
}

/** The data part: share of P's data entities that A masters or produces (null when P has none). */
export function dataOverlap(
  p: ProposalProfile,
  candidateEntities: CandidateProfile['dataEntities'],
): { score: number | null; matches: OverlapResult['matchedDataEntities'] } {
  if (p.dataEntities.length === 0) return { score: null, matches: [] };
  const held = new Map<number, 'master' | 'producer'>();
  for (const e of candidateEntities) if (e.role !== 'consumer') held.set(e.id, e.role);
  const matches = p.dataEntities.flatMap((id) => {
    const role = held.get(id);
    return role ? [{ id, role }] : [];
  });
  return { score: matches.length / p.dataEntities.length, matches };
}

/** The text part: the share of P's (weighted) content terms that A's text also has. */
export function textOverlap(
  p: ProposalProfile,
  candidateTerms: readonly string[],
  w: Weights = OVERLAP_WEIGHTS,
) {
  const theirs = new Set(candidateTerms);
  const weights = new Map<string, number>();
  for (const t of p.descriptionTerms) weights.set(t, 1);
  for (const t of p.nameTerms) weights.set(t, w.nameTermWeight);
  let total = 0;
  let covered = 0;
  const matched: string[] = [];
  for (const [term, weight] of weights) {
    total += weight;
    if (theirs.has(term)) {
      covered += weight;
      matched.push(term);
    }
  }
  return { score: total ? covered / total : 0, matched };
}

/** Scores one candidate with its evidence. */
export function scoreCandidate(
  p: ProposalProfile,
  c: CandidateProfile,
  stats: FunctionStats,
  w: Weights = OVERLAP_WEIGHTS,
): OverlapResult {
  const fn = functionOverlap(p, c.functions, stats, w);
  const data = dataOverlap(p, c.dataEntities);
  const text = textOverlap(p, c.terms, w);
  let weightSum = w.text;
  let score = w.text * text.score;
  if (fn.score !== null) {
    weightSum += w.functions;
    score += w.functions * fn.score;
  }
  if (data.score !== null) {
    weightSum += w.data;
    score += w.data * data.score;
  }
  score /= weightSum;
  const textOnly = fn.score === null && data.score === null;
  const flagged = textOnly ? text.score >= w.textOnlyFlagThreshold : score >= w.flagThreshold;
  return {
    score,
    functionScore: fn.score,
    dataScore: data.score,
    textScore: text.score,
    flagged,
    matchedFunctions: fn.matches,
    matchedDataEntities: data.matches,
    matchedTerms: text.matched,
  };
}

/**
 * Shared coverage: the weighted share of P's functions that the union of the shared
 * applications covers ("65%"), and which shared application covers which function. Null when
 * P names no function; the service then reports the best text match instead.
 */
export function sharedCoverage(
  p: ProposalProfile,
  shared: CandidateProfile[],
  stats: FunctionStats,
  w: Weights = OVERLAP_WEIGHTS,
): { coverage: number | null; coveredBy: Map<number, number[]> } {
  const coveredBy = new Map<number, number[]>();
  if (p.functions.length === 0) return { coverage: null, coveredBy };
  let total = 0;
  let covered = 0;
  p.functions.forEach((f, index) => {
    const weight = weightOf(f, stats);
    total += weight;
    let best = 0;
    for (const app of shared) {
      const m = functionOverlap({ ...p, functions: [f] }, app.functions, stats, w).matches[0];
      if (!m) continue;
      if (m.credit > best) best = m.credit;
      const list = coveredBy.get(app.id) ?? [];
      list.push(index);
      coveredBy.set(app.id, list);
    }
    covered += weight * best;
  });
  return { coverage: total ? covered / total : 0, coveredBy };
}

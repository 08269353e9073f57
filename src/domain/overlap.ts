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
  /**
   * An inferred function (domain/inference.ts) weighs this much of a picked one, times its
   * confidence: the words may be wrong, a picked function is what the operator declares.
   */
  inferredWeight: 0.6,
  /**
   * The best-scoring national service is flagged from `sharedFlagMin` when it performs one of P's
   * functions that P names with at least this factor (picked, or inferred with confidence ≥ ~0.85):
   * a national service doing exactly what the proposal says is the reviewer's first question,
   * even when the proposal's other words (a hospital, a region) dilute the score.
   */
  sharedStrongFactor: 0.5,
  sharedFlagMin: 0.3,
} as const;

export type Weights = typeof OVERLAP_WEIGHTS;

/**
 * A function the proposal names: a catalogue function, or a whole level-2 RAB/RAL code.
 * `factor` is 1 for a picked one (the default) and inferredWeight × confidence for an inferred one.
 */
export type ProposedFunction =
  | { kind: 'function'; id: number; parentId: number; factor?: number }
  | { kind: 'parent'; parentId: number; factor?: number };

/** How certain the function part is: 1 with any picked function, else the best inferred factor. */
export function functionCertainty(p: Pick<ProposalProfile, 'functions'>): number {
  let best = 0;
  for (const f of p.functions) best = Math.max(best, f.factor ?? 1);
  return best;
}

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
  (f.factor ?? 1) *
  (f.kind === 'function'
    ? rarity(stats.functionDf.get(f.id) ?? 0, stats.applications)
    : rarity(stats.parentDf.get(f.parentId) ?? 0, stats.applications));

/** The rarity weight of each of P's functions, once per proposal and statistics (a weak memo). */
const functionWeightMemo = new WeakMap<
  ProposalProfile,
  { functions: ProposedFunction[]; stats: FunctionStats; weights: number[]; total: number }
>();

function functionWeights(p: ProposalProfile, stats: FunctionStats) {
  const hit = functionWeightMemo.get(p);
  if (hit && hit.stats === stats && hit.functions === p.functions) return hit;
  const weights = p.functions.map((f) => weightOf(f, stats));
  const entry = { functions: p.functions, stats, weights, total: weights.reduce((a, b) => a + b, 0) };
  functionWeightMemo.set(p, entry);
  return entry;
}

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
  const { weights, total } = functionWeights(p, stats);
  let covered = 0;
  const matches: FunctionMatch[] = [];
  for (let i = 0; i < p.functions.length; i++) {
    const f = p.functions[i]!;
    const weight = weights[i]!;
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

/** A posting list candidate generation reads: who performs, holds or mentions one thing. */
export type PostingList =
  | { kind: 'function'; id: number }
  | { kind: 'parent'; id: number }
  | { kind: 'entity'; id: number }
  | { kind: 'term'; term: string };

/** A posting list to read, what being on it adds to the score, and the most ids it may hold. */
export interface CandidateList {
  list: PostingList;
  weight: number;
  /** A list found longer than this is left out of the ranking (the reader reads one more). */
  max: number;
}

/**
 * The posting lists candidate generation reads, each with what being on it adds to a candidate's
 * combined score (scoreCandidate), so summing a candidate's lists gives the part of its score
 * visible without reading the candidate (parent-only credit for a named function, and text the
 * prefix search cannot see, are left to exact scoring):
 * - P's functions and level-2 codes, the rarest first, while the applications they list add up
 *   to at most `budget`: a common function adds many postings and says little, and the rarer ones
 *   already find the applications that share most of P;
 * - P's data entities (applications mastering or producing them), sharing half the budget: an
 *   entity held by more applications than its share is left out;
 * - P's first `terms` content terms (name terms first), as FTS prefix queries; a term matching
 *   more than `maxTermList` applications is left out (it says little about any one of them).
 * Each list's `max` bounds what the reader reads, so a check costs at most about
 * 1.5 × budget + budget / 2 + terms × maxTermList postings whatever the proposal.
 */
export function candidateLists(
  p: ProposalProfile,
  stats: FunctionStats,
  opts: { terms: number; budget: number; maxTermList: number },
  w: Weights = OVERLAP_WEIGHTS,
): CandidateList[] {
  const fnPart = w.functions * functionCertainty(p);
  const weightSum = w.text + fnPart + (p.dataEntities.length ? w.data : 0);
  const out: CandidateList[] = [];

  const fw = functionWeights(p, stats);
  const structured = p.functions
    .map((f, i) => ({
      list:
        f.kind === 'function'
          ? { kind: 'function' as const, id: f.id }
          : { kind: 'parent' as const, id: f.parentId },
      // Published applications performing it (a level-2 code: counted once per function).
      df: f.kind === 'function' ? (stats.functionDf.get(f.id) ?? 0) : (stats.parentDf.get(f.parentId) ?? 0),
      weight: fw.total > 0 ? (fnPart * fw.weights[i]!) / fw.total / weightSum : 0,
    }))
    .filter((x) => x.df > 0)
    .sort((a, b) => a.df - b.df);
  let postings = 0;
  for (const x of structured) {
    if (postings + x.df > opts.budget) break;
    postings += x.df;
    // The reader also sees unpublished applications; the margin keeps their postings in.
    out.push({ list: x.list, weight: x.weight, max: Math.ceil(x.df * 1.5) + 100 });
  }

  const entityMax = Math.floor(opts.budget / 2 / Math.max(1, p.dataEntities.length));
  for (const id of p.dataEntities)
    out.push({
      list: { kind: 'entity', id },
      weight: w.data / p.dataEntities.length / weightSum,
      max: entityMax,
    });

  // The text part as textOverlap computes it: name terms count nameTermWeight times.
  const text = proposalTermWeights(p, w);
  const pool = [...new Set([...p.nameTerms, ...p.descriptionTerms])].slice(0, opts.terms);
  for (const term of pool)
    out.push({
      list: { kind: 'term', term },
      weight: (w.text * text.weights.get(term)!.weight) / text.total / weightSum,
      max: opts.maxTermList,
    });
  return out;
}

/**
 * The `k` applications with the highest summed weight of the lists they are on (ties by id); an
 * application listed twice on one list counts once. A list longer than its `max` was cut short by
 * the reader and is left out: a cut list would favour the oldest applications.
 */
export function rankCandidates(
  lists: readonly Pick<CandidateList, 'weight' | 'max'>[],
  postings: readonly (readonly number[])[],
  k: number,
): number[] {
  const used = postings.map((ids, i) => ids.length <= (lists[i]?.max ?? -1));
  let maxId = 0;
  postings.forEach((ids, i) => {
    if (used[i]) for (const id of ids) if (id > maxId) maxId = id;
  });
  // Scores in arrays indexed by application id (ids are dense integer keys): summing tens of
  // thousands of postings this way costs far less than a Map. The arrays are kept between calls
  // (nothing here awaits, so one call at a time per thread): allocating and zeroing two arrays
  // of the catalogue's size per check cost more than the sums. Only touched scores are reset.
  if (scratch.score.length <= maxId) {
    const size = Math.max(maxId + 1, scratch.score.length * 2);
    scratch.score = new Float64Array(size);
    scratch.seen = new Int32Array(size);
  }
  const { score, seen } = scratch;
  const touched: number[] = [];
  for (let i = 0; i < postings.length; i++) {
    if (!used[i]) continue;
    const ids = postings[i]!;
    const weight = lists[i]!.weight;
    // A stamp no earlier list (of any call) used: counts each id once per list.
    if (scratch.stamp >= 0x7fffffff) {
      seen.fill(0);
      scratch.stamp = 0;
    }
    const stamp = ++scratch.stamp;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j]!;
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      // Weights are positive or zero, so a score leaves zero once, at its first positive weight.
      if (score[id] === 0 && weight > 0) touched.push(id);
      score[id]! += weight;
    }
  }
  if (touched.length === 0) return [];
  // The k-th best score, then everything above it and enough of the ties at it (lowest ids).
  const values = new Float64Array(touched.length);
  for (let i = 0; i < touched.length; i++) values[i] = score[touched[i]!]!;
  const kth = kthLargest(values, Math.min(k, values.length));
  const above = touched.filter((id) => score[id]! > kth);
  const ties = touched.filter((id) => score[id] === kth).sort((a, b) => a - b);
  const ranked = above
    .sort((a, b) => score[b]! - score[a]! || a - b)
    .concat(ties)
    .slice(0, k);
  for (const id of touched) score[id] = 0;
  return ranked;
}

/** rankCandidates' working arrays, grown to the largest application id seen. */
const scratch = { score: new Float64Array(0), seen: new Int32Array(0), stamp: 0 };

/** The k-th largest value of `a` (1 ≤ k ≤ length), by quickselect; reorders `a`. */
export function kthLargest(a: Float64Array, k: number): number {
  const target = k - 1;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target]!;
  }
  return a[target]!;
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

/**
 * P's content terms with their weights (name terms count `nameTermWeight` times) and position,
 * computed once per proposal and weights: scoring looks them up for every candidate. A memo of a
 * pure function, keyed weakly by the proposal object, so it lives only as long as the check.
 */
const termWeightMemo = new WeakMap<
  ProposalProfile,
  {
    w: Weights;
    nameTerms: string[];
    descriptionTerms: string[];
    weights: Map<string, { weight: number; order: number }>;
    total: number;
  }
>();

function proposalTermWeights(p: ProposalProfile, w: Weights) {
  const hit = termWeightMemo.get(p);
  if (hit && hit.w === w && hit.nameTerms === p.nameTerms && hit.descriptionTerms === p.descriptionTerms)
    return hit;
  const raw = new Map<string, number>();
  for (const t of p.descriptionTerms) raw.set(t, 1);
  for (const t of p.nameTerms) raw.set(t, w.nameTermWeight);
  const weights = new Map<string, { weight: number; order: number }>();
  let total = 0;
  for (const [term, weight] of raw) {
    weights.set(term, { weight, order: weights.size });
    total += weight;
  }
  const entry = { w, nameTerms: p.nameTerms, descriptionTerms: p.descriptionTerms, weights, total };
  termWeightMemo.set(p, entry);
  return entry;
}

/** The text part: the share of P's (weighted) content terms that A's text also has. */
export function textOverlap(
  p: ProposalProfile,
  candidateTerms: readonly string[],
  w: Weights = OVERLAP_WEIGHTS,
) {
  const { weights, total } = proposalTermWeights(p, w);
  let covered = 0;
  const matched: { term: string; order: number }[] = [];
  for (const term of new Set(candidateTerms)) {
    const mine = weights.get(term);
    if (!mine) continue;
    covered += mine.weight;
    matched.push({ term, order: mine.order });
  }
  // In P's order (description terms first), whatever the order of A's terms.
  matched.sort((x, y) => x.order - y.order);
  return { score: total ? covered / total : 0, matched: matched.map((m) => m.term) };
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
  const certainty = functionCertainty(p);
  // Without the function part: the score and flag the text (and data) give alone.
  const restSum = w.text + (data.score !== null ? w.data : 0);
  const rest = (w.text * text.score + (data.score !== null ? w.data * data.score : 0)) / restSum;
  const restFlagged = data.score === null ? text.score >= w.textOnlyFlagThreshold : rest >= w.flagThreshold;
  let score = rest;
  let flagged = restFlagged;
  if (fn.score !== null) {
    const part = w.functions * certainty;
    const combined = (rest * restSum + part * fn.score) / (restSum + part);
    if (certainty >= 1) {
      score = combined;
      flagged = combined >= w.flagThreshold;
    } else {
      // Only inferred functions: they may add evidence, never take away what the words show
      // (a candidate that registered no function is still found by its text).
      score = Math.max(combined, rest);
      flagged = combined >= w.flagThreshold || restFlagged;
    }
  }
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
 * Shared coverage: the weighted share of P's functions (picked, and inferred at their lower
 * weight) that the national services really perform ("65%"), and which of P's functions each
 * national service performs. Only an exact function counts: sharing a level-2 code or words is
 * no coverage (a letters application is not "covered" by procurement systems under the same
 * urusan). Null when P names and infers no function.
 */
export function sharedCoverage(
  p: ProposalProfile,
  shared: CandidateProfile[],
  stats: FunctionStats,
): { coverage: number | null; coveredBy: Map<number, number[]> } {
  const coveredBy = new Map<number, number[]>();
  if (p.functions.length === 0) return { coverage: null, coveredBy };
  const performs = shared.map((app) => ({
    id: app.id,
    ids: new Set(app.functions.map((f) => f.id)),
    parents: new Set(app.functions.map((f) => f.parentId)),
  }));
  let total = 0;
  let covered = 0;
  p.functions.forEach((f, index) => {
    const weight = weightOf(f, stats);
    total += weight;
    let any = false;
    for (const app of performs) {
      // A whole level-2 code the proposal names is performed by whoever performs a function under it.
      const exact = f.kind === 'function' ? app.ids.has(f.id) : app.parents.has(f.parentId);
      if (!exact) continue;
      any = true;
      const list = coveredBy.get(app.id) ?? [];
      list.push(index);
      coveredBy.set(app.id, list);
    }
    if (any) covered += weight;
  });
  return { coverage: total ? covered / total : 0, coveredBy };
}

/** A national service as scored against P, with the indices of P's functions it performs. */
export interface NationalScore {
  id: number;
  score: number;
  flagged: boolean;
  covered: readonly number[];
}

/**
 * Which national services are flagged, from their scores and what they really perform:
 * - when some national service performs one of P's functions, one that performs none is never
 *   flagged (shared words or a level-2 code alone are no duplication);
 * - one that performs only functions a better-scoring national service also performs is not
 *   flagged beside it (SAKTI's accounting under SIPD-RI's regional finance);
 * - the best one is flagged when it performs a function P names with confidence (see
 *   `sharedStrongFactor`), from `sharedFlagMin`.
 */
export function flagNationalServices(
  p: Pick<ProposalProfile, 'functions'>,
  national: readonly NationalScore[],
  w: Weights = OVERLAP_WEIGHTS,
): Map<number, boolean> {
  const ranked = [...national].sort((a, b) => b.score - a.score || a.id - b.id);
  const anyCovered = ranked.some((n) => n.covered.length > 0);
  const flags = new Map<number, boolean>();
  ranked.forEach((n, rank) => {
    let flagged = n.flagged;
    if (anyCovered && n.covered.length === 0) flagged = false;
    else if (
      ranked
        .slice(0, rank)
        .some((better) => better.covered.length > 0 && n.covered.every((i) => better.covered.includes(i)))
    )
      flagged = false;
    else if (
      rank === 0 &&
      n.score >= w.sharedFlagMin &&
      n.covered.some((i) => (p.functions[i]?.factor ?? 1) >= w.sharedStrongFactor)
    )
      flagged = true;
    flags.set(n.id, flagged);
  });
  return flags;
}

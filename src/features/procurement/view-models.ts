import type { FindingRow, ProposalRow, QueueItem, ReviewRow } from './repo';

/**
 * What the procurement pages receive: plain values, never storage encodings. Shares and scores
 * are fractions 0..1 (stored per mille), flags are booleans (stored 0/1), lists are arrays
 * (stored as JSON text). The services map rows here; views never parse or rescale.
 */

/** A proposal with its application, as pages show it. */
export interface ProposalView
  extends Omit<ProposalRow, 'published' | 'sharedCoveragePermille' | 'topScorePermille'> {
  published: boolean;
  /** Weighted share of the proposal's functions covered by national services, 0..1. */
  sharedCoverage: number | null;
  /** Score of the best overlap candidate at submission, 0..1. */
  topScore: number | null;
}

/** A row of the reviewer's queue. */
export interface QueueItemView extends ProposalView {
  topCandidate: string | null;
}

/** What a finding matched on, as stored at submission. */
export interface FindingEvidence {
  functions: { code: string; title: string }[];
  dataEntities: { code: string; name: string }[];
  terms: string[];
}

/** One overlap candidate of one round, as the reviewer saw it. */
export interface FindingView
  extends Omit<FindingRow, 'score' | 'functionScore' | 'dataScore' | 'textScore' | 'flagged' | 'evidence'> {
  /** 0..1 */
  score: number;
  functionScore: number;
  dataScore: number;
  textScore: number;
  flagged: boolean;
  evidence: FindingEvidence;
}

/** A reviewer's decision on one round. */
export interface ReviewView extends Omit<ReviewRow, 'reasonCodes' | 'suggested'> {
  reasonCodes: string[];
  /** Ids of the applications the reviewer suggested reusing. */
  suggested: number[];
}

const fraction = (permille: number | null) => (permille === null ? null : permille / 1000);

function jsonArray<T>(text: string | null): T[] {
  const value: unknown = text ? JSON.parse(text) : [];
  return Array.isArray(value) ? (value as T[]) : [];
}

export function toProposalView(p: ProposalRow): ProposalView {
  const { sharedCoveragePermille, topScorePermille, published, ...rest } = p;
  return {
    ...rest,
    published: Boolean(published),
    sharedCoverage: fraction(sharedCoveragePermille),
    topScore: fraction(topScorePermille),
  };
}

export function toQueueItemView(q: QueueItem): QueueItemView {
  return { ...toProposalView(q), topCandidate: q.topCandidate };
}

export function toFindingView(f: FindingRow): FindingView {
  const stored = JSON.parse(f.evidence) as Partial<FindingEvidence>;
  return {
    ...f,
    score: f.score / 1000,
    functionScore: f.functionScore / 1000,
    dataScore: f.dataScore / 1000,
    textScore: f.textScore / 1000,
    flagged: Boolean(f.flagged),
    evidence: {
      functions: stored.functions ?? [],
      dataEntities: stored.dataEntities ?? [],
      terms: stored.terms ?? [],
    },
  };
}

export function toReviewView(r: ReviewRow): ReviewView {
  return { ...r, reasonCodes: jsonArray<string>(r.reasonCodes), suggested: jsonArray<number>(r.suggested) };
}

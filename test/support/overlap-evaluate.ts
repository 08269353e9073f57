/**
 * The overlap quality measures of issue 11 on a labelled set, and the deterministic split into
 * a tuning half and a held-out half (docs/benchmarks.md). Shared by the quality test (held-out
 * half only) and scripts/tune-overlap.ts (tuning half only).
 */
import * as v from 'valibot';
import type { Db } from '../../db/client';
import { OverlapInput } from '../../src/features/overlap/schemas';
import { checkOverlap } from '../../src/features/overlap/service';
import type { LabelledProposal } from './labelled-proposals';

/** FNV-1a of the id: which half a proposal is in never depends on the order of the file. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** `tuning` or `heldOut`, by a hash of the proposal's id. */
export const halfOf = (p: Pick<LabelledProposal, 'id'>): 'tuning' | 'heldOut' =>
  hash(p.id) % 2 === 0 ? 'tuning' : 'heldOut';

export const isTextOnly = (p: LabelledProposal) => !p.functions?.length && !p.dataEntities?.length;

export interface Quality {
  proposals: number;
  /** Proposals some national service duplicates: one expected among the first two `shared`, flagged. */
  hitAt2: { overall: number; textOnly: number; picked: number; n: number; nTextOnly: number };
  /** Flagged national services that no label names, over all flagged national services. */
  wrongFlagged: { rate: number; wrong: number; flagged: number };
  /** Proposals no national service covers that get no flagged national service. */
  uncoveredClean: { rate: number; n: number };
  failures: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export async function evaluate(db: Db, set: readonly LabelledProposal[]): Promise<Quality> {
  let hits = 0;
  let hitsText = 0;
  let withDup = 0;
  let withDupText = 0;
  let flagged = 0;
  let wrong = 0;
  let uncovered = 0;
  let uncoveredClean = 0;
  const failures: string[] = [];
  for (const p of set) {
    const report = await checkOverlap(
      db,
      v.parse(OverlapInput, {
        name: p.name,
        description: p.description,
        functions: p.functions ?? [],
        dataEntities: p.dataEntities ?? [],
      }),
    );
    const shared = report.shared.map((s) => ({ acronym: s.application.acronym ?? '', flagged: s.flagged }));
    const flaggedHere = shared.filter((s) => s.flagged).map((s) => s.acronym);
    flagged += flaggedHere.length;
    for (const a of flaggedHere)
      if (!p.duplicates.includes(a)) {
        wrong++;
        failures.push(`${p.id}: wrongly flagged ${a}`);
      }
    if (p.duplicates.length) {
      withDup++;
      if (isTextOnly(p)) withDupText++;
      const hit = shared.slice(0, 2).some((s) => s.flagged && p.duplicates.includes(s.acronym));
      if (hit) {
        hits++;
        if (isTextOnly(p)) hitsText++;
      } else
        failures.push(
          `${p.id}: expected ${p.duplicates.join('/')} in the first two, got ${
            shared
              .slice(0, 3)
              .map((s) => `${s.acronym}${s.flagged ? '!' : ''}`)
              .join(', ') || 'nothing'
          }`,
        );
    } else {
      uncovered++;
      if (flaggedHere.length === 0) uncoveredClean++;
    }
  }
  return {
    proposals: set.length,
    hitAt2: {
      overall: ratio(hits, withDup),
      textOnly: ratio(hitsText, withDupText),
      picked: ratio(hits - hitsText, withDup - withDupText),
      n: withDup,
      nTextOnly: withDupText,
    },
    wrongFlagged: { rate: flagged ? wrong / flagged : 0, wrong, flagged },
    uncoveredClean: { rate: ratio(uncoveredClean, uncovered), n: uncovered },
    failures,
  };
}

export const formatQuality = (name: string, q: Quality) =>
  `${name} (${q.proposals} proposals): hit@2 flagged ${q.hitAt2.overall.toFixed(3)} ` +
  `(text-only ${q.hitAt2.textOnly.toFixed(3)} of ${q.hitAt2.nTextOnly}, picked ${q.hitAt2.picked.toFixed(3)} of ${q.hitAt2.n - q.hitAt2.nTextOnly}); ` +
  `wrong flags ${q.wrongFlagged.rate.toFixed(3)} (${q.wrongFlagged.wrong}/${q.wrongFlagged.flagged}); ` +
  `uncovered clean ${q.uncoveredClean.rate.toFixed(3)} of ${q.uncoveredClean.n}`;

/**
 * Quality of the overlap flag on a labelled set of realistic proposals (labelled-proposals.ts),
 * against the national applications of the reference data. The floors below were set from
 * measured results (see the printed report); the test fails if a change makes detection worse.
 */
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import { sharedAppSeeds } from '../../../seeds/data/shared-apps';
import { createTestDb } from '../../../test/support/db';
import { LABELLED_PROPOSALS } from '../../../test/support/labelled-proposals';
import { OverlapInput } from './schemas';
import { checkOverlap } from './service';

/**
 * Floors: measured values rounded down, so noise does not fail the build but regressions do.
 * Measured: precision 0.909, recall 0.746, top-3 0.952 (candidates from posting lists of 16 terms).
 */
const FLOORS = { precision: 0.9, recall: 0.74, top3: 0.95 };

const national = new Set(sharedAppSeeds.map((a) => a.acronym));
let db: Db;

beforeAll(async () => {
  db = await createTestDb();
});

describe('overlap quality on the labelled proposals', () => {
  it('uses only labels that exist', () => {
    for (const p of LABELLED_PROPOSALS) {
      for (const a of [...p.duplicates, ...p.notDuplicates])
        expect(national.has(a), `${p.id}: ${a}`).toBe(true);
    }
    expect(LABELLED_PROPOSALS.length).toBeGreaterThanOrEqual(50);
  });

  it('keeps precision, recall and top-3 hit rate above their floors', async () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let withDuplicates = 0;
    let top3 = 0;
    const misses: string[] = [];
    for (const p of LABELLED_PROPOSALS) {
      const input = v.parse(OverlapInput, {
        name: p.name,
        description: p.description,
        functions: p.functions ?? [],
        dataEntities: p.dataEntities ?? [],
      });
      const report = await checkOverlap(db, input);
      const nationalMatches = report.matches.filter((m) => national.has(m.application.acronym ?? ''));
      const flagged = new Set(nationalMatches.filter((m) => m.flagged).map((m) => m.application.acronym!));
      for (const a of p.duplicates) {
        if (flagged.has(a)) tp++;
        else {
          fn++;
          misses.push(`${p.id}: missed ${a}`);
        }
      }
      for (const a of flagged) {
        if (!p.duplicates.includes(a)) {
          fp++;
          misses.push(`${p.id}: wrongly flagged ${a}`);
        }
      }
      if (p.duplicates.length) {
        withDuplicates++;
        const top = nationalMatches.slice(0, 3).map((m) => m.application.acronym);
        if (p.duplicates.some((a) => top.includes(a))) top3++;
      }
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    const top3Rate = top3 / Math.max(1, withDuplicates);
    console.log(
      `overlap quality: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, top-3 ${top3Rate.toFixed(3)} ` +
        `(tp ${tp}, fp ${fp}, fn ${fn}, ${LABELLED_PROPOSALS.length} proposals)\n  ${misses.join('\n  ')}`,
    );
    expect(precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(top3Rate).toBeGreaterThanOrEqual(FLOORS.top3);
  }, 60_000);
});

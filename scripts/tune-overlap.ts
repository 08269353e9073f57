/**
 * Tuning aid: the overlap quality measures on the TUNING half of the labelled set only, with
 * every failure listed. Never look at the held-out half while tuning (docs/benchmarks.md).
 *   npx tsx scripts/tune-overlap.ts
 */

import { createTestDb } from '../test/support/db';
import { LABELLED_PROPOSALS } from '../test/support/labelled-proposals';
import { evaluate, formatQuality, halfOf } from '../test/support/overlap-evaluate';

const db = await createTestDb();
const tuning = LABELLED_PROPOSALS.filter((p) => halfOf(p) === 'tuning');
const q = await evaluate(db, tuning);
console.log(formatQuality('tuning half', q));
console.log(q.failures.join('\n'));

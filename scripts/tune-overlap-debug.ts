/**
 * Tuning aid: the full `shared` answer and inferred functions for named TUNING-half proposals.
 *   npx tsx scripts/tune-overlap-debug.ts id1 id2 ...
 */
import * as v from 'valibot';
import { OverlapInput } from '../src/features/overlap/schemas';
import { checkOverlap } from '../src/features/overlap/service';
import { createTestDb } from '../test/support/db';
import { LABELLED_PROPOSALS } from '../test/support/labelled-proposals';
import { halfOf } from '../test/support/overlap-evaluate';

const db = await createTestDb();
for (const id of process.argv.slice(2)) {
  const p = LABELLED_PROPOSALS.find((x) => x.id === id);
  if (!p || halfOf(p) !== 'tuning') {
    console.log(`${id}: not in the tuning half`);
    continue;
  }
  const r = await checkOverlap(
    db,
    v.parse(OverlapInput, {
      name: p.name,
      description: p.description,
      functions: p.functions ?? [],
      dataEntities: p.dataEntities ?? [],
    }),
  );
  console.log(`${id} (expect ${p.duplicates.join('/') || 'none'})`);
  console.log(
    '  inferred',
    r.inferredFunctions.map((f) => `${f.code} ${f.confidence} [${f.words.join(',')}]`).join('; '),
  );
  for (const s of r.shared)
    console.log(
      `  ${s.application.acronym}${s.flagged ? '!' : ''} ${s.score} fn=${s.evidence.functionScore} text=${s.evidence.textScore} cov=${s.coveredFunctions.map((c) => c.code).join(',')} terms=${s.evidence.terms.join(',')}`,
    );
}

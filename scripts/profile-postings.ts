/**
 * Profiling aid: the time and length of each posting list a labelled proposal reads on the 30k
 * bench database.   npx tsx scripts/profile-postings.ts <db> id...
 */
import * as v from 'valibot';
import { openNodeDb } from '../db/open';
import { PUBLIC_STATUSES } from '../db/schema/applications';
import { parseConfig } from '../src/config';
import { inferFunctions } from '../src/domain/inference';
import { candidateLists } from '../src/domain/overlap';
import { contentTerms } from '../src/domain/text';
import * as repo from '../src/features/overlap/repo';
import { OverlapInput } from '../src/features/overlap/schemas';
import { CANDIDATES } from '../src/features/overlap/service';
import { vocabulary } from '../src/features/overlap/vocabulary';
import { LABELLED_PROPOSALS } from '../test/support/labelled-proposals';

const db = await openNodeDb(
  parseConfig({ DATABASE_URL: `file:${process.argv[2]}`, DEMO_APPS: '0', SECURE_COOKIES: 'false' }),
);
for (const id of process.argv.slice(3)) {
  const p = LABELLED_PROPOSALS.find((x) => x.id === id)!;
  const input = v.parse(OverlapInput, {
    name: p.name,
    description: p.description,
    functions: p.functions ?? [],
    dataEntities: p.dataEntities ?? [],
  });
  const inferred = inferFunctions(vocabulary(), input.name, input.description);
  const fns = await repo.functionsByCodes(db, [...input.functions, ...inferred.map((f) => f.code)]);
  const byCode = new Map(fns.map((f) => [f.code, f]));
  const profile = {
    functions: [
      ...input.functions.map((c) => ({
        kind: 'function' as const,
        id: byCode.get(c)!.id,
        parentId: byCode.get(c)!.parentId,
      })),
      ...inferred.map((i) => ({
        kind: 'function' as const,
        id: byCode.get(i.code)!.id,
        parentId: byCode.get(i.code)!.parentId,
        factor: 0.6 * i.confidence,
      })),
    ],
    dataEntities: [],
    nameTerms: contentTerms(input.name),
    descriptionTerms: contentTerms(input.description),
  };
  const stats = await repo.functionStats(
    db,
    fns.map((f) => f.id),
    [],
    PUBLIC_STATUSES,
  );
  const lists = candidateLists(profile, stats, { ...CANDIDATES, maxTermList: 300 });
  console.log(id);
  for (const l of lists) {
    const t = performance.now();
    let r: number[][] = [];
    for (let i = 0; i < 5; i++) r = await repo.postingLists(db, [{ list: l.list, limit: l.max + 1 }]);
    console.log(
      `  ${JSON.stringify(l.list)} w=${l.weight.toFixed(3)} n=${r[0]!.length} ${((performance.now() - t) / 5).toFixed(2)} ms`,
    );
  }
}
process.exit(0);

/**
 * The overlap check's reads kept between checks (reads-cache.ts): the answers are the ones the
 * database gives at that moment — the same with the cache on or off, warm or cold — and a save
 * made between two checks is in the second one's answer.
 */
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../seeds/demo';
import { createTestDb } from '../../../test/support/db';
import { LABELLED_PROPOSALS } from '../../../test/support/labelled-proposals';
import { agencyIdsByCode, insertApplications } from '../../../test/support/repo';
import { setOverlapReadCache } from './reads-cache';
import { OverlapInput } from './schemas';
import { checkOverlap } from './service';

const input = (x: Record<string, unknown>) => v.parse(OverlapInput, x);
const proposals = LABELLED_PROPOSALS.filter((_, i) => i % 16 === 0).map((p) =>
  input({
    name: p.name,
    description: p.description,
    functions: p.functions ?? [],
    dataEntities: p.dataEntities ?? [],
  }),
);

afterEach(() => setOverlapReadCache(true));

describe('overlap reads kept between checks', () => {
  it('answers exactly as the database does, cold, warm and with the cache off', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 600, seed: 5 });
    expect(proposals.length).toBeGreaterThanOrEqual(15);
    setOverlapReadCache(false);
    const uncached = [];
    for (const p of proposals) uncached.push(await checkOverlap(db, p));
    setOverlapReadCache(true);
    for (const round of ['cold', 'warm']) {
      for (const [i, p] of proposals.entries())
        expect(await checkOverlap(db, p), `${round}: ${p.name}`).toEqual(uncached[i]);
    }
    // The same application left out of its own check, after others were read with it.
    const own = uncached[0]!.matches[0]!.application.id;
    setOverlapReadCache(false);
    const without = await checkOverlap(db, proposals[0]!, { excludeApplicationId: own });
    setOverlapReadCache(true);
    expect(await checkOverlap(db, proposals[0]!, { excludeApplicationId: own })).toEqual(without);
    expect(without.matches.map((m) => m.application.id)).not.toContain(own);
  });

  it('sees a save made between two checks', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 300, seed: 6 });
    const proposal = input({
      name: 'Sistem Retribusi Tambat Perahu Zamrud',
      description:
        'Pencatatan retribusi tambat perahu nelayan di dermaga Zamrud dan karcis tambat elektronik.',
    });
    const before = await checkOverlap(db, proposal);
    const [id] = await insertApplications(db, [
      {
        agencyId: (await agencyIdsByCode(db))['35.07']!,
        name: 'Retribusi Tambat Perahu Zamrud',
        description: 'Karcis tambat perahu nelayan di dermaga Zamrud, retribusi dicatat elektronik.',
        status: 'active',
      },
    ]);
    expect(before.matches.map((m) => m.application.id)).not.toContain(id);
    const after = await checkOverlap(db, proposal);
    expect(after.matches[0]?.application.id).toBe(id);
    setOverlapReadCache(false);
    expect(await checkOverlap(db, proposal)).toEqual(after);
  });
});

/**
 * The overlap repository's reads against a real database: the published count taken by ranges,
 * and posting lists as the scoring side expects them.
 */
import { describe, expect, it } from 'vitest';
import { PUBLIC_STATUSES } from '../../../db/schema/applications';
import { generateDemo } from '../../../seeds/demo';
import { createTestDb } from '../../../test/support/db';
import * as repo from './repo';

describe('overlap repository', () => {
  it('counts published applications exactly, whatever other statuses hold', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 150, seed: 4 });
    // Statuses on both sides of every published one, and one this code does not know.
    await db.$client.execute(
      `update applications set status = case id % 5 when 0 then 'draft' when 1 then 'proposed'
         when 2 then 'returned' when 3 then 'zzz-unknown' else status end where id % 3 = 0`,
    );
    const expected = Number(
      (
        await db.$client.execute(
          `select count(*) as n from applications where status in ('approved', 'active', 'retired')`,
        )
      ).rows[0]!.n,
    );
    const stats = await repo.functionStats(db, [], [], PUBLIC_STATUSES);
    expect(stats.applications).toBe(expected);
  });

  it('reads each posting list in one query, bounded by its limit', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 150, seed: 4 });
    const fn = Number(
      (await db.$client.execute(`select id from functions where code = 'RAB.09.06.01'`)).rows[0]!.id,
    );
    const performers = (
      await db.$client.execute({
        sql: 'select application_id as id from application_functions where function_id = ? order by 1',
        args: [fn],
      })
    ).rows.map((r) => Number(r.id));
    const [all, cut, none] = await repo.postingLists(db, [
      { list: { kind: 'function', id: fn }, limit: 10_000 },
      { list: { kind: 'function', id: fn }, limit: 2 },
      { list: { kind: 'term', term: 'zzzzzz' }, limit: 10 },
    ]);
    expect([...all!].sort((a, b) => a - b)).toEqual(performers);
    expect(cut).toHaveLength(2);
    expect(none).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createTestDb } from '../test/support/db';
import { DEMO_SOURCE_NOTE, generateDemo } from './demo';
import { TEMPLATES } from './demo-vocabulary';

async function checksum(db: Awaited<ReturnType<typeof createTestDb>>) {
  const r = await db.$client.execute(`select
    (select group_concat(id || ':' || agency_id || ':' || name || ':' || status || ':' || created_at, '|') from applications) as apps,
    (select group_concat(application_id || '-' || function_id, ',') from application_functions) as fns,
    (select count(*) from apis) as apis`);
  return JSON.stringify(r.rows[0]);
}

describe('generateDemo', () => {
  it('is deterministic: the same seed and size give the same rows', async () => {
    const [a, b] = await Promise.all([createTestDb(), createTestDb()]);
    await generateDemo(a, { apps: 400, seed: 42 });
    await generateDemo(b, { apps: 400, seed: 42 });
    expect(await checksum(a)).toBe(await checksum(b));
  });

  it('gives different data for a different seed', async () => {
    const [a, b] = await Promise.all([createTestDb(), createTestDb()]);
    await generateDemo(a, { apps: 100, seed: 1 });
    await generateDemo(b, { apps: 100, seed: 2 });
    expect(await checksum(a)).not.toBe(await checksum(b));
  });

  it('creates exactly the requested number, marked as synthetic, with valid references', async () => {
    const db = await createTestDb();
    const result = await generateDemo(db, { apps: 500, seed: 7 });
    expect(result.applications).toBe(500);
    const r = await db.$client.execute({
      sql: 'select count(*) as n from applications where source_note = ?',
      args: [DEMO_SOURCE_NOTE],
    });
    expect(Number(r.rows[0]!.n)).toBe(500);
    expect((await db.$client.execute('PRAGMA foreign_key_check')).rows).toEqual([]);
    const unique = await db.$client.execute(
      'select count(*) as n from (select agency_id, lower(name) from applications group by 1, 2 having count(*) > 1)',
    );
    expect(Number(unique.rows[0]!.n)).toBe(0);
  });

  it('includes the duplicates the catalogue exists to catch', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 500, seed: 7 });
    // Local personnel systems performing SIASN's master-data function.
    const simpeg = await db.$client.execute(`select count(*) as n from applications a
      join application_functions af on af.application_id = a.id join functions f on f.id = af.function_id
      where a.category = 'khusus' and f.code = 'RAB.09.06.01'`);
    expect(Number(simpeg.rows[0]!.n)).toBeGreaterThan(10);
    const eoffice = await db.$client.execute(`select count(*) as n from applications a
      join application_functions af on af.application_id = a.id join functions f on f.id = af.function_id
      where a.category = 'khusus' and f.code = 'RAL.02.06.01' and a.source_note = '${DEMO_SOURCE_NOTE}'`);
    expect(Number(eoffice.rows[0]!.n)).toBeGreaterThan(10);
  });

  it('refuses to load twice and validates its size', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 10, seed: 1 });
    await expect(generateDemo(db, { apps: 10, seed: 1 })).rejects.toThrow(/already loaded/);
    await expect(generateDemo(db, { apps: 30_001, seed: 1 })).rejects.toThrow(/0 to 30000/);
  });

  it('uses only codes that exist in the reference data', async () => {
    const db = await createTestDb();
    const codes = new Set(
      (
        await db.$client.execute(
          'select code from functions union all select code from data_entities union all select code from reference_codes',
        )
      ).rows.map((r) => String(r.code)),
    );
    for (const t of TEMPLATES) {
      for (const code of [
        ...t.core,
        ...t.extra,
        ...t.entities.map((e) => e.code),
        t.raa,
        ...(t.api?.entities ?? []),
      ]) {
        expect(codes.has(code), `${t.family}: ${code}`).toBe(true);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createTestDb } from '../test/support/db';
import { seedReference } from './reference';

async function counts(db: Awaited<ReturnType<typeof createTestDb>>) {
  const r = await db.$client.execute(`select
    (select count(*) from reference_codes) as refs,
    (select count(*) from functions) as fns,
    (select count(*) from data_entities) as des,
    (select count(*) from agencies where kind = 'provinsi') as provinces,
    (select count(*) from agencies where kind = 'kabupaten') as kabupaten,
    (select count(*) from agencies where kind = 'kota') as kota,
    (select count(*) from agencies where kind in ('kementerian', 'lembaga')) as central,
    (select count(*) from applications) as apps,
    (select count(*) from applications where category = 'umum') as shared,
    (select count(*) from apis) as apis`);
  return Object.fromEntries(Object.entries(r.rows[0]!).map(([k, v]) => [k, Number(v)]));
}

describe('seedReference', () => {
  it('loads the national reference data', async () => {
    const db = await createTestDb();
    const c = await counts(db);
    expect(c.provinces).toBe(38);
    expect(c.kabupaten).toBe(416);
    expect(c.kota).toBe(98);
    expect(c.central).toBeGreaterThanOrEqual(45);
    expect(c.fns).toBeGreaterThanOrEqual(150);
    expect(c.des).toBeGreaterThanOrEqual(60);
    expect(c.apps).toBeGreaterThanOrEqual(15);
    expect(c.shared).toBeGreaterThanOrEqual(4);
    expect(c.apis).toBeGreaterThan(0);
    const rab = await db.$client.execute(
      `select count(*) as n from reference_codes where domain = 'RAB' and level = 2`,
    );
    expect(Number(rab.rows[0]!.n)).toBe(45); // spbe.md says 46 but lists 45
  });

  it('is idempotent and never overwrites what an admin corrected', async () => {
    const db = await createTestDb();
    const before = await counts(db);
    await db.$client.execute(
      `update applications set description = 'Dikoreksi admin' where acronym = 'SRIKANDI'`,
    );
    await db.$client.execute(`update agencies set name = 'Nama dikoreksi' where code = '35.07'`);
    await seedReference(db);
    expect(await counts(db)).toEqual(before);
    const app = await db.$client.execute(`select description from applications where acronym = 'SRIKANDI'`);
    expect(app.rows[0]!.description).toBe('Dikoreksi admin');
    const agency = await db.$client.execute(`select name from agencies where code = '35.07'`);
    expect(agency.rows[0]!.name).toBe('Nama dikoreksi');
  });

  it('uses Kemendagri codes for regions, under their province', async () => {
    const db = await createTestDb();
    const r = await db.$client.execute(`select g.name, g.kind, p.code as parent, g.province_code as province
      from agencies g join agencies p on p.id = g.parent_id where g.code in ('35.07', '35.73') order by g.code`);
    expect(r.rows.map((x) => ({ ...x }))).toEqual([
      { name: 'Kabupaten Malang', kind: 'kabupaten', parent: '35', province: '35' },
      { name: 'Kota Malang', kind: 'kota', parent: '35', province: '35' },
    ]);
  });

  it('leaves no dangling reference', async () => {
    const db = await createTestDb();
    const r = await db.$client.execute('PRAGMA foreign_key_check');
    expect(r.rows).toEqual([]);
  });

  it('keeps FTS in sync with the rows it indexes', async () => {
    const db = await createTestDb();
    const r = await db.$client.execute(
      `select count(*) as n from applications_fts where applications_fts match 'srikandi'`,
    );
    expect(Number(r.rows[0]!.n)).toBeGreaterThanOrEqual(1);
    await db.$client.execute(
      `update applications set name = 'Nama Baru Unik Zyx' where acronym = 'SRIKANDI'`,
    );
    const after = await db.$client.execute(
      `select count(*) as n from applications_fts where applications_fts match 'zyx'`,
    );
    expect(Number(after.rows[0]!.n)).toBe(1);
  });
});

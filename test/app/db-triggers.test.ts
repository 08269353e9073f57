import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../seeds/demo';
import { createTestDb } from '../support/db';

type Db = Awaited<ReturnType<typeof createTestDb>>;

/** function_usage as it should be, computed the naive way. */
async function expectedUsage(db: Db) {
  const r = await db.$client.execute(`select af.function_id as f, count(*) as n, sum(a.category = 'umum') as s
    from application_functions af join applications a on a.id = af.application_id
    where a.status in ('approved', 'active', 'retired') group by af.function_id order by 1`);
  return r.rows.map((x) => [Number(x.f), Number(x.n), Number(x.s)]);
}

async function actualUsage(db: Db) {
  const r = await db.$client.execute(
    'select function_id as f, applications as n, shared_applications as s from function_usage where applications > 0 order by 1',
  );
  return r.rows.map((x) => [Number(x.f), Number(x.n), Number(x.s)]);
}

/** Per application with links: its functions some published shared application performs, naively. */
async function expectedShared(db: Db) {
  const r = await db.$client.execute(`select a.id as id, (select count(*) from application_functions af
      where af.application_id = a.id and exists (select 1 from application_functions o
        join applications s on s.id = o.application_id
        where o.function_id = af.function_id and s.category = 'umum' and s.status in ('approved', 'active', 'retired'))) as n
    from applications a where exists (select 1 from application_functions af where af.application_id = a.id)
    order by 1`);
  return r.rows.map((x) => [Number(x.id), Number(x.n)]);
}

async function actualShared(db: Db) {
  const r = await db.$client.execute(
    `select s.application_id as id, s.functions as n from application_shared_functions s
     where s.functions > 0 or exists (select 1 from application_functions af where af.application_id = s.application_id)
     order by 1`,
  );
  return r.rows.map((x) => [Number(x.id), Number(x.n)]);
}

describe('trigger-maintained summaries', () => {
  it('keep function_usage exact through inserts, status and category changes and deletes', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 300, seed: 9 });
    expect(await actualUsage(db)).toEqual(await expectedUsage(db));

    const c = db.$client;
    await c.execute(
      "update applications set status = 'draft' where id in (select id from applications where status = 'active' limit 20)",
    );
    await c.execute(
      "update applications set status = 'active' where id in (select id from applications where status = 'retired' limit 5)",
    );
    await c.execute(
      "update applications set category = 'umum' where id in (select id from applications where category = 'khusus' limit 3)",
    );
    expect(await actualUsage(db)).toEqual(await expectedUsage(db));

    await c.execute(
      "delete from applications where id in (select id from applications where status = 'active' limit 10)",
    );
    await c.execute(
      "delete from applications where id in (select id from applications where status = 'draft' limit 5)",
    );
    await c.execute(
      'delete from application_functions where rowid in (select rowid from application_functions limit 15)',
    );
    await c.execute(
      "insert or ignore into application_functions (application_id, function_id) select a.id, f.id from applications a, functions f where a.status = 'active' and f.code = 'RAB.09.03.01' limit 7",
    );
    expect(await actualUsage(db)).toEqual(await expectedUsage(db));

    // Links rewritten in place (migration 0014): to another application, and to another function.
    await c.execute(`update or ignore application_functions
      set application_id = (select id from applications where status = 'draft' order by id limit 1)
      where rowid in (select rowid from application_functions order by rowid limit 3)`);
    await c.execute(`update or ignore application_functions
      set function_id = (select id from functions where code = 'RAB.09.03.01')
      where rowid in (select rowid from application_functions order by rowid desc limit 4)`);
    expect(await actualUsage(db)).toEqual(await expectedUsage(db));
  });

  it('keep application_shared_functions exact whichever write makes a function shared or not', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 300, seed: 9 });
    expect(await actualShared(db)).toEqual(await expectedShared(db));
    const c = db.$client;
    const check = async (what: string) =>
      expect(await actualShared(db), what).toEqual(await expectedShared(db));

    // A function no shared application performs yet, taken up by one: every performer counts it.
    const fresh = await c.execute(`select f.id from functions f join function_usage u on u.function_id = f.id
      where u.applications > 1 and u.shared_applications = 0 limit 1`);
    const fid = Number(fresh.rows[0]!.id);
    await c.execute(`insert or ignore into application_functions (application_id, function_id)
      select id, ${fid} from applications where category = 'umum' and status = 'active' limit 1`);
    await check('a shared application takes up a function');
    // ... and drops it again.
    await c.execute(`delete from application_functions where function_id = ${fid}
      and application_id in (select id from applications where category = 'umum')`);
    await check('the shared application drops it');

    await c.execute(
      "update applications set status = 'draft' where id in (select id from applications where category = 'umum' and status = 'active' limit 3)",
    );
    await c.execute(
      "update applications set category = 'umum' where id in (select id from applications where category = 'khusus' and status = 'active' limit 2)",
    );
    await check('status and category changes');
    await c.execute(
      "delete from applications where id in (select id from applications where category = 'umum' limit 2)",
    );
    await c.execute(
      'delete from application_functions where rowid in (select rowid from application_functions limit 15)',
    );
    await c.execute(
      "insert or ignore into application_functions (application_id, function_id) select a.id, f.id from applications a, functions f where a.status = 'active' and f.code = 'RAB.09.03.01' limit 7",
    );
    await check('deletes and new links');
    // Links rewritten in place (nothing in the app does this today; the recount must still hold):
    // a link to a shared function moved to another application, and a link to an unshared
    // function turned into one to a shared function.
    await c.execute(`update or ignore application_functions
      set application_id = (select id from applications where status = 'active' and category = 'khusus' order by id desc limit 1)
      where rowid = (select af.rowid from application_functions af join function_usage u on u.function_id = af.function_id
        where u.shared_applications > 0 order by af.rowid limit 1)`);
    await check('a shared function’s link moved to another application');
    await c.execute(`update or ignore application_functions
      set function_id = (select function_id from function_usage where shared_applications > 0 order by function_id limit 1)
      where rowid = (select af.rowid from application_functions af join function_usage u on u.function_id = af.function_id
        where u.shared_applications = 0 order by af.rowid limit 1)`);
    await check('a link turned to a shared function');
    // No row left behind for a deleted application.
    const orphans = await c.execute(
      'select count(*) as n from application_shared_functions s where not exists (select 1 from applications a where a.id = s.application_id)',
    );
    expect(Number(orphans.rows[0]!.n)).toBe(0);
  });

  it('keep each application’s indexed function titles, and its search index, in step with its links', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 200, seed: 4 });
    const c = db.$client;
    // The titles of an application's functions, recomputed the naive way, as sorted word lists.
    const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean).sort().join(' ');
    const check = async () => {
      const r = await c.execute(`select a.id, a.function_terms as kept,
          (select coalesce(group_concat(f.title || ' ' || f.title_en, ' '), '') from application_functions af
            join functions f on f.id = af.function_id where af.application_id = a.id) as naive
        from applications a`);
      for (const row of r.rows)
        expect(words(String(row.kept)), `app ${row.id}`).toBe(words(String(row.naive)));
      // The FTS index agrees with its content table (FTS5 'integrity-check' fails otherwise).
      await c.execute("insert into applications_fts(applications_fts, rank) values ('integrity-check', 1)");
    };
    await check();
    await c.execute(
      'delete from application_functions where rowid in (select rowid from application_functions limit 25)',
    );
    await c.execute(
      "insert or ignore into application_functions (application_id, function_id) select a.id, f.id from applications a, functions f where f.code = 'RAL.02.06.01' limit 9",
    );
    await c.execute(
      "update functions set title = 'Naskah dinas masuk, keluar dan surat edaran' where code = 'RAL.02.06.01'",
    );
    await c.execute('delete from applications where id in (select id from applications limit 6)');
    await check();
    // Links rewritten in place (migration 0015): to another application, and to another function.
    await c.execute(`update or ignore application_functions
      set application_id = (select id from applications order by id desc limit 1)
      where rowid in (select rowid from application_functions order by rowid limit 3)`);
    await c.execute(`update or ignore application_functions
      set function_id = (select id from functions where code = 'RAL.02.06.01')
      where rowid in (select rowid from application_functions order by rowid desc limit 4)`);
    await check();
    const edaran = await c.execute(
      "select count(*) as n from applications_fts where applications_fts match 'edaran'",
    );
    const performing = await c.execute(
      "select count(*) as n from application_functions af join functions f on f.id = af.function_id where f.code = 'RAL.02.06.01'",
    );
    expect(Number(edaran.rows[0]!.n)).toBe(Number(performing.rows[0]!.n));
  });

  it('keep each application’s copy of its agency’s kind and province', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 100, seed: 2 });
    const c = db.$client;
    const mismatches = `select count(*) as n from applications a join agencies g on g.id = a.agency_id
      where a.agency_kind is not g.kind or a.province_code is not g.province_code`;
    expect(Number((await c.execute(mismatches)).rows[0]!.n)).toBe(0);
    await c.execute("update agencies set province_code = '99' where code = '35'");
    await c.execute(
      "update applications set agency_id = (select id from agencies where code = '35') where id = (select min(id) from applications)",
    );
    expect(Number((await c.execute(mismatches)).rows[0]!.n)).toBe(0);
  });
});

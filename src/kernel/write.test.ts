import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { createClient as createWebClient } from '@libsql/client/web';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/client';
import { type HranaServer, startHranaServer } from '../../test/support/hrana-server';
import { Conflict, NotFound } from './errors';
import { Batch, constraintFailure, SLICED_ABOVE, STALE_VERSION } from './write';

const SCHEMA = [
  'create table t (id integer primary key, name text not null unique, parent integer references t(id), version integer not null default 1)',
  `create trigger t_version before update of version on t when new.version <> old.version + 1
     begin select raise(abort, '${STALE_VERSION}'); end`,
];

async function embedded(): Promise<Db> {
  const path = join(mkdtempSync(join(tmpdir(), 'katalog-write-')), 'w.db');
  const client = createClient({ url: `file:${path}` });
  for (const s of SCHEMA) await client.execute(s);
  await client.execute('pragma foreign_keys = on');
  return createDb(client);
}

let server: HranaServer;
let overHttp: Db;

beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'katalog-write-http-')), 'w.db');
  const client = createClient({ url: `file:${path}` });
  for (const s of SCHEMA) await client.execute(s);
  client.close();
  server = await startHranaServer(path);
  overHttp = createDb(createWebClient({ url: server.url }) as never);
});
afterAll(() => server?.close());

const insert = (db: Db, name: string, parent: number | null = null) =>
  db.run(sql`insert into t (name, parent) values (${name}, ${parent}) returning id`);

describe.each([
  ['the embedded client', embedded],
  ['the HTTP (Hrana) client, as on Workers', async () => overHttp],
])('one atomic write through %s', (_label, open) => {
  it('finds new rows by their RETURNING ids', async () => {
    const db = await open();
    const batch = new Batch();
    const a = batch.add(insert(db, `a-${Math.random()}`));
    const b = batch.add(insert(db, `b-${Math.random()}`));
    const result = await batch.run(db);
    expect(result.insertedId(b)).toBe(result.insertedId(a) + 1);
    expect(result.rowsAffected(a)).toBe(1);
  });

  it('maps a unique failure by its code, names the constraint, and writes nothing', async () => {
    const db = await open();
    const name = `dup-${Math.random()}`;
    await new Batch().run(db);
    const first = new Batch();
    first.add(insert(db, name));
    await first.run(db);
    const batch = new Batch();
    batch.add(insert(db, `other-${name}`), insert(db, name));
    let seen = '';
    const error = await batch
      .run(db, {
        unique: (constraint) => {
          seen = constraint;
          return new Conflict('taken');
        },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect(seen).toBe('t.name');
    const rows = await db.all(sql`select 1 from t where name = ${`other-${name}`}`);
    expect(rows).toHaveLength(0);
  });

  it('tells a foreign key and a stale version apart from other failures', async () => {
    const db = await open();
    const fk = new Batch();
    fk.add(insert(db, `orphan-${Math.random()}`, 999_999));
    await expect(fk.run(db, { foreignKey: () => new NotFound('gone') })).rejects.toBeInstanceOf(NotFound);

    const made = new Batch();
    const slot = made.add(insert(db, `v-${Math.random()}`));
    const id = (await made.run(db)).insertedId(slot);
    const stale = new Batch();
    stale.add(db.run(sql`update t set version = 5 where id = ${id}`));
    await expect(stale.run(db, { stale: () => new Conflict('stale') })).rejects.toThrow('stale');

    // Unmapped failures pass through unchanged, still classified by code.
    const raw = await stale.run(db).catch((e: unknown) => e);
    expect(constraintFailure(raw)).toEqual({ kind: 'trigger', detail: STALE_VERSION });
  });
});

describe('a long write on the embedded database', () => {
  const many = (db: Db, prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => insert(db, `${prefix}-${i}`));

  it('lets other requests run while it is written, and still writes all of it at once', async () => {
    const db = await embedded();
    const batch = new Batch();
    batch.add(...many(db, 'long', SLICED_ABOVE * 20));
    let finished = false;
    const running = batch.run(db).then((r) => {
      finished = true;
      return r;
    });
    // A read issued after the write started is answered before the write ends, and sees none
    // of it: the transaction has not committed yet.
    const [during] = await db.all<{ n: number }>(sql`select count(*) as n from t where name like 'long-%'`);
    expect(finished).toBe(false);
    expect(during?.n).toBe(0);
    // A write issued meanwhile waits its turn instead of failing with SQLITE_BUSY.
    await db.run(sql`insert into t (name) values ('meanwhile')`);
    expect(finished).toBe(true);
    const result = await running;
    expect(result.rowsAffected(0 as never)).toBe(1);
    const [after] = await db.all<{ n: number }>(sql`select count(*) as n from t where name like 'long-%'`);
    expect(after?.n).toBe(SLICED_ABOVE * 20);
  });

  it('writes nothing when its last statement fails, and maps the failure as a short one would', async () => {
    const db = await embedded();
    const batch = new Batch();
    batch.add(...many(db, 'atomic', SLICED_ABOVE * 4), insert(db, 'atomic-0'));
    const error = await batch.run(db, { unique: () => new Conflict('taken') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    const [row] = await db.all<{ n: number }>(sql`select count(*) as n from t where name like 'atomic-%'`);
    expect(row?.n).toBe(0);
    // The database is usable afterwards: the transaction ended and released its turn.
    await db.run(sql`insert into t (name) values ('after-failure')`);
  });
});

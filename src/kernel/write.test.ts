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
import { Batch, constraintFailure, STALE_VERSION } from './write';

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

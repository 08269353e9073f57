import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import Database from 'libsql';
import { describe, expect, it } from 'vitest';
import { cachedStatementCount, cacheStatements, PAGE_CACHE_KIB } from '../../db/statement-cache';

const dir = mkdtempSync(join(tmpdir(), 'katalog-stmt-'));
let n = 0;
const fresh = () => join(dir, `db-${++n}.db`);

describe('prepared statements kept per connection (db/statement-cache.ts)', () => {
  cacheStatements();

  it('prepares one SQL text once per connection and answers every run with its own arguments', () => {
    const file = fresh();
    const db = new Database(file);
    db.exec("create table t(a integer, b text); insert into t values (1, 'satu'), (2, 'dua'), (3, 'tiga')");
    const sql = 'select b from t where a >= ? order by a';
    const first = db.prepare(sql);
    expect(db.prepare(sql)).toBe(first);
    expect(cachedStatementCount(db)).toBe(1);
    expect(first.all([2]).map((r) => (r as { b: string }).b)).toEqual(['dua', 'tiga']);
    expect(
      db
        .prepare(sql)
        .all([1])
        .map((r) => (r as { b: string }).b),
    ).toEqual(['satu', 'dua', 'tiga']);
    // Another connection has its own statements.
    const other = new Database(file);
    expect(other.prepare(sql)).not.toBe(first);
    other.close();
    db.close();
  });

  it('runs a statement again after a partial read, a failed write and a schema change', () => {
    const db = new Database(fresh());
    db.exec("create table t(a integer primary key, b text); insert into t values (1, 'satu'), (2, 'dua')");
    const read = db.prepare('select a from t order by a');
    const rows = read.iterate();
    expect(rows.next().done).toBe(false);
    expect(db.prepare('select a from t order by a').all().length).toBe(2);
    const insert = 'insert into t values (?, ?)';
    expect(() => db.prepare(insert).run([1, 'lagi'])).toThrow(/UNIQUE|constraint/i);
    expect(db.prepare(insert).run([3, 'tiga']).changes).toBe(1);
    db.exec('alter table t add column c text');
    expect(db.prepare('select a from t order by a').all().length).toBe(3);
    db.close();
  });

  it('keeps at most 256 statements per connection, and none after it is closed', () => {
    const db = new Database(fresh());
    for (let i = 0; i < 300; i++) db.prepare(`select ${i} as n`);
    expect(cachedStatementCount(db)).toBe(256);
    db.close();
    expect(cachedStatementCount(db)).toBe(0);
  });

  it('serves the libSQL client: repeated queries with different arguments answer correctly', async () => {
    const client = createClient({ url: `file:${fresh()}` });
    await client.execute('create table t(a integer, b text)');
    for (let i = 0; i < 5; i++)
      await client.execute({ sql: 'insert into t values (?, ?)', args: [i, `baris ${i}`] });
    for (let i = 0; i < 5; i++) {
      const r = await client.execute({ sql: 'select b from t where a = ?', args: [i] });
      expect(r.rows[0]?.b).toBe(`baris ${i}`);
    }
    const batch = await client.batch(
      [
        { sql: 'select count(*) as n from t where a < ?', args: [3] },
        { sql: 'select count(*) as n from t where a < ?', args: [5] },
      ],
      'read',
    );
    expect(batch.map((r) => Number(r.rows[0]?.n))).toEqual([3, 5]);
    client.close();
  });

  it('gives every connection of the client the larger page cache, also the one opened after a transaction', async () => {
    const client = createClient({ url: `file:${fresh()}` });
    const cacheSize = async () => Number((await client.execute('pragma cache_size')).rows[0]?.cache_size);
    expect(await cacheSize()).toBe(-PAGE_CACHE_KIB);
    const tx = await client.transaction('write');
    await tx.execute('create table t(a integer)');
    await tx.commit();
    // The client hands the transaction its connection and opens a new one for what follows.
    expect(await cacheSize()).toBe(-PAGE_CACHE_KIB);
    client.close();
  });
});

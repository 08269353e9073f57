import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Client, createClient, type InStatement } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { migrateDb } from '../../db/migrate';
import { generateDemo } from '../../seeds/demo';
import { seedReference } from '../../seeds/reference';
import { createApp } from '../../src/app';
import { parseConfig } from '../../src/config';
import { nativeHasher } from '../../src/kernel/password-node';

/** Every SQL text the app sends while serving, recorded on the way to the real client. */
function recording(client: Client, seen: Set<string>): Client {
  const text = (s: InStatement) => (typeof s === 'string' ? s : s.sql);
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === 'execute')
        return (s: InStatement, args?: unknown) => {
          seen.add(text(s));
          return args === undefined ? target.execute(s) : target.execute(s as string, args as never);
        };
      if (prop === 'batch')
        return (stmts: InStatement[], mode?: never) => {
          for (const s of stmts) seen.add(text(s));
          return target.batch(stmts, mode);
        };
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

// The tables that grow with the catalogue: reading one of them whole on a hot page is what made
// pages take 50–160 ms on a database loaded by the CLI without statistics (issue 14).
const LARGE = [
  'applications',
  'application_functions',
  'application_data_entities',
  'apis',
  'api_data_entities',
  'api_operations',
  'application_consumed_apis',
];

describe('query plans on a freshly CLI-loaded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-plans-'));
  const client = createClient({ url: `file:${join(dir, 'k.db')}` });
  const seen = new Set<string>();
  const db = createDb(client);
  const app = createApp({
    db: createDb(recording(client, seen)),
    config: parseConfig({ SECURE_COOKIES: 'false', DEMO_APPS: '0', LOG_REQUESTS: 'false' }),
    passwords: nativeHasher,
  });

  beforeAll(async () => {
    // What `katalog demo --apps N` runs, at a size a test can afford.
    await migrateDb(db);
    await seedReference(db);
    await generateDemo(db, { apps: 1500, seed: 1 });
  });
  afterAll(() => client.close());

  it('gathers statistics after the bulk load (sqlite_stat1 covers the applications table)', async () => {
    const r = await client.execute("select count(*) as n from sqlite_stat1 where tbl = 'applications'");
    expect(Number(r.rows[0]!.n)).toBeGreaterThan(0);
  });

  it('serves the hot pages by index (no large table read whole, detail pages by key)', async () => {
    const id = Number((await client.execute('select max(id) as id from applications')).rows[0]!.id);
    const paths = [
      `/aplikasi/${id}`,
      `/api/v1/applications/${id}`,
      '/aplikasi',
      '/aplikasi?q=kepegawaian',
      '/api/v1/applications?agency=35.07',
      '/api/v1/search?q=pegawai',
      '/api/v1/apis?q=pegawai',
    ];
    // A detail page reads one application and its neighbours: each row found by key. Without
    // statistics SQLite walked every active application through the status index instead.
    const detail = new Set(paths.slice(0, 2));
    for (const path of paths) {
      seen.clear();
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      const scans: string[] = [];
      for (const sql of seen) {
        if (!/^\s*(select|with)\b/i.test(sql)) continue;
        const params = (sql.match(/\?/g) ?? []).map(() => 1);
        const plan = await client.execute({ sql: `explain query plan ${sql}`, args: params });
        for (const row of plan.rows) {
          const step = String(row.detail);
          // `SCAN t` without an index is a full read; `SCAN t USING (COVERING) INDEX` is an
          // ordered index walk, bounded by the LIMIT of the statement.
          const m = /^SCAN (\w+)(?: AS \w+)?$/.exec(step);
          if (m && LARGE.includes(m[1]!)) scans.push(`${step}  <-  ${sql.slice(0, 160)}`);
          if (detail.has(path) && /\(status=\?\)$/.test(step))
            scans.push(`${step}  <-  ${sql.slice(0, 160)}`);
        }
      }
      expect(scans, path).toEqual([]);
    }
  });
});

/**
 * Is the driver the limit? (issue 14, decision 0032) Runs the seven reads of the application
 * page for the same random applications four ways on one database file:
 *  - `@libsql/client`, one `execute` per statement (what every page did before);
 *  - `@libsql/client`, one read `batch` (what the page does now: `readAll`);
 *  - the `libsql` package's synchronous better-sqlite3-style API, statements prepared per call;
 *  - the same, statements prepared once and reused.
 * Usage: npx tsx bench/driver.ts FILE.db [--runs 2000]
 */
import { parseArgs } from 'node:util';
import { createClient } from '@libsql/client';
import Database from 'libsql';
import { PUBLIC_STATUSES } from '../db/schema/applications';
import * as appsRepo from '../src/features/catalogue/repo/applications';
import { compile } from '../src/kernel/repo';
import { fmt, quantile } from './lib';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '2000' } },
});
const file = positionals[0];
if (!file) throw new Error('usage: npx tsx bench/driver.ts FILE.db');
const runs = Number(values.runs);
const statementsOf = (id: number) =>
  [
    appsRepo.applicationRead(id),
    appsRepo.applicationFunctionsRead(id),
    appsRepo.applicationDataEntitiesRead(id),
    appsRepo.providedApisRead(id),
    appsRepo.consumedApisRead(id, PUBLIC_STATUSES),
    appsRepo.relatedApplicationsRead(id, PUBLIC_STATUSES),
    appsRepo.similarByFunctionsRead(id, PUBLIC_STATUSES),
  ].map((r) => {
    const q = compile(r.query);
    return { sql: q.sql, args: q.params };
  });

const client = createClient({ url: `file:${file}` });
const ids = (
  await client.execute(`select id from applications where status = 'active' order by random() limit 200`)
).rows.map((r) => Number(r.id));
const sync = new Database(file, { readonly: true });
const prepared = new Map<string, ReturnType<typeof sync.prepare>>();

const ways: [string, (id: number) => unknown][] = [
  [
    '@libsql/client, one execute per statement',
    async (id) => {
      for (const s of statementsOf(id)) await client.execute(s);
    },
  ],
  ['@libsql/client, one read batch', (id) => client.batch(statementsOf(id), 'read')],
  [
    'libsql (sync), prepared per call',
    (id) => {
      for (const s of statementsOf(id)) sync.prepare(s.sql).all(s.args);
    },
  ],
  [
    'libsql (sync), prepared once',
    (id) => {
      for (const s of statementsOf(id)) {
        let st = prepared.get(s.sql);
        if (!st) {
          st = sync.prepare(s.sql);
          prepared.set(s.sql, st);
        }
        st.all(s.args);
      }
    },
  ],
];
for (const [label, run] of ways) {
  for (let i = 0; i < 50; i++) await run(ids[i % ids.length]!);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run(ids[i % ids.length]!);
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  console.log(
    `| ${label} | ${fmt(quantile(times, 0.5))} | ${fmt(quantile(times, 0.95))} | ${fmt((used.user + used.system) / 1000 / runs)} |`,
  );
}
process.exit(0);

/**
 * Catalogue pages at national scale: seeds N applications (default 30,000), then measures
 *  1. server time of each page shape in-process (app.request: routing, queries, rendering), and
 *     the same text search done the naive way (LIKE scan) as a baseline;
 *  2. HTTP latency and throughput under concurrency, side by side with a bare node:http server
 *     in the same run.
 * Writes its numbers to docs/benchmarks.md. Usage:
 *   npx tsx bench/catalogue.ts [--apps 30000] [--seconds 5] [--connections 10] [--runs 200]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { migrateDb } from '../db/migrate';
import { openNodeDb } from '../db/open';
import { generateDemo } from '../seeds/demo';
import { seedReference } from '../seeds/reference';
import { createApp } from '../src/app';
import { parseConfig } from '../src/config';
import { nodeDigest } from '../src/kernel/digest-node';
import { nativeHasher } from '../src/kernel/password-node';
import { progressPrinter } from '../src/kernel/progress';
import { fmt, load, quantile, timeIt, waitFor, writeSection } from './lib';

const { values } = parseArgs({
  options: {
    apps: { type: 'string', default: '30000' },
    seed: { type: 'string', default: '7' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    runs: { type: 'string', default: '200' },
  },
});
const apps = Number(values.apps);
const runs = Number(values.runs);
const seconds = Number(values.seconds);
const connections = Number(values.connections);

// The generated database is cached between runs (same size and seed give the same rows).
const dbPath = join(tmpdir(), `katalog-bench-${apps}-${values.seed}.db`);
const config = parseConfig({
  DATABASE_URL: `file:${dbPath}`,
  DEMO_APPS: '0',
  SECURE_COOKIES: 'false',
  LOG_REQUESTS: 'false',
  // Every request computed: the same URLs repeat, and the response cache would answer them.
  RESPONSE_CACHE_MB: '0',
});
const fresh = !existsSync(dbPath);
const db = await openNodeDb(config, { cacheStatements: true });
if (fresh) {
  console.log(`Seeding ${apps} applications into ${dbPath} …`);
  const t = performance.now();
  await migrateDb(db);
  await seedReference(db, progressPrinter());
  const print = progressPrinter();
  await generateDemo(db, {
    apps,
    seed: Number(values.seed),
    onProgress: (d, n) => print('demo applications', d, n),
  });
  await db.run(sql`analyze`);
  console.log(`Seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
// A reused database gets the migrations added since it was seeded (drizzle's migrator skips the rest).
else await migrateDb(db);
const count = (await db.get<{ n: number }>(sql`select count(*) as n from applications`))!.n;

// Realistic parameters drawn from the data itself.
const pick = async (q: ReturnType<typeof sql>) => (await db.get<{ v: string | number }>(q))!.v;
const busyFunction =
  await pick(sql`select f.code as v from functions f join application_functions af on af.function_id = f.id
  group by f.id order by count(*) desc limit 1`);
const detailIds = (
  await db.all<{ id: number }>(
    sql`select id from applications where status = 'active' order by random() limit 50`,
  )
).map((r) => r.id);
const bigProvince =
  await pick(sql`select g.province_code as v from applications a join agencies g on g.id = a.agency_id
  where g.province_code is not null group by 1 order by count(*) desc limit 1`);
const bigAgency = await pick(
  sql`select g.code as v from applications a join agencies g on g.id = a.agency_id group by 1 order by count(*) desc limit 1`,
);

const shapes: { name: string; paths: string[] }[] = [
  { name: 'home', paths: ['/'] },
  { name: 'list, no filter', paths: ['/aplikasi'] },
  { name: 'list, page 500', paths: ['/aplikasi?page=500'] },
  { name: 'list, q=kepegawaian (common)', paths: ['/aplikasi?q=kepegawaian'] },
  { name: 'list, q=sistem informasi (stop words only)', paths: ['/aplikasi?q=sistem+informasi'] },
  { name: 'list, q=e-surat', paths: ['/aplikasi?q=e-surat'] },
  { name: 'list, q=pariwisata (selective)', paths: ['/aplikasi?q=pariwisata'] },
  { name: 'list, q=pe (prefix while typing)', paths: ['/aplikasi?q=pe'] },
  { name: `list, province=${bigProvince}`, paths: [`/aplikasi?province=${bigProvince}`] },
  { name: 'list, kabupaten + khusus', paths: ['/aplikasi?agencyKind=kabupaten&category=khusus'] },
  { name: 'list, sector=RAB.09.06', paths: ['/aplikasi?sector=RAB.09.06'] },
  { name: `list, function=${busyFunction} (busiest)`, paths: [`/aplikasi?function=${busyFunction}`] },
  {
    name: 'list, q=arsip + province + sort=updated',
    paths: [`/aplikasi?q=arsip&province=${bigProvince}&sort=updated`],
  },
  { name: 'detail (50 random apps)', paths: detailIds.map((id) => `/aplikasi/${id}`) },
  { name: `agency page (${bigAgency})`, paths: [`/instansi/${bigAgency}`] },
  { name: `function page (${busyFunction})`, paths: [`/fungsi/${busyFunction}`] },
  { name: 'functions catalogue', paths: ['/fungsi'] },
  { name: 'API list, q=pegawai', paths: ['/api/v1/applications?q=pegawai'] },
];

// 1. Server time in-process.
const app = createApp({ db, config, passwords: nativeHasher, digest: nodeDigest });
const serverRows: string[] = [];
let worstP95 = 0;
for (const shape of shapes) {
  let i = 0;
  let status = 0;
  const times = await timeIt(async () => {
    const res = await app.request(shape.paths[i++ % shape.paths.length]!);
    status = res.status;
    await res.text();
  }, runs);
  if (status !== 200) throw new Error(`${shape.name}: HTTP ${status}`);
  const p95 = quantile(times, 0.95);
  worstP95 = Math.max(worstP95, p95);
  serverRows.push(
    `| ${shape.name} | ${fmt(quantile(times, 0.5))} | ${fmt(p95)} | ${fmt(Math.max(...times))} |`,
  );
  console.log(`${shape.name}: p50 ${fmt(quantile(times, 0.5))} ms, p95 ${fmt(p95)} ms`);
}

// Baseline for text search: the naive way, a LIKE scan over names and descriptions.
const naive = await timeIt(
  () =>
    db.all(sql`select id, name from applications where (name like '%kepegawaian%' or description like '%kepegawaian%')
    and status in ('approved','active','retired') order by name limit 20`),
  Math.min(runs, 50),
);
const naiveCount = await timeIt(
  () =>
    db.all(
      sql`select count(*) from applications where (name like '%kepegawaian%' or description like '%kepegawaian%')`,
    ),
  Math.min(runs, 50),
);

// 2. HTTP under load, against a bare node:http server in the same run.
function start(cmd: string, args: string[], port: number): ChildProcess {
  return spawn(cmd, args, {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${dbPath}`,
      DEMO_APPS: '0',
      SECURE_COOKIES: 'false',
      // A log line per request to this terminal would be measured too.
      LOG_REQUESTS: 'false',
    },
    stdio: 'inherit',
  });
}
const barePort = 18_000 + Math.floor(Math.random() * 1000);
const appPort = barePort + 1000;
const bare = start(process.execPath, [join(import.meta.dirname, 'bare-http.mjs')], barePort);
const server = start(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'serve.ts')], appPort);
const loadRows: string[] = [];
try {
  await waitFor(`http://127.0.0.1:${barePort}/`);
  await waitFor(`http://127.0.0.1:${appPort}/healthz`);
  const runLoad = async (label: string, base: string, paths: string[]) => {
    const r = await load(base, paths, { connections, seconds });
    loadRows.push(
      `| ${label} | ${Math.round(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} |`,
    );
    console.log(
      `${label}: ${Math.round(r.rps)} req/s, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms, errors ${r.errors}`,
    );
  };
  await runLoad('bare node:http hello (baseline)', `http://127.0.0.1:${barePort}`, ['/']);
  await runLoad('healthz (Hono, no database)', `http://127.0.0.1:${appPort}`, ['/healthz']);
  await runLoad('list, no filter', `http://127.0.0.1:${appPort}`, ['/aplikasi']);
  await runLoad('list, mixed searches and filters', `http://127.0.0.1:${appPort}`, [
    '/aplikasi?q=kepegawaian',
    '/aplikasi?q=e-surat',
    `/aplikasi?province=${bigProvince}`,
    '/aplikasi?sector=RAB.09.06',
    '/aplikasi?q=pe',
    `/aplikasi?function=${busyFunction}`,
  ]);
  await runLoad(
    'detail (50 random apps)',
    `http://127.0.0.1:${appPort}`,
    detailIds.map((id) => `/aplikasi/${id}`),
  );
} finally {
  bare.kill();
  server.kill();
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
writeSection(
  'catalogue',
  `## Catalogue pages at ${count.toLocaleString('en')} applications (\`bench/catalogue.ts\`)

Run: ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpu}, Node ${process.version}, embedded libSQL file.
Target: every page's server time p95 under 50 ms. Worst p95 this run: **${fmt(worstP95)} ms**.

### Server time in-process (\`app.request\`: routing, queries, rendering; ${runs} runs each, ms; response cache off, every request computed)

| page | p50 | p95 | max |
|---|---|---|---|
${serverRows.join('\n')}

Baseline, the naive way: \`LIKE '%kepegawaian%'\` over names and descriptions, first page:
p50 ${fmt(quantile(naive, 0.5))} ms, p95 ${fmt(quantile(naive, 0.95))} ms; its count: p50 ${fmt(quantile(naiveCount, 0.5))} ms. A list page needs both; compare their sum
with the q=kepegawaian row above, which also ranks by relevance and renders the page.

### HTTP under load (${connections} keep-alive connections, ${seconds} s each, latency in ms)

| target | req/s | p50 | p95 | p99 | errors |
|---|---|---|---|---|---|
${loadRows.join('\n')}

The server runs as deployed (response cache on, so repeated URLs are mostly answered from it;
\`bench/load.ts\` has the same pages at 32 connections with it off too). The load generator runs on
the same 2-core machine as the server, so absolute req/s are lower than on a dedicated box; the ratio to the bare node:http server in the same run is the number to
compare.`,
);
console.log('Wrote docs/benchmarks.md');
process.exit(0);

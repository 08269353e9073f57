/**
 * The national picture's clustering job (issue 17) at national scale: on a scratch copy of the
 * 30,000-application demo catalogue built with the command line (bench/db.ts, shared with the
 * other benches), runs `runClustering` as `npm run katalog -- clusters` and the cron trigger do,
 * while a client keeps asking the app for a page of the catalogue. Records the job's time, the
 * event loop's longest stall during it and the latencies of the requests served meanwhile, and
 * writes docs/benchmarks.md.
 *   npm run bench:clusters -- [--apps 30000]
 */
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openNodeDb } from '../db/open';
import { createApp } from '../src/app';
import { parseConfig } from '../src/config';
import { runClustering } from '../src/features/rationalisation/service';
import { nodeDigest } from '../src/kernel/digest-node';
import { nativeHasher } from '../src/kernel/password-node';
import { progressPrinter } from '../src/kernel/progress';
import { benchDatabase, copyDatabase } from './db';
import { fmt, quantile, writeSection } from './lib';

const { values } = parseArgs({
  options: { apps: { type: 'string', default: '30000' }, seed: { type: 'string', default: '7' } },
});
const apps = Number(values.apps);
const base = benchDatabase(apps, Number(values.seed));
const dbPath = copyDatabase(base, join(tmpdir(), `katalog-bench-clusters-${apps}.db`));
const config = parseConfig({
  DATABASE_URL: `file:${dbPath}`,
  DEMO_APPS: '0',
  SECURE_COOKIES: 'false',
  LOG_REQUESTS: 'false',
});
const db = await openNodeDb(config);
const app = createApp({ db, config, passwords: nativeHasher, digest: nodeDigest });
const PROBE = '/api/v1/applications?pageSize=20&q=kepegawaian';

// Warm up: the first requests compile code and fill caches.
for (let i = 0; i < 5; i++) await (await app.request(PROBE)).arrayBuffer();

const load = loadavg()[0]!.toFixed(1);
const print = progressPrinter();
const loop = monitorEventLoopDelay({ resolution: 10 });
let running = true;
const latencies: number[] = [];
const probe = (async () => {
  while (running) {
    const t = performance.now();
    const res = await app.request(PROBE);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${PROBE} answered ${res.status}`);
    latencies.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 50));
  }
})();
const cpu = process.cpuUsage();
loop.enable();
const started = performance.now();
const result = await runClustering(db, { onProgress: (step, d, n) => print(`clusters ${step}`, d, n) });
const ms = performance.now() - started;
loop.disable();
const used = process.cpuUsage(cpu);
running = false;
await probe;

const line = `| ${result.applications.toLocaleString('en')} | ${result.clusters.toLocaleString('en')} | ${result.covered.toLocaleString('en')} | ${(ms / 1000).toFixed(1)} s | ${((used.user + used.system) / 1e6).toFixed(1)} s | ${(loop.max / 1e6).toFixed(0)} ms | ${latencies.length} | ${fmt(quantile(latencies, 0.5))} / ${fmt(quantile(latencies, 0.95))} / ${fmt(Math.max(...latencies))} ms |`;
console.log(line);
writeSection(
  'clusters',
  `## National picture: the clustering job (bench/clusters.ts)

\`runClustering\` (what \`npm run katalog -- clusters\`, the Worker's cron trigger and an applied import
run) on a scratch copy of the ${apps.toLocaleString('en')}-application demo catalogue built with
\`npm run katalog -- demo\`, in the same process as the app, while a client asks
\`GET ${PROBE}\` every 50 ms. "Longest stall" is the event loop's maximum delay during the job: the
longest any request waited for it. CPU is the process's (job and probe requests). Shared 2-core
machine, ${cpus().length} cores seen, load average ${load} when it started.

| published apps | clusters | covered apps | job time | CPU | longest stall | requests served meanwhile | their p50 / p95 / max |
|---|---|---|---|---|---|---|---|
${line}

Target (issue 17): under 60 s at 30,000 applications without blocking requests.`,
);
db.$client.close();

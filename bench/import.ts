/**
 * Bulk import at the issue's size: a 5,000-row CSV for one agency of a demo catalogue built with
 * the command line (bench/db.ts; default 30,000 applications), checked (dry run) and then applied
 * on a scratch copy of the database. Every row names real function and data-entity codes; the
 * agency's existing applications come back as updates (a changed description), the rest are new.
 * Records wall time, CPU time and the event loop's longest stall (other requests wait that long)
 * and writes docs/benchmarks.md.
 *   npm run bench:import -- [--apps 30000] [--rows 5000] [--agency 35.07]
 */
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openNodeDb } from '../db/open';
import { parseConfig } from '../src/config';
import { FROZEN_STATUSES } from '../src/domain/lifecycle';
import { type ImportReport, importFile } from '../src/features/transfer/import-service';
import { progressPrinter } from '../src/kernel/progress';
import { list } from '../src/kernel/repo';
import { benchDatabase, copyDatabase } from './db';
import { writeSection } from './lib';

const { values } = parseArgs({
  options: {
    apps: { type: 'string', default: '30000' },
    seed: { type: 'string', default: '7' },
    rows: { type: 'string', default: '5000' },
    agency: { type: 'string', default: '35.07' },
  },
});
const apps = Number(values.apps);
const rowCount = Number(values.rows);
const base = benchDatabase(apps, Number(values.seed));
const dbPath = copyDatabase(base, join(tmpdir(), `katalog-bench-import-${apps}.db`));
const db = await openNodeDb(
  parseConfig({ DATABASE_URL: `file:${dbPath}`, DEMO_APPS: '0', SECURE_COOKIES: 'false' }),
);

const [agency] = (await db.all(
  sql`select id, code from agencies where code = ${values.agency.toUpperCase()}`,
)) as { id: number; code: string }[];
if (!agency) throw new Error(`no agency ${values.agency} in ${base}`);
const functions = (
  (await db.all(sql`select code from functions where status = 'active' order by code`)) as { code: string }[]
).map((f) => f.code);
const entities = (
  (await db.all(sql`select code from data_entities order by code`)) as { code: string }[]
).map((d) => d.code);
const existing = (await db.all(
  sql`select name from applications where agency_id = ${agency.id} and status not in ${list(FROZEN_STATUSES)} order by id`,
)) as { name: string }[];

// Deterministic rows: a small linear congruential generator, so every run imports the same file.
let state = 12345;
const rand = (n: number) => {
  state = (state * 1103515245 + 12345) % 2 ** 31;
  return state % n;
};
const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const lines = ['name,description,status,functions,dataEntities,yearlyCost'];
const topics = ['Layanan', 'Sistem Informasi', 'Aplikasi', 'Portal', 'Dasbor'];
const subjects = ['Perizinan', 'Kepegawaian', 'Keuangan', 'Persuratan', 'Aset', 'Kesehatan', 'Pendidikan'];
for (let i = 0; i < rowCount; i++) {
  const name =
    i < existing.length
      ? existing[i]!.name
      : `${topics[rand(topics.length)]} ${subjects[rand(subjects.length)]} Impor ${i + 1}`;
  const fns = [...new Set(Array.from({ length: 1 + rand(3) }, () => functions[rand(functions.length)]!))];
  const des = [...new Set(Array.from({ length: rand(3) }, () => entities[rand(entities.length)]!))];
  lines.push(
    [
      cell(name),
      cell(
        `Dimuat lewat impor massal, baris ${i + 2}: ${subjects[rand(subjects.length)]!.toLowerCase()} daerah.`,
      ),
      'draft',
      fns.join(';'),
      des.map((d) => `${d}:${rand(2) ? 'producer' : 'consumer'}`).join(';'),
      String((1 + rand(50)) * 10_000_000),
    ].join(','),
  );
}
const bytes = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);

async function timed(dryRun: boolean) {
  const print = progressPrinter();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const started = performance.now();
  loop.enable();
  const report: ImportReport = await importFile(db, null, {
    agency: agency!.code,
    fileName: 'bench.csv',
    bytes,
    dryRun,
    onProgress: (d, t, phase) => print(phase, d, t),
  });
  loop.disable();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { report, ms, cpuMs: (used.user + used.system) / 1000, maxStallMs: loop.max / 1e6 };
}

const load = loadavg()[0]!.toFixed(1);
const dry = await timed(true);
console.log(`dry run: ${(dry.ms / 1000).toFixed(2)} s`, dry.report.counts);
for (const r of dry.report.rows.filter((r) => r.action === 'error').slice(0, 5))
  console.log(`  line ${r.line}:`, JSON.stringify(r.issues));
const applied = await timed(false);
console.log(`apply: ${(applied.ms / 1000).toFixed(2)} s`, applied.report.counts);
if (!applied.report.applied) throw new Error('the bench file was not applied');
const again = await timed(true);
console.log(`dry run again: ${(again.ms / 1000).toFixed(2)} s`, again.report.counts);

const row = (what: string, r: Awaited<ReturnType<typeof timed>>) =>
  `| ${what} | ${(r.ms / 1000).toFixed(2)} s | ${(r.cpuMs / 1000).toFixed(2)} s | ${r.maxStallMs.toFixed(0)} ms | ${r.report.counts.create} / ${r.report.counts.update} / ${r.report.counts.unchanged} / ${r.report.counts.error} |`;

writeSection(
  'import',
  `## Bulk import (bench/import.ts)

A ${rowCount.toLocaleString('en')}-row CSV for agency ${agency.code} (its ${Math.min(existing.length, rowCount)} existing
applications as updates, the rest new, each with 1–3 function codes and 0–2 data entities) against a
${apps.toLocaleString('en')}-application demo catalogue built with \`npm run katalog -- demo\`, through
\`importFile\` as the page, the API and the command line call it. The dry run also finds each new
application's closest national service. "Longest stall" is the event loop's maximum delay while the
import ran: how long another request could have waited. Shared 2-core machine, ${cpus().length} cores
seen, load average ${load} when it started.

| run | wall | CPU | longest stall | create / update / unchanged / error |
|---|---|---|---|---|
${row('dry run', dry)}
${row('apply (one atomic write)', applied)}
${row('dry run of the same file after applying', again)}

Targets (issue 16): dry run under 10 s, apply under 20 s. Before 2026-11-29 the same size took 14–51 s
(dry run) and 35–93 s (apply) here: codes, names and stored state were read per row, each new
application was 8–10 statements, and the overlap check ran whole per new row (only the first 200).
Now codes are read once per file, stored state 500 applications per query, new applications are
written fifty per group of statements, and every new row's closest national service comes from one
read of the national services (decision 0034).`,
);
db.$client.close();

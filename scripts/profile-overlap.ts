/**
 * Profiling aid: warm checkOverlap timings for every labelled proposal on a copy of the 30k bench
 * database (bench/overlap.ts), slowest proposals first.
 *   npx tsx scripts/profile-overlap.ts [path/to/30k.db]
 */
import * as v from 'valibot';
import { migrateDb } from '../db/migrate';
import { openNodeDb } from '../db/open';
import { parseConfig } from '../src/config';
import { OverlapInput } from '../src/features/overlap/schemas';
import { checkOverlap } from '../src/features/overlap/service';
import { LABELLED_PROPOSALS } from '../test/support/labelled-proposals';

const config = parseConfig({
  DATABASE_URL: `file:${process.argv[2] ?? '/tmp/katalog-bench-30000-7.db'}`,
  DEMO_APPS: '0',
  SECURE_COOKIES: 'false',
  LOG_REQUESTS: 'false',
});
const db = await openNodeDb(config);
await migrateDb(db);
const inputs = LABELLED_PROPOSALS.map((p) => ({
  id: p.id,
  input: v.parse(OverlapInput, {
    name: p.name,
    description: p.description,
    functions: p.functions ?? [],
    dataEntities: p.dataEntities ?? [],
  }),
}));
for (const x of inputs) await checkOverlap(db, x.input);
const times: { id: string; ms: number }[] = [];
const cpu: number[] = [];
for (let r = 0; r < 3; r++)
  for (const x of inputs) {
    const c = process.cpuUsage();
    const t = performance.now();
    await checkOverlap(db, x.input);
    times.push({ id: x.id, ms: performance.now() - t });
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
const all = times.map((t) => t.ms).sort((a, b) => a - b);
const q = (p: number) => all[Math.floor(p * (all.length - 1))]!.toFixed(1);
console.log('wall p50', q(0.5), 'p95', q(0.95), 'max', q(1));
cpu.sort((a, b) => a - b);
console.log(
  'cpu p50',
  cpu[Math.floor(0.5 * (cpu.length - 1))]!.toFixed(1),
  'p95',
  cpu[Math.floor(0.95 * (cpu.length - 1))]!.toFixed(1),
  "ms (process CPU time per check: what the machine's load inflates least)",
);
const byId = new Map<string, number>();
for (const t of times) byId.set(t.id, Math.max(byId.get(t.id) ?? 0, t.ms));
console.log(
  [...byId]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([id, ms]) => `${id} ${ms.toFixed(1)}`)
    .join('\n'),
);
const prof = (globalThis as { __prof?: Record<string, number> }).__prof;
if (prof) {
  let prev = 0;
  const n = times.length + inputs.length;
  console.log(
    Object.entries(prof)
      .map(([k, t]) => {
        const d = (t - prev) / n;
        prev = t;
        return `${k} ${d.toFixed(2)}`;
      })
      .join(', '),
    'ms per check (temporary marks in service.ts)',
  );
}
process.exit(0);

/**
 * Profiling aid: one search shape run many times in-process on the search bench database
 * (bench/search.ts builds it), with the server's statement cache; prints the mean and p95.
 * Run under `node --cpu-prof --import tsx` to see where the time goes.
 *   npx tsx scripts/profile-search.ts 'data pegawai' [runs] [path/to/db]
 */
import * as v from 'valibot';
import { openNodeDb } from '../db/open';
import { parseConfig } from '../src/config';
import { SearchQuery } from '../src/features/search/schemas';
import { search } from '../src/features/search/service';

const q = process.argv[2] ?? 'data pegawai';
const runs = Number(process.argv[3] ?? 300);
const config = parseConfig({
  DATABASE_URL: `file:${process.argv[4] ?? '/tmp/katalog-bench-search-30000-7-100000.db'}`,
  DEMO_APPS: '0',
  LOG_REQUESTS: 'false',
});
const db = await openNodeDb(config, { cacheStatements: true });
const query = v.parse(SearchQuery, { q });
for (let i = 0; i < 20; i++) await search(db, query);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  await search(db, query);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(
  `${q}: mean ${(times.reduce((a, b) => a + b, 0) / runs).toFixed(2)} ms, p95 ${times[Math.floor(runs * 0.95)]!.toFixed(2)} ms`,
);

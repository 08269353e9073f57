/**
 * Profiling aid: where an overlap POST's time goes beyond the check itself. Runs every labelled
 * proposal (a) through checkOverlap and (b) through `app.request` (the full middleware stack,
 * with compression as the Node server runs it), sequentially, on a copy of a 30k database, and
 * prints the mean process CPU time of each.
 *   npx tsx scripts/profile-overlap-http.ts path/to/30k.db
 */
import { openNodeDb } from '../db/open';
import { createApp } from '../src/app';
import { parseConfig } from '../src/config';
import { checkOverlap } from '../src/features/overlap/service';
import { withCompression } from '../src/kernel/http/compress-node';
import { nativeHasher } from '../src/kernel/password-node';
import { LABELLED_PROPOSALS } from '../test/support/labelled-proposals';

const config = parseConfig({
  DATABASE_URL: `file:${process.argv[2] ?? '/tmp/katalog-bench-30000-7.db'}`,
  DEMO_APPS: '0',
  SECURE_COOKIES: 'false',
  LOG_REQUESTS: 'false',
});
const db = await openNodeDb(config, { cacheStatements: true });
const fetch = withCompression(createApp({ db, config, passwords: nativeHasher, compress: true }).fetch);
const bodies = LABELLED_PROPOSALS.map(({ name, description, functions, dataEntities }) => ({
  name,
  description,
  functions: functions ?? [],
  dataEntities: dataEntities ?? [],
}));
const cpuMs = async (f: () => Promise<unknown>, rounds: number) => {
  await f();
  const c = process.cpuUsage();
  for (let r = 0; r < rounds; r++) await f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000 / rounds / bodies.length;
};
const direct = async () => {
  for (const b of bodies) await checkOverlap(db, b);
};
const http = async () => {
  for (const b of bodies) {
    const r = await fetch(
      new Request('http://localhost/api/v1/overlap', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Encoding': 'gzip' },
        body: JSON.stringify(b),
      }),
    );
    await r.arrayBuffer();
  }
};
const rounds = Number(process.argv[3] ?? 3);
console.log('checkOverlap  cpu ms/check', (await cpuMs(direct, rounds)).toFixed(2));
console.log('app.request   cpu ms/check', (await cpuMs(http, rounds)).toFixed(2));

/**
 * Search quality on a catalogue with local look-alikes: the reference data plus 3,000 demo
 * applications (seeds/demo.ts, fixed seed), in which every national service has dozens of local
 * copies (SIMPEG, e-Surat, e-Procurement, …). Two things are held:
 * - the mean reciprocal rank of the labelled queries (test/support/labelled-queries.ts) on the held-out half,
 *   which no tuning looked at, stays at or above 0.8 (both halves are printed; docs/benchmarks.md);
 * - the words agencies use for the big national services put those services (and their APIs)
 *   on the first page of every way in: `/aplikasi`, `/cari`, `GET /api/v1/search`, `GET /api/v1/apis`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import { generateDemo } from '../../../seeds/demo';
import { createTestDb } from '../../../test/support/db';
import { HELD_OUT, LABELLED_QUERIES, TUNING } from '../../../test/support/labelled-queries';
import { labelledSeedIds, nationalApplicationIds } from '../../../test/support/repo';
import { DEPTH, type Evaluation, evaluate } from '../../../test/support/search-evaluation';
import { createApp } from '../../app';
import { parseConfig } from '../../config';
import { nativeHasher } from '../../kernel/password-node';

/** The floor the issue sets (11, item 7) for the held-out half. */
const HELD_OUT_MRR_FLOOR = 0.8;

let db: Db;
let app: ReturnType<typeof createApp>;
const ids = new Map<string, number>();

beforeAll(async () => {
  db = await createTestDb();
  await generateDemo(db, { apps: 3000, seed: 11 });
  app = createApp({
    db,
    config: parseConfig({ SECURE_COOKIES: 'false', DEMO_APPS: '0' }),
    passwords: nativeHasher,
  });
  for (const [key, id] of await labelledSeedIds(db)) ids.set(key, id);
});

const id = (key: string) => {
  const found = ids.get(key);
  if (found === undefined) throw new Error(`no seeded ${key}`);
  return found;
};

function report(name: string, e: Evaluation) {
  const misses = e.outcomes
    .filter((o) => o.rank !== 1)
    .map((o) => `  ${o.rank ?? `>${DEPTH}`}  ${o.q}  [${o.top.join(' | ')}]`);
  console.log(
    `${name}: ${e.outcomes.length} queries, MRR ${e.mrr.toFixed(3)}, first ${(e.first * 100).toFixed(0)}%, ` +
      `first page ${(e.page * 100).toFixed(0)}%${misses.length ? `\n${misses.join('\n')}` : ''}`,
  );
}

describe('search quality on the labelled queries', () => {
  it('has at least 40 held-out queries, split in two halves, with Indonesian, English, abbreviations and typos', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(40);
    expect(TUNING.length + HELD_OUT.length).toBe(LABELLED_QUERIES.length);
    expect(new Set(LABELLED_QUERIES.map((q) => q.q)).size).toBe(LABELLED_QUERIES.length);
    for (const kind of ['id', 'en', 'abbr', 'typo'] as const)
      expect(HELD_OUT.some((q) => q.kind === kind)).toBe(true);
  });

  it(`keeps the held-out MRR at or above ${HELD_OUT_MRR_FLOOR}`, async () => {
    const tuning = await evaluate(db, TUNING);
    const heldOut = await evaluate(db, HELD_OUT);
    report('tuning half', tuning);
    report('held-out half', heldOut);
    expect(heldOut.mrr).toBeGreaterThanOrEqual(HELD_OUT_MRR_FLOOR);
  });
});

describe('the reusable source first, on every way in', () => {
  const cases: [string, string[]][] = [
    ['kepegawaian', ['app:SIASN']],
    ['data pegawai', ['app:SIASN']],
    ['surat', ['app:SRIKANDI']],
    ['persuratan', ['app:SRIKANDI']],
    ['naskah dinas', ['app:SRIKANDI']],
    ['pengadaan', ['app:SPSE']],
  ];

  it.each(cases)(
    '"%s" lists the national service on the first page of /aplikasi and /cari',
    async (q, keys) => {
      for (const path of ['/aplikasi', '/cari']) {
        const res = await app.request(`${path}?q=${encodeURIComponent(q)}`);
        expect(res.status).toBe(200);
        const html = await res.text();
        for (const key of keys) expect(html, `${path} ${q}`).toContain(`href="/aplikasi/${id(key)}"`);
      }
    },
  );

  it.each(cases)(
    '"%s" lists the national service on the first page of GET /api/v1/search',
    async (q, keys) => {
      const res = await app.request(`/api/v1/search?q=${encodeURIComponent(q)}`);
      const body = (await res.json()) as { items: { type: string; id: number }[] };
      const apps = body.items.filter((i) => i.type === 'application').map((i) => i.id);
      for (const key of keys) expect(apps, q).toContain(id(key));
    },
  );

  it.each(['pegawai', 'kepegawaian', 'data pegawai'])(
    '"%s" puts API SIASN first in GET /api/v1/apis, above the local copies’ APIs',
    async (q) => {
      const res = await app.request(`/api/v1/apis?q=${encodeURIComponent(q)}`);
      const body = (await res.json()) as { items: { id: number }[]; total: number };
      expect(body.total).toBeGreaterThan(10);
      expect(body.items[0]?.id).toBe(id('api:API SIASN'));
    },
  );

  it('shows no national service that does not match the words', async () => {
    const national = await nationalApplicationIds(db);
    const appsOf = async (q: string) => {
      const res = await app.request(`/api/v1/search?q=${encodeURIComponent(q)}&pageSize=100`);
      const body = (await res.json()) as { items: { type: string; id: number }[] };
      return body.items.filter((i) => i.type === 'application').map((i) => i.id);
    };
    // No national service is about tourism; SIASN has nothing to do with letters.
    const tourism = await appsOf('pariwisata');
    expect(tourism.length).toBeGreaterThan(5);
    expect(tourism.filter((i) => national.has(i))).toEqual([]);
    expect(await appsOf('surat')).not.toContain(id('app:SIASN'));
  });
});

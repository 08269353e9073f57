/**
 * Round trips on the remote path (issue 14): the app over `@libsql/client/web` and the Hrana
 * test server, as on Workers, counting the HTTP requests each page costs. With a database in
 * another region every round trip is tens of milliseconds, so the count is the page's latency.
 */
import { createClient as createWebClient } from '@libsql/client/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { createApp } from '../../src/app';
import { parseConfig } from '../../src/config';
import { nativeHasher } from '../../src/kernel/password-node';
import { createTestDbFile } from '../support/db';
import { type HranaServer, startHranaServer } from '../support/hrana-server';
import { agencyIdsByCode, insertApplications } from '../support/repo';

let server: HranaServer;
let app: ReturnType<typeof createApp>;
let db: ReturnType<typeof createDb>;

beforeAll(async () => {
  server = await startHranaServer(await createTestDbFile());
  db = createDb(createWebClient({ url: server.url }) as never);
  const config = parseConfig({ SECURE_COOKIES: 'false', DEMO_APPS: '0', LOG_REQUESTS: 'false' });
  app = createApp({ db, config, passwords: nativeHasher });
});
afterAll(() => server?.close());

/** The round trips `request` costs. */
async function tripsOf(request: () => Response | Promise<Response>, status = 200): Promise<number> {
  const before = server.roundTrips;
  const res = await request();
  expect(res.status).toBe(status);
  await res.arrayBuffer();
  return server.roundTrips - before;
}

describe('round trips to a remote database', () => {
  it('reads an application page and its API detail in two: the data version, then one batch', async () => {
    const list = (await (await app.request('/api/v1/applications?category=umum')).json()) as {
      items: { id: number }[];
    };
    const [first, second] = list.items;
    expect(await tripsOf(() => app.request(`/aplikasi/${first!.id}`))).toBe(2);
    expect(await tripsOf(() => app.request(`/api/v1/applications/${second!.id}`))).toBeLessThanOrEqual(2);
    // Kept at this data version: one round trip to learn that nothing changed.
    expect(await tripsOf(() => app.request(`/aplikasi/${first!.id}`))).toBe(1);
  });

  it('reads the home page in two and the application list in three', async () => {
    expect(await tripsOf(() => app.request('/'))).toBe(2);
    // The data version, the page with its count, the filters' option lists.
    expect(await tripsOf(() => app.request('/aplikasi'))).toBe(3);
  });

  it('answers the search API in three: the data version, the hits, the rows of the page', async () => {
    expect(await tripsOf(() => app.request('/api/v1/search?q=pegawai'))).toBe(3);
  });

  it('checks a proposal for overlap in three, and again in one at the same data version', async () => {
    // A local look-alike besides the national services, so the candidates are not only national.
    await insertApplications(db, [
      {
        agencyId: (await agencyIdsByCode(db))['35.07']!,
        name: 'e-Office Kabupaten Malang',
        description: 'Persuratan elektronik: naskah dinas masuk dan keluar, disposisi, arsip digital.',
        status: 'active',
      },
    ]);
    const check = () =>
      app.request('/api/v1/overlap', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          name: 'e-Office Pemerintah Kabupaten Banyumas',
          description:
            'Persuratan elektronik: naskah dinas masuk dan keluar, disposisi berjenjang, arsip digital.',
          functions: ['RAL.02.06.01', 'RAL.02.06.02'],
          dataEntities: ['RAD.10.02.01'],
        }),
      });
    expect(await tripsOf(check)).toBe(3);
    // The lists and profiles read are kept for this data version (decision 0043).
    expect(await tripsOf(check)).toBe(1);
  });
});

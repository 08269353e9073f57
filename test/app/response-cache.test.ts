import { createClient } from '@libsql/client';
import { describe, expect, it, vi } from 'vitest';
import { createDb } from '../../db/client';
import { UNVERSIONED_TABLES } from '../../db/version';
import { createApp } from '../../src/app';
import { parseConfig } from '../../src/config';
import { nativeHasher } from '../../src/kernel/password-node';
import { apiCall, makeActor } from '../support/auth';
import { countingClient } from '../support/counting-client';
import { createTestDbFile } from '../support/db';

/** An app whose database calls are counted, over a fresh reference database. */
async function countedApp(env: Record<string, string> = {}) {
  const path = await createTestDbFile();
  const counter = countingClient(createClient({ url: `file:${path}` }));
  const db = createDb(counter.client);
  const config = parseConfig({
    SECURE_COOKIES: 'false',
    DEMO_APPS: '0',
    LOG_REQUESTS: 'false',
    RESPONSE_CACHE_GRACE_SECONDS: '0',
    ...env,
  });
  const app = createApp({ db, config, passwords: nativeHasher });
  const [national] = (
    await db.$client.execute("select id, name from applications where status = 'active' limit 1")
  ).rows as unknown as { id: number; name: string }[];
  return { app, db, path, counter, national: national! };
}

/** Renames an application through another connection, as another process committing would. */
async function renameElsewhere(path: string, id: number, name: string) {
  const other = createClient({ url: `file:${path}` });
  await other.execute({ sql: 'update applications set name = ? where id = ?', args: [name, id] });
  other.close();
}

describe('server-side cache of anonymous reads', () => {
  it('answers a repeated anonymous read with one query, the data version, and the same body', async () => {
    const { app, counter, national } = await countedApp();
    for (const path of [
      '/',
      `/aplikasi/${national.id}`,
      `/api/v1/applications/${national.id}`,
      '/aplikasi',
    ]) {
      const first = await app.request(path);
      expect(first.status, path).toBe(200);
      const body = await first.text();
      counter.reset();
      const again = await app.request(path);
      expect(await again.text(), path).toBe(body);
      expect(counter.counts.statements, path).toBe(1);
      expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'));
    }
  });

  it('shows a write made through the app at the next anonymous read', async () => {
    const { app, db } = await countedApp();
    const operator = await makeActor(db, 'operator', '35.07', 'operator@malang.go.id');
    const before = await (await app.request('/api/v1/applications?agency=35.07')).text();
    expect(before).not.toContain('Sistem Antrean Puskesmas');
    const created = await apiCall(
      app,
      'POST',
      '/api/v1/applications',
      { name: 'Sistem Antrean Puskesmas', status: 'active' },
      operator,
    );
    expect(created.status).toBe(201);
    const after = await (await app.request('/api/v1/applications?agency=35.07')).text();
    expect(after).toContain('Sistem Antrean Puskesmas');
  });

  it('shows a change another process committed at the next anonymous read', async () => {
    const { app, path, national } = await countedApp();
    const page = `/aplikasi/${national.id}`;
    expect(await (await app.request(page)).text()).toContain(national.name);
    await renameElsewhere(path, national.id, 'Nama Baru Sekali');
    expect(await (await app.request(page)).text()).toContain('Nama Baru Sekali');
  });

  it('with a grace period, sends the page from before a save for that long, then the new one', async () => {
    const { app, db, path, national } = await countedApp({ RESPONSE_CACHE_GRACE_SECONDS: '5' });
    const operator = await makeActor(db, 'operator', '35.07', 'penguji.tenggang@malang.go.id');
    const page = `/aplikasi/${national.id}`;
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-29T08:00:00Z') });
    try {
      expect(await (await app.request(page)).text()).toContain(national.name);
      await renameElsewhere(path, national.id, 'Nama Baru Sekali');
      vi.setSystemTime(new Date('2026-11-29T08:00:04Z'));
      const during = await (await app.request(page)).text();
      expect(during).toContain(national.name);
      expect(during).not.toContain('Nama Baru Sekali');
      // Signed-in readers always get the current data.
      const signedIn = await app.request(page, { headers: { Cookie: operator.cookie } });
      expect(await signedIn.text()).toContain('Nama Baru Sekali');
      vi.setSystemTime(new Date('2026-11-29T08:00:05Z'));
      expect(await (await app.request(page)).text()).toContain('Nama Baru Sekali');
    } finally {
      vi.useRealTimers();
    }
  });

  it('never answers a signed-in read from the cache, nor keeps one for others', async () => {
    const { app, db, counter, national } = await countedApp();
    const operator = await makeActor(db, 'operator', '35.07', 'penguji.tembolok@malang.go.id');
    const page = `/aplikasi/${national.id}`;
    await app.request(page);
    counter.reset();
    const signedIn = await app.request(page, { headers: { Cookie: operator.cookie } });
    expect(await signedIn.text()).toContain('penguji.tembolok');
    expect(counter.counts.statements).toBeGreaterThan(1);
    expect(signedIn.headers.get('Cache-Control')).toBe('private, no-store');

    // A page first asked for signed in is not kept for the public.
    const list = '/aplikasi?category=umum';
    expect(await (await app.request(list, { headers: { Cookie: operator.cookie } })).text()).toContain(
      'penguji.tembolok',
    );
    const anonymous = await app.request(list);
    expect(await anonymous.text()).not.toContain('penguji.tembolok');
    // Nor with a bearer token.
    await app.request(`/api/v1/applications/${national.id}`);
    counter.reset();
    const token = await app.request(`/api/v1/applications/${national.id}`, {
      headers: { Authorization: `Bearer ${operator.token}` },
    });
    expect(token.status).toBe(200);
    expect(counter.counts.statements).toBeGreaterThan(1);
  });

  it('keeps pages per language and htmx fragment apart, and never keeps an answer that sets a cookie', async () => {
    const { app, counter } = await countedApp();
    const id = await (await app.request('/aplikasi', { headers: { Cookie: 'lang=id' } })).text();
    const en = await (await app.request('/aplikasi', { headers: { Cookie: 'lang=en' } })).text();
    expect(id).toContain('lang="id"');
    expect(en).toContain('lang="en"');
    const fragment = await (await app.request('/aplikasi', { headers: { 'HX-Request': 'true' } })).text();
    expect(fragment).not.toContain('<html');

    const first = await app.request('/aplikasi?lang=en');
    expect(first.headers.get('Set-Cookie')).toContain('lang=en');
    counter.reset();
    const second = await app.request('/aplikasi?lang=en');
    expect(second.headers.get('Set-Cookie')).toContain('lang=en');
    expect(counter.counts.statements).toBeGreaterThan(1);
  });

  it('counts hits and misses in the metrics', async () => {
    const { app } = await countedApp({ METRICS_TOKEN: 'metrics-token-for-tests-0123456789' });
    await app.request('/aplikasi');
    await app.request('/aplikasi');
    await app.request('/aplikasi');
    const metrics = await (
      await app.request('/metrics', {
        headers: { Authorization: 'Bearer metrics-token-for-tests-0123456789' },
      })
    ).text();
    expect(metrics).toContain('response_cache_total{result="miss"} 1');
    expect(metrics).toContain('response_cache_total{result="hit"} 2');
  });

  it('is off with RESPONSE_CACHE_MB=0', async () => {
    const { app, counter } = await countedApp({ RESPONSE_CACHE_MB: '0' });
    await app.request('/aplikasi');
    counter.reset();
    await app.request('/aplikasi');
    expect(counter.counts.statements).toBeGreaterThan(1);
  });
});

describe('the data version', () => {
  it('is moved by a change to every table except the private ones', async () => {
    const { db } = await countedApp();
    const tables = (
      await db.$client.execute(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
           and name not like '__drizzle%' and name != 'data_version' and sql not like 'CREATE VIRTUAL%'`,
      )
    ).rows.map((r) => String(r.name));
    const virtual = (
      await db.$client.execute("select name from sqlite_master where sql like 'CREATE VIRTUAL%'")
    ).rows.map((r) => String(r.name));
    const triggers = new Set(
      (await db.$client.execute("select name from sqlite_master where type = 'trigger'")).rows.map((r) =>
        String(r.name),
      ),
    );
    const missing = tables
      .filter((t) => !virtual.some((v) => t.startsWith(`${v}_`)) && !UNVERSIONED_TABLES.includes(t))
      .filter((t) => !['ai', 'au', 'ad'].every((s) => triggers.has(`data_version_${t}_${s}`)));
    expect(missing).toEqual([]);
    for (const t of UNVERSIONED_TABLES) expect(triggers.has(`data_version_${t}_ai`), t).toBe(false);
  });
});

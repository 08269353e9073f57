import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { parseConfig } from '../../src/config';
import { nativeHasher } from '../../src/kernel/password-node';
import { createTestApp } from '../support/app';
import { apiCall, registryFixture } from '../support/auth';
import { createTestDb } from '../support/db';

describe('headers that depend on the connection and the reader', () => {
  it('sends HSTS only over HTTPS (or behind a trusted proxy that says so)', async () => {
    const { app } = await createTestApp();
    expect((await app.request('http://localhost/')).headers.get('strict-transport-security')).toBeNull();
    const forged = await app.request('http://localhost/', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(forged.headers.get('strict-transport-security')).toBeNull();
    expect((await app.request('https://katalog.example/')).headers.get('strict-transport-security')).toMatch(
      /max-age=\d+/,
    );
    const db = await createTestDb();
    const proxied = createApp({
      db,
      config: parseConfig({ SECURE_COOKIES: 'false', TRUST_PROXY: 'true' }),
      passwords: nativeHasher,
    });
    const behind = await proxied.request('http://localhost/', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(behind.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('keeps signed-in pages and /api/v1/me out of every cache, but not public pages', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const page = await app.request('/saya', { headers: { Cookie: fx.owner.cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    const me = await apiCall(app, 'GET', '/api/v1/me', undefined, fx.owner);
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('private, no-store');
    const signedInHome = await app.request('/', { headers: { Cookie: fx.owner.cookie } });
    expect(signedInHome.headers.get('cache-control')).toBe('private, no-store');
    const publicHome = await app.request('/');
    expect(publicHome.headers.get('cache-control') ?? '').not.toContain('private');
  });
});

describe('the CSRF origin with PUBLIC_URL configured', () => {
  it('comes from PUBLIC_URL, not from the Host header', async () => {
    const db = await createTestDb();
    const fx = await registryFixture(db);
    const app = createApp({
      db,
      config: parseConfig({ SECURE_COOKIES: 'false', PUBLIC_URL: 'https://katalog.example.go.id' }),
      passwords: nativeHasher,
    });
    const post = (url: string, origin: string) =>
      app.request(url, {
        method: 'POST',
        body: new URLSearchParams({ _csrf: fx.owner.csrf }),
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Origin: origin,
          Cookie: fx.owner.cookie,
        },
      });
    // A request whose Host the sender chose, with a matching Origin: refused.
    expect((await post('http://evil.example/logout', 'http://evil.example')).status).toBe(403);
    expect((await post('http://localhost/logout', 'http://localhost')).status).toBe(403);
    expect((await post('http://localhost/logout', 'https://katalog.example.go.id')).status).toBe(303);
  });
});

describe('names without invisible characters', () => {
  it('strips control, bidi-override and zero-width characters from names; keeps line breaks in descriptions', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const res = await apiCall(
      app,
      'POST',
      '/api/v1/applications',
      {
        name: 'SIMPEG\u202e gnp.exe\u200b\u0000 Malang\u2066',
        acronym: '\u200dSIM\u0007',
        description: 'Baris satu\nBaris dua\u202e\u0000',
        functions: ['RAB.09.06.01'],
      },
      fx.owner,
    );
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const app1 = (await (
      await apiCall(app, 'GET', `/api/v1/applications/${id}`, undefined, fx.owner)
    ).json()) as {
      name: string;
      acronym: string;
      description: string;
    };
    expect(app1.name).toBe('SIMPEG gnp.exe Malang');
    expect(app1.acronym).toBe('SIM');
    expect(app1.description).toBe('Baris satu\nBaris dua');
  });
});

import { describe, expect, it } from 'vitest';
import { ORIGIN, PASSWORD, registryFixture } from '../../../test/support/auth';
import { createTestDb } from '../../../test/support/db';
import { createApp } from '../../app';
import { parseConfig } from '../../config';
import { clientAddress } from '../../kernel/http/client-address';
import { nativeHasher } from '../../kernel/password-node';

async function appWith(env: Record<string, string> = {}) {
  const db = await createTestDb();
  await registryFixture(db);
  const config = parseConfig({ SECURE_COOKIES: 'false', DEMO_APPS: '0', ...env });
  // The connection's own address, as the Node entry reports it: one reverse proxy for everyone.
  const app = createApp({ db, config, passwords: nativeHasher, clientAddress: () => '10.0.0.1' });
  return app;
}

function signIn(
  app: Awaited<ReturnType<typeof appWith>>,
  password: string,
  forwardedFor?: string,
  lang = '',
) {
  return app.request(`/login${lang}`, {
    method: 'POST',
    body: new URLSearchParams({ email: 'admin@katalog.go.id', password }),
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: ORIGIN,
      ...(forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}),
    },
  });
}

describe('sign-in throttling over HTTP', () => {
  it('answers a failing client with 429, a Retry-After and the wait on the page, in its language', async () => {
    const app = await appWith();
    for (let i = 0; i < 5; i++) expect((await signIn(app, `salah-${i}-xxxxxxx`)).status).toBe(422);
    const res = await signIn(app, PASSWORD);
    expect(res.status).toBe(429);
    const retry = Number(res.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(14);
    expect(retry).toBeLessThanOrEqual(15);
    expect(await res.text()).toContain(`Coba lagi dalam ${retry} detik`);
    const en = await signIn(app, PASSWORD, undefined, '?lang=en');
    expect(en.status).toBe(429);
    const text = await en.text();
    expect(text).toMatch(/Try again in 1[45] seconds/);
    expect(text).not.toContain('Coba lagi');
  });

  it('with TRUST_PROXY, takes the client from X-Forwarded-For: an attack cannot lock out the admin', async () => {
    const app = await appWith({ TRUST_PROXY: 'true' });
    for (let i = 0; i < 12; i++) await signIn(app, `salah-${i}-xxxxxxx`, '203.0.113.66');
    expect((await signIn(app, PASSWORD, '203.0.113.66')).status).toBe(429);
    // The admin, behind the same proxy, from their own address: signed in.
    const admin = await signIn(app, PASSWORD, '198.51.100.7');
    expect(admin.status).toBe(303);
    expect(admin.headers.get('set-cookie')).toContain('katalog_session=');
  });

  it('without TRUST_PROXY, ignores X-Forwarded-For (anyone can send it)', async () => {
    const app = await appWith();
    for (let i = 0; i < 5; i++) await signIn(app, `salah-${i}-xxxxxxx`, `203.0.113.${i}`);
    // A forged header does not make a new client: the connection's address is still waiting.
    expect((await signIn(app, PASSWORD, '198.51.100.7')).status).toBe(429);
  });

  it.each([
    ['10.0.0.1', undefined, 1, '10.0.0.1'],
    ['10.0.0.1', '198.51.100.7', 0, '10.0.0.1'],
    ['10.0.0.1', '198.51.100.7', 1, '198.51.100.7'],
    ['10.0.0.1', '6.6.6.6, 198.51.100.7', 1, '198.51.100.7'],
    ['10.0.0.1', '6.6.6.6, 198.51.100.7, 10.0.0.2', 2, '198.51.100.7'],
    ['10.0.0.1', 'not an address', 1, '10.0.0.1'],
    ['10.0.0.1', '2001:db8::1', 1, '2001:db8::1'],
  ])(
    'client address of socket %s with X-Forwarded-For %j and %i proxies is %s',
    (socket, xff, proxies, expected) => {
      expect(clientAddress(socket, xff, proxies)).toBe(expected);
    },
  );
});

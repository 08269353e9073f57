import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../db/client';
import { makeActor, ORIGIN, PASSWORD } from '../../../test/support/auth';
import { createTestDb } from '../../../test/support/db';
import { createApp } from '../../app';
import { parseConfig } from '../../config';
import type { LogRecord } from '../../kernel/log';
import { nativeHasher } from '../../kernel/password-node';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

async function appWith(opts: { env?: Record<string, string>; db?: Db; draining?: () => boolean } = {}) {
  const db = opts.db ?? (await createTestDb());
  const lines: LogRecord[] = [];
  const config = parseConfig({ SECURE_COOKIES: 'false', DEMO_APPS: '0', ...opts.env });
  const app = createApp({
    db,
    config,
    passwords: nativeHasher,
    log: (r) => lines.push(r),
    ...(opts.draining ? { draining: opts.draining } : {}),
  });
  return { app, db, lines };
}

const requestLines = (lines: LogRecord[]) => lines.filter((l) => l.msg === 'request');

describe('readiness and liveness', () => {
  it('is ready on a reachable, migrated database', async () => {
    const { app } = await appWith();
    const res = await app.request('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true });
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('is not ready on a database that has not been migrated, while still alive', async () => {
    const db = createDb(createClient({ url: ':memory:' }));
    const { app } = await appWith({ db });
    const res = await app.request('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, reason: 'migrations' });
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('is not ready when the database lacks the newest migration', async () => {
    const { app, db } = await appWith();
    await db.$client.execute(
      'delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)',
    );
    const res = await app.request('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, reason: 'migrations' });
  });

  it('is not ready when the database cannot be reached, and counts the database error', async () => {
    const { app, db } = await appWith({ env: { METRICS_TOKEN } });
    db.$client.close();
    const res = await app.request('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, reason: 'database' });
    const metrics = await (
      await app.request('/metrics', { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    expect(metrics).toContain('db_errors_total{where="readiness"} 1');
  });

  it('turns away new traffic once the process is draining', async () => {
    let draining = false;
    const { app } = await appWith({ draining: () => draining });
    expect((await app.request('/readyz')).status).toBe(200);
    draining = true;
    const res = await app.request('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, reason: 'draining' });
  });
});

describe('metrics', () => {
  it('do not exist unless a token is configured', async () => {
    const { app } = await appWith();
    expect((await app.request('/metrics')).status).toBe(404);
  });

  it('need the configured bearer token', async () => {
    const { app } = await appWith({ env: { METRICS_TOKEN } });
    expect((await app.request('/metrics')).status).toBe(401);
    const wrong = await app.request('/metrics', {
      headers: { Authorization: 'Bearer not-the-token-at-all-000' },
    });
    expect(wrong.status).toBe(401);
  });

  it('count requests and their latency per route pattern, not per URL', async () => {
    const { app } = await appWith({ env: { METRICS_TOKEN } });
    await app.request('/instansi/1');
    await app.request('/instansi/2');
    await app.request('/tidak-ada');
    const res = await app.request('/metrics', { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await res.text();
    const count = (route: string, status: string) =>
      Number(
        new RegExp(
          `^http_requests_total\\{method="GET",route="${route}",status="${status}"\\} (\\d+)$`,
          'm',
        ).exec(text)?.[1] ?? 0,
      );
    const byId = [...text.matchAll(/^http_requests_total\{method="GET",route="\/instansi\/([^"]+)"/gm)];
    expect(byId.map((m) => m[1])).toEqual([expect.stringMatching(/^:/)]);
    const pattern = `/instansi/${byId[0]![1]}`;
    const statuses = [...text.matchAll(new RegExp(`route="${pattern}",status="(\\d+)"\\} (\\d+)`, 'g'))];
    expect(statuses.reduce((n, m) => n + Number(m[2]), 0)).toBe(2);
    expect(count('\\(unmatched\\)', '404')).toBe(1);
    expect(text).toMatch(
      new RegExp(`^http_request_duration_seconds_count\\{method="GET",route="${pattern}"\\} 2$`, 'm'),
    );
    expect(text).toMatch(
      new RegExp(
        `^http_request_duration_seconds_bucket\\{method="GET",route="${pattern}",le="\\+Inf"\\} 2$`,
        'm',
      ),
    );
  });
  it('count overlap checks, by where they ran, with their latency', async () => {
    const { app } = await appWith({ env: { METRICS_TOKEN } });
    const body = JSON.stringify({
      name: 'Aplikasi e-Office Kota Batu',
      description: 'Naskah dinas elektronik dan disposisi surat masuk.',
    });
    for (let i = 0; i < 2; i++) {
      const res = await app.request('/api/v1/overlap', {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/json' },
      });
      expect(res.status).toBe(200);
    }
    expect((await app.request('/periksa?name=e-Office&description=naskah+dinas')).status).toBe(200);
    const text = await (
      await app.request('/metrics', { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    expect(text).toMatch(/^overlap_checks_total\{where="api"\} 2$/m);
    expect(text).toMatch(/^overlap_checks_total\{where="web"\} 1$/m);
    expect(text).toMatch(/^overlap_check_duration_seconds_count\{where="api"\} 2$/m);
  });
});

describe('request logs', () => {
  it('write one JSON record per request with its id, which the response echoes', async () => {
    const { app, lines } = await appWith();
    const res = await app.request('/aplikasi?q=kepegawaian&token=secret-looking');
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [line] = requestLines(lines);
    expect(line).toMatchObject({
      level: 'info',
      requestId: id,
      method: 'GET',
      path: '/aplikasi',
      status: 200,
    });
    expect(typeof line!.durationMs).toBe('number');
    expect(line).not.toHaveProperty('userId');
    expect(JSON.stringify(line)).not.toContain('secret-looking');
  });

  it('keep a request id passed on by a proxy, and replace one that is not plausible', async () => {
    const { app } = await appWith();
    const kept = await app.request('/healthz', { headers: { 'X-Request-Id': 'proxy-abc-12345' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-abc-12345');
    const replaced = await app.request('/healthz', { headers: { 'X-Request-Id': 'bad id with "quotes"' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('name a signed-in user by id only, and never carry passwords, cookies or tokens', async () => {
    const { app, db, lines } = await appWith();
    const actor = await makeActor(db, 'operator', '35.07', 'operator@malangkab.go.id');
    const login = await app.request('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
      body: new URLSearchParams({ email: 'operator@malangkab.go.id', password: PASSWORD }),
    });
    expect(login.status).toBe(303);
    await app.request('/akun', { headers: { Cookie: actor.cookie } });
    await app.request('/api/v1/applications', { headers: { Authorization: `Bearer ${actor.token}` } });
    const records = requestLines(lines);
    expect(records.map((r) => [r.method, r.path, r.userId])).toEqual([
      ['POST', '/login', undefined],
      ['GET', '/akun', actor.user.id],
      ['GET', '/api/v1/applications', actor.user.id],
    ]);
    const all = JSON.stringify(lines);
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(actor.token);
    expect(all).not.toContain(actor.cookie.split('=')[1]!);
    expect(all).not.toContain(actor.user.email);
  });

  it('are off when LOG_REQUESTS=false', async () => {
    const { app, lines } = await appWith({ env: { LOG_REQUESTS: 'false' } });
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(requestLines(lines)).toEqual([]);
  });

  it('log an unexpected error with the request id the 500 page shows', async () => {
    const { app, db, lines } = await appWith({ env: { METRICS_TOKEN } });
    db.$client.close();
    const res = await app.request('/aplikasi');
    expect(res.status).toBe(500);
    const id = res.headers.get('x-request-id')!;
    const page = await res.text();
    expect(page).toContain(`Sebutkan kode permintaan ${id}`);
    const error = lines.find((l) => l.level === 'error');
    expect(error).toMatchObject({ requestId: id, method: 'GET', path: '/aplikasi' });
    expect(requestLines(lines)).toEqual([expect.objectContaining({ requestId: id, status: 500 })]);

    const api = await app.request('/api/v1/applications');
    expect(api.status).toBe(500);
    expect(await api.json()).toMatchObject({ requestId: api.headers.get('x-request-id') });
    const metrics = await (
      await app.request('/metrics', { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    expect(metrics).toContain('db_errors_total{where="request"} 2');
  });
});

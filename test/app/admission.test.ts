import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { parseConfig } from '../../src/config';
import { nativeHasher } from '../../src/kernel/password-node';
import { apiCall, makeActor } from '../support/auth';
import { createTestDb } from '../support/db';

/**
 * Admission control (decision 0039): anonymous reads take turns, saves and signed-in requests do
 * not wait behind them. A turn is held here the way a slow client holds one: an anonymous overlap
 * check whose body has not arrived yet (its length is announced, so the body limit lets it in).
 */
async function admittingApp(concurrency: number, queue: number) {
  const db = await createTestDb();
  const config = parseConfig({
    SECURE_COOKIES: 'false',
    DEMO_APPS: '0',
    LOG_REQUESTS: 'false',
    RESPONSE_CACHE_MB: '0',
    PUBLIC_CONCURRENCY: String(concurrency),
    PUBLIC_QUEUE: String(queue),
  });
  return { app: createApp({ db, config, passwords: nativeHasher, admission: true }), db };
}

const proposal = JSON.stringify({ name: 'Aplikasi Persuratan Dinas', description: 'Surat masuk dan keluar' });

/** An anonymous overlap check that holds its turn until `send()` delivers its body. */
function slowCheck(app: ReturnType<typeof createApp>) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
  });
  const response = app.request(
    new Request('http://localhost/api/v1/overlap', {
      method: 'POST',
      body,
      // @ts-expect-error: Node's fetch needs this for a streamed body; the DOM types lack it.
      duplex: 'half',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(proposal)) },
    }),
  );
  return {
    response,
    send: () => {
      controller.enqueue(new TextEncoder().encode(proposal));
      controller.close();
    },
  };
}

/** Lets every pending callback run; a request that can proceed gets well past its first step. */
const settle = () => new Promise((r) => setTimeout(r, 50));

/** Tracks whether a promise has settled yet. */
function watch<T>(pending: T | Promise<T>) {
  const p = Promise.resolve(pending);
  const state = { done: false, value: p };
  p.then(
    () => {
      state.done = true;
    },
    () => {
      state.done = true;
    },
  );
  return state;
}

describe('admission control for anonymous reads', () => {
  it('makes anonymous reads wait their turn, refuses the one beyond the queue, and never holds up signed-in work', async () => {
    const { app, db } = await admittingApp(1, 1);
    const operator = await makeActor(db, 'operator', '35.07', 'operator@malang.go.id');

    const held = slowCheck(app);
    await settle();
    // The one turn is taken: the next anonymous read waits without being worked on.
    const waiting = watch(app.request('/api/v1/applications'));
    await settle();
    expect(waiting.done).toBe(false);

    // The queue (one place) is full: the next one is refused at once, in the reader's language.
    const refused = await app.request('/api/v1/functions', { headers: { 'Accept-Language': 'en' } });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('1');
    expect(refused.headers.get('Content-Type')).toContain('application/problem+json');
    expect(((await refused.json()) as { title: string }).title).toBe(
      'The server is answering many requests; try again in 1 second.',
    );
    const page = await app.request('/aplikasi');
    expect(page.status).toBe(503);
    const html = await page.text();
    expect(html).toContain('Server sedang sibuk');
    expect(html).toContain('coba lagi dalam 1 detik');

    // A signed-in read and a save pass straight through while the turn is held.
    const me = await apiCall(app, 'GET', '/api/v1/me', undefined, operator);
    expect(me.status).toBe(200);
    const saved = await apiCall(
      app,
      'POST',
      '/api/v1/applications',
      { name: 'Aplikasi Antrean Layanan', description: 'Antrean layanan publik' },
      operator,
    );
    expect(saved.status).toBe(201);
    expect(waiting.done).toBe(false);

    // The held check finishes, and the waiting read gets its turn.
    held.send();
    const check = await held.response;
    expect(check.status).toBe(200);
    expect(((await check.json()) as { shared: unknown[] }).shared).toBeInstanceOf(Array);
    const list = await waiting.value;
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
  });

  it('frees the turn when a request fails, and lets anonymous reads run freely without the limit', async () => {
    const { app } = await admittingApp(1, 1);
    // A failing read (bad filter) gives its turn back: the reads after it are not refused.
    const bad = await app.request('/api/v1/applications?pageSize=banyak');
    expect(bad.status).toBe(400);
    for (const path of ['/api/v1/applications', '/api/v1/functions', '/api/v1/agencies'])
      expect((await app.request(path)).status, path).toBe(200);

    // PUBLIC_CONCURRENCY=0: no limit; a held check does not make the others wait.
    const open = await admittingApp(0, 1);
    const held = slowCheck(open.app);
    await settle();
    const reads = await Promise.all(
      ['/api/v1/applications', '/api/v1/functions'].map((p) => open.app.request(p)),
    );
    expect(reads.map((r) => r.status)).toEqual([200, 200]);
    held.send();
    expect((await held.response).status).toBe(200);
  });
});

/**
 * The built Node server as an operator runs it: `npm run build` output started with plain
 * `node` (no tsx), and `npm start`. Shutdown is tested with real signals and real sockets.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../db/client';
import { registryFixture } from '../test/support/auth';
import { createTestDbFile } from '../test/support/db';

const ROOT = resolve(import.meta.dirname, '..');
let outdir: string;

beforeAll(() => {
  // Inside node_modules/.cache so the bundle resolves its packages from the project's node_modules.
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  outdir = mkdtempSync(join(cache, 'katalog-build-test-'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', outdir], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

const running: ChildProcess[] = [];
afterAll(() => {
  for (const p of running) if (p.exitCode === null) p.kill('SIGKILL');
});

/** Starts a server process and resolves once it says where it listens. */
function startServer(command: string, args: string[], env: Record<string, string>) {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DEMO_APPS: '0',
      SECURE_COOKIES: 'false',
      LOG_REQUESTS: 'false',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (d) => {
    output += d;
  });
  child.stderr!.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const listening = new Promise<string>((done, fail) => {
    const check = () => {
      const m = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (m) done(m[1]!.replace('localhost', '127.0.0.1'));
    };
    child.stdout!.on('data', check);
    void exited.then((code) => fail(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
  return { child, listening, exited, output: () => output };
}

type Outcome = { status: number; body: string } | { error: string };

/** A GET on a connection of its own; `onConnect` fires once the TCP connection is up. */
function get(url: string, onConnect: () => void): Promise<Outcome> {
  return new Promise((done) => {
    const req = request(url, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      res.on('error', (e: NodeJS.ErrnoException) => done({ error: e.code ?? e.message }));
    });
    req.on('socket', (s) => s.once('connect', onConnect));
    req.on('error', (e: NodeJS.ErrnoException) => done({ error: e.code ?? e.message }));
    req.end();
  });
}

describe('the built Node server', () => {
  it('serves from plain JavaScript: pages, readiness, and the spec-parser thread without tsx', async () => {
    const db = await createTestDbFile();
    const client = createClient({ url: `file:${db}` });
    const fx = await registryFixture(createDb(client));
    client.close();
    const server = startServer(process.execPath, [join(outdir, 'node.js')], { DATABASE_URL: `file:${db}` });
    const base = await server.listening;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Katalog Aplikasi SPBE');
    // An API with its OpenAPI document: parsed on the compiled spec-parser thread.
    const spec = {
      openapi: '3.0.3',
      info: { title: 'Surat', version: '1' },
      paths: { '/surat': { get: { summary: 'Daftar surat', responses: { '200': { description: 'OK' } } } } },
    };
    const postApi = (name: string, spec: unknown) =>
      fetch(`${base}/api/v1/applications/${fx.active.id}/apis`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${fx.owner.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          name,
          apiVersion: '1',
          protocol: 'rest',
          baseUrl: 'https://arsip.malangkab.go.id/api',
          access: 'terbatas',
          auth: 'oauth2',
          spec,
        }),
      });
    const created = await postApi('API Arsip', spec);
    expect(created.status, await created.text()).toBe(201);
    const broken = await postApi('API Rusak', 'openapi: "3.0.3"\ninfo: [\n');
    expect(broken.status).toBe(422);
    expect(JSON.stringify(await broken.json())).toContain('"field":"spec"');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 60_000);

  it('finishes 300 requests in flight on SIGTERM without one reset, closes the database, exits 0', async () => {
    const db = await createTestDbFile();
    // A loaded CI machine may need more than the default 10 s for 300 pages; the timeout itself
    // is not what this test is about.
    const server = startServer(process.execPath, [join(outdir, 'node.js')], {
      DATABASE_URL: `file:${db}`,
      SHUTDOWN_TIMEOUT: '120',
    });
    const base = await server.listening;
    expect((await fetch(`${base}/aplikasi`)).status).toBe(200); // warm up
    // A write (a failed sign-in is counted) leaves pages in SQLite's write-ahead log.
    const login = await fetch(`${base}/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: base },
      body: new URLSearchParams({ email: 'nobody@example.go.id', password: 'wrong-password-123' }),
    });
    expect(login.status).toBeLessThan(500);
    expect(statSync(`${db}-wal`).size).toBeGreaterThan(0);

    const total = 300;
    let connected = 0;
    let finished = 0;
    let inFlightAtSignal = 0;
    let results!: Promise<Outcome[]>;
    const signalled = new Promise<void>((signal) => {
      const onConnect = () => {
        if (++connected === total) {
          inFlightAtSignal = total - finished;
          server.child.kill('SIGTERM');
          signal();
        }
      };
      const outcomes = Array.from({ length: total }, (_, i) =>
        get(`${base}/aplikasi?page=${(i % 5) + 1}`, onConnect).then((o) => {
          finished++;
          return o;
        }),
      );
      results = Promise.all(outcomes);
    });
    await signalled;
    const outcomes = await results;
    const failures = outcomes.filter((o) => 'error' in o || o.status !== 200);
    expect(failures).toEqual([]);
    expect(outcomes.every((o) => 'body' in o && o.body.includes('</html>'))).toBe(true);
    // The signal really came while most requests were still being served.
    expect(inFlightAtSignal).toBeGreaterThan(total / 2);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
    // The database was checkpointed and closed: the log is folded into the file.
    expect(existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0).toBe(0);
    // Nothing listens any more.
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 240_000);

  it('`npm start` passes SIGTERM on to the server: it shuts down, nothing is left running', async () => {
    const db = await createTestDbFile();
    const server = startServer('npm', ['start', '--silent'], { DATABASE_URL: `file:${db}` });
    const base = await server.listening;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 120_000);
});

/**
 * Throughput under load, measured as a user's traffic arrives (issues 13 and 14).
 *
 *  1. Builds the database the way a user does — `katalog migrate`, `katalog seed`,
 *     `katalog demo --apps N` with the built command line (dist/cli.js) — once per version of the
 *     migrations, seeds and generator (the folder name holds a hash of them), and copies it for
 *     each run, so the writes of one run do not leak into the next.
 *  2. Starts the real built server (`node scripts/start.mjs`, what `npm start` runs: dist/node.js
 *     with compression) and a bare `node:http` hello-world, both on 127.0.0.1.
 *  3. Drives loopback-only load at them with the closed-loop generator below (keep-alive
 *     connections, each with its own client address in 127.0.0.0/8, a fixed duration per
 *     endpoint): every endpoint at 32 connections (issue 14), then at 50 connections while an
 *     operator saves an application every 250 ms (issue 13).
 *
 * Writes its numbers to docs/benchmarks.md (section `load`). Usage:
 *   npm run bench:load -- [--apps 30000] [--seconds 8] [--quick] [--only NAME]
 * `--quick` is a smoke run (2,000 applications, 1.5 s per endpoint) for development.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient as createWebClient } from '@libsql/client/web';
import { createDb } from '../db/client';
import { createApp } from '../src/app';
import { parseConfig } from '../src/config';
import { nativeHasher } from '../src/kernel/password-node';
import { startHranaServer } from '../test/support/hrana-server';
import { LABELLED_PROPOSALS } from '../test/support/labelled-proposals';
import { fmt, quantile, waitFor, writeSection } from './lib';

const { values } = parseArgs({
  options: {
    apps: { type: 'string' },
    seed: { type: 'string', default: '7' },
    seconds: { type: 'string' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
/** `--only overlap`: just the endpoints whose name contains this, printed, docs left alone. */
const only = values.only;
const quick = values.quick ?? false;
const apps = Number(values.apps ?? (quick ? 2000 : 30_000));
const seconds = Number(values.seconds ?? (quick ? 1.5 : 8));
const seed = Number(values.seed);
const ROOT = join(import.meta.dirname, '..');
/** A request slower than this is a timeout: the generator gives up on it and reconnects. */
const TIMEOUT_MS = 10_000;
/** Requests slower than this are counted separately (issue 13: none over 1 s). */
const SLOW_MS = 1000;
/** One operator save every this many ms during the 50-connection run. */
const WRITE_EVERY_MS = 250;

const run = (file: string, args: string[], env: Record<string, string>) =>
  execFileSync(process.execPath, [file, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });

// 1. The database, built by the command line once per version of what decides its rows.
function sourcesHash(): string {
  const h = createHash('sha1');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(dir, name.name);
      if (name.isDirectory()) walk(p);
      else if (!name.name.endsWith('.test.ts')) h.update(relative(ROOT, p)).update(readFileSync(p));
    }
  };
  for (const dir of ['db/migrations', 'seeds']) walk(join(ROOT, dir));
  h.update(readFileSync(join(ROOT, 'package-lock.json')));
  return h.digest('hex').slice(0, 12);
}

// The built server and command line; `npm start` would build them the same way when stale.
execFileSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    "const b = await import('./scripts/build.mjs'); if (!b.isFresh()) await b.build();",
  ],
  { cwd: ROOT, stdio: 'inherit' },
);

const folder = join(tmpdir(), 'katalog-load', `${apps}-${seed}-${sourcesHash()}`);
const pristine = join(folder, 'katalog.db');
if (!existsSync(join(folder, 'done'))) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const env = { DATABASE_URL: `file:${pristine}`, DATABASE_CREATE: 'true', LOG_REQUESTS: 'false' };
  const t = performance.now();
  console.log(`Building ${pristine} with the command line …`);
  run('dist/cli.js', ['migrate'], env);
  run('dist/cli.js', ['seed'], env);
  run('dist/cli.js', ['demo', '--apps', String(apps), '--seed', String(seed)], env);
  writeFileSync(join(folder, 'done'), `${new Date().toISOString()}\n`);
  console.log(`Built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const workDir = join(folder, 'run');
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir);
const dbFile = join(workDir, 'katalog.db');
for (const suffix of ['', '-wal']) {
  if (existsSync(pristine + suffix)) copyFileSync(pristine + suffix, dbFile + suffix);
}
// The national picture, fresh: otherwise the server computes it in the background at start (when it
// is missing or a day old), during the measurements.
run('dist/cli.js', ['clusters'], { DATABASE_URL: `file:${dbFile}`, LOG_REQUESTS: 'false' });

// 2. The servers.
const barePort = 18_000 + Math.floor(Math.random() * 1000);
const appPort = barePort + 1000;
function start(args: string[], port: number, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${dbFile}`,
      DEMO_APPS: '0',
      SECURE_COOKIES: 'false',
      LOG_REQUESTS: 'false',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

// 3. The load generator.
interface Target {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  slow: number;
}

/** One request on `agent`; resolves with its status (0 for a socket error, -1 for a timeout) and ms. */
function send(
  port: number,
  agent: http.Agent,
  localAddress: string,
  t: Target,
): Promise<{ status: number; ms: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve) => {
    const started = performance.now();
    let done = false;
    const finish = (status: number, body = '', headers: http.IncomingHttpHeaders = {}) => {
      if (done) return;
      done = true;
      resolve({ status, ms: performance.now() - started, body, headers });
    };
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: t.path,
        method: t.method,
        agent,
        localAddress,
        headers: {
          'Accept-Encoding': 'gzip, deflate',
          ...(t.body
            ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(t.body) }
            : {}),
          ...t.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => finish(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), res.headers));
        res.on('error', () => finish(0));
      },
    );
    req.setTimeout(TIMEOUT_MS, () => {
      finish(-1);
      req.destroy();
    });
    req.on('error', () => finish(0));
    req.end(t.body);
  });
}

/**
 * A closed loop: `connections` keep-alive clients, each from its own loopback address, send the
 * next request as soon as the last one is answered, for `seconds` (and at most 5 million).
 */
/**
 * One keep-alive HTTP/1.1 connection of the load generator, on a raw socket: the request bytes are
 * built once per target and written as they are, and the answer is parsed only as far as its status
 * and length (Content-Length or chunked). Node's \`http.request\` cost the generator about half a core
 * at a few hundred requests a second — a core the server then did not have on this 2-core machine;
 * the bytes on the wire are the same. Used by \`drive\` only (the writer below keeps \`http.request\`).
 */
class RawConnection {
  private socket: net.Socket | null = null;
  private buf: Buffer = Buffer.alloc(0);
  private waiting: ((r: { status: number }) => void) | null = null;

  constructor(
    private port: number,
    private localAddress: string,
  ) {}

  private connect(): net.Socket {
    const socket = net.connect({ host: '127.0.0.1', port: this.port, localAddress: this.localAddress });
    socket.setNoDelay(true);
    socket.on('data', (d: Buffer) => {
      this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
      this.parse();
    });
    const fail = () => {
      if (this.socket === socket) this.socket = null;
      this.buf = Buffer.alloc(0);
      this.done({ status: 0 });
    };
    socket.on('error', fail);
    socket.on('close', fail);
    this.socket = socket;
    return socket;
  }

  private done(r: { status: number }) {
    const w = this.waiting;
    this.waiting = null;
    w?.(r);
  }

  /** Parses one whole answer from the buffer, if it is there. */
  private parse() {
    const end = this.buf.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = this.buf.subarray(0, end).toString('latin1');
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    let bodyEnd: number;
    if (length) {
      bodyEnd = end + 4 + Number(length[1]);
      if (this.buf.length < bodyEnd) return;
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      let at = end + 4;
      for (;;) {
        const lineEnd = this.buf.indexOf('\r\n', at);
        if (lineEnd < 0) return;
        const size = Number.parseInt(this.buf.subarray(at, lineEnd).toString('latin1'), 16);
        at = lineEnd + 2 + size + 2;
        if (this.buf.length < at) return;
        if (size === 0) break;
      }
      bodyEnd = at;
    } else bodyEnd = end + 4; // 204/304: no body
    this.buf = this.buf.subarray(bodyEnd);
    this.done({ status });
  }

  /** Sends `request` (whole HTTP/1.1 bytes) and waits for the answer; status -1 on a timeout. */
  send(request: Buffer): Promise<{ status: number; ms: number }> {
    const started = performance.now();
    const socket = this.socket ?? this.connect();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        this.socket = null;
        socket.destroy();
        resolve({ status: -1, ms: performance.now() - started });
      }, TIMEOUT_MS);
      this.waiting = (r) => {
        clearTimeout(timer);
        resolve({ status: r.status, ms: performance.now() - started });
      };
      socket.write(request);
    });
  }

  close() {
    this.socket?.destroy();
  }
}

/** A target as the bytes of one keep-alive request, with the headers the writer sends too. */
const requestBytes = (port: number, t: Target) => {
  const body = t.body ? Buffer.from(t.body) : null;
  const headers: Record<string, string | number> = {
    Host: `127.0.0.1:${port}`,
    'Accept-Encoding': 'gzip, deflate',
    Connection: 'keep-alive',
    ...(body ? { 'Content-Type': 'application/json', 'Content-Length': body.length } : {}),
    ...t.headers,
  };
  const head = `${t.method} ${t.path} HTTP/1.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
  return body ? Buffer.concat([Buffer.from(head), body]) : Buffer.from(head);
};

async function drive(
  port: number,
  targets: Target[],
  connections: number,
  secs: number,
  maxRequests = 5_000_000,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let timeouts = 0;
  let slow = 0;
  let next = 0;
  const deadline = performance.now() + secs * 1000;
  const started = performance.now();
  const bytes = targets.map((t) => requestBytes(port, t));
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      const conn = new RawConnection(port, `127.0.${Math.floor(c / 250)}.${(c % 250) + 2}`);
      while (performance.now() < deadline && next < maxRequests) {
        const r = await conn.send(bytes[next++ % bytes.length]!);
        if (r.status === -1) timeouts++;
        else {
          latencies.push(r.ms);
          if (r.status === 0 || r.status >= 400) errors++;
          if (r.ms > SLOW_MS) slow++;
        }
      }
      conn.close();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies.length ? latencies.reduce((a, b) => Math.max(a, b)) : Number.NaN,
    errors,
    timeouts,
    slow,
  };
}

/** Signs in as the demo operator and returns what a browser sends with its API calls. */
async function operatorSession(port: number): Promise<Record<string, string>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const origin = `http://127.0.0.1:${port}`;
  const login = await send(port, agent, '127.0.0.1', {
    method: 'POST',
    path: '/login',
    body: new URLSearchParams({
      email: 'operator@demo.katalog.go.id',
      password: 'demo-katalog-spbe',
    }).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
  });
  const cookie = (login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  if (login.status !== 303 || !cookie) throw new Error(`sign-in failed: HTTP ${login.status}`);
  const page = await send(port, agent, '127.0.0.1', {
    method: 'GET',
    path: '/',
    headers: { Cookie: cookie, 'Accept-Encoding': 'identity' },
  });
  const csrf =
    /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ??
    /X-CSRF-Token&quot;:&quot;([^&]+)&/.exec(page.body)?.[1];
  if (!csrf) throw new Error('no CSRF token on the home page');
  agent.destroy();
  return { Cookie: cookie, 'X-CSRF-Token': csrf, Origin: origin, 'Accept-Encoding': 'identity' };
}

/**
 * While `until` is pending, saves one application of the operator's agency every
 * WRITE_EVERY_MS (a PUT of its fields with a new description), as an operator editing would.
 */
async function writeDuring(port: number, until: Promise<unknown>) {
  const headers = await operatorSession(port);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const created = await send(port, agent, '127.0.0.1', {
    method: 'POST',
    path: '/api/v1/applications',
    headers,
    body: JSON.stringify({
      name: `Aplikasi uji beban ${Date.now()}`,
      description: 'Dibuat oleh bench/load.ts',
      status: 'active',
    }),
  });
  if (created.status !== 201) throw new Error(`create failed: HTTP ${created.status} ${created.body}`);
  let { id, version } = JSON.parse(created.body) as { id: number; version: number };
  const times: number[] = [];
  let failures = 0;
  let stop = false;
  void until.then(() => {
    stop = true;
  });
  while (!stop) {
    const r = await send(port, agent, '127.0.0.1', {
      method: 'PUT',
      path: `/api/v1/applications/${id}`,
      headers,
      body: JSON.stringify({
        name: `Aplikasi uji beban ${id}`,
        description: `Disimpan ${times.length + 1} kali selama uji beban`,
        version,
      }),
    });
    if (r.status === 200) {
      ({ id, version } = JSON.parse(r.body) as { id: number; version: number });
      times.push(r.ms);
    } else failures++;
    await new Promise((res) => setTimeout(res, WRITE_EVERY_MS));
  }
  agent.destroy();
  const over200 = times.filter((t) => t > 200).length;
  return {
    writes: times.length,
    failures,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    max: Math.max(...times, 0),
    over200,
  };
}

/** The endpoints, with parameters taken from the running catalogue through its API. */
async function endpoints(port: number): Promise<{ name: string; targets: Target[] }[]> {
  const ids: number[] = [];
  for (const page of [1, 7, 23, 61]) {
    const r = await fetch(`http://127.0.0.1:${port}/api/v1/applications?pageSize=25&page=${page}`);
    const body = (await r.json()) as { items: { id: number }[] };
    ids.push(...body.items.map((a) => a.id));
  }
  if (ids.length < 20) throw new Error('the catalogue has too few applications');
  // The labelled proposals (test/support/labelled-proposals.ts): 319 different checks, as agencies
  // write them, so the overlap runs measure checking and not a repeated answer.
  const overlap = LABELLED_PROPOSALS.map(({ name, description, functions, dataEntities }) => ({
    name,
    description,
    functions,
    dataEntities,
  }));
  const get = (path: string): Target => ({ method: 'GET', path });
  return [
    { name: 'home `/`', targets: [get('/')] },
    { name: 'list `/aplikasi`', targets: [get('/aplikasi')] },
    { name: 'list with search `/aplikasi?q=kepegawaian`', targets: [get('/aplikasi?q=kepegawaian')] },
    { name: `application page (${ids.length} apps)`, targets: ids.map((id) => get(`/aplikasi/${id}`)) },
    { name: `API detail (${ids.length} apps)`, targets: ids.map((id) => get(`/api/v1/applications/${id}`)) },
    { name: 'API list `/api/v1/applications`', targets: [get('/api/v1/applications')] },
    { name: 'search API `/api/v1/search?q=pegawai`', targets: [get('/api/v1/search?q=pegawai')] },
    { name: 'API catalogue search `/katalog-api?q=pegawai`', targets: [get('/katalog-api?q=pegawai')] },
    {
      name: `overlap POST (${overlap.length} different proposals)`,
      targets: overlap.map((p) => ({ method: 'POST', path: '/api/v1/overlap', body: JSON.stringify(p) })),
    },
  ];
}

/** Added to every round trip of the remote path, as a database in another region would. */
const REMOTE_DELAY_MS = 50;
const remoteRows: string[] = [];

/**
 * The remote path, as on Workers: the app in this process over \`@libsql/client/web\` and the
 * Hrana test server (test/support) on the same database, each round trip held back
 * REMOTE_DELAY_MS. Each page is asked twice: once rendered, once answered from the cache.
 */
async function remotePath(list: { name: string; targets: Target[] }[]) {
  const hrana = await startHranaServer(dbFile, { delayMs: REMOTE_DELAY_MS });
  try {
    const app = createApp({
      db: createDb(createWebClient({ url: hrana.url }) as never),
      config: parseConfig({ DATABASE_URL: hrana.url, SECURE_COOKIES: 'false', LOG_REQUESTS: 'false' }),
      passwords: nativeHasher,
    });
    const asked = async (t: Target) => {
      const before = hrana.roundTrips;
      const started = performance.now();
      const res = await app.request(t.path, {
        method: t.method,
        body: t.body,
        headers: t.body ? { 'Content-Type': 'application/json' } : {},
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${t.path}: HTTP ${res.status}`);
      return { trips: hrana.roundTrips - before, ms: performance.now() - started };
    };
    for (const e of list) {
      const t = e.targets[0]!;
      const first = await asked(t);
      const again = await asked(t);
      const cell = (x: { trips: number; ms: number }) => `${x.trips} | ${Math.round(x.ms)}`;
      remoteRows.push(`| ${e.name.replace(/ \(.*\)$/, '')} | ${cell(first)} | ${cell(again)} |`);
      console.log(
        `remote ${e.name}: ${first.trips} trips ${Math.round(first.ms)} ms, again ${again.trips} trips ${Math.round(again.ms)} ms`,
      );
    }
  } finally {
    await hrana.close();
  }
}

const row = (name: string, r: LoadResult, bare: number) =>
  `| ${name} | ${Math.round(r.rps)} | ${(r.rps / bare).toFixed(4)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${r.errors} | ${r.timeouts} | ${r.slow} |`;
const log = (name: string, r: LoadResult) =>
  console.log(
    `${name}: ${Math.round(r.rps)} req/s, p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms, max ${fmt(r.max)} ms, errors ${r.errors}, timeouts ${r.timeouts}, >1 s ${r.slow}`,
  );

const bareServer = start([join(ROOT, 'bench/bare-http.mjs')], barePort);
let appServer = start([join(ROOT, 'scripts/start.mjs')], appPort);
// The servers end with this process, however it ends.
process.on('exit', () => {
  bareServer.kill();
  appServer.kill();
});
const loadBefore = loadavg()[0]!;
const rows32: string[] = [];
const rows50: string[] = [];
const rowsUncached: string[] = [];
let bare32: LoadResult;
let bare50: LoadResult;
let writes: Awaited<ReturnType<typeof writeDuring>>;
try {
  await waitFor(`http://127.0.0.1:${barePort}/`);
  await waitFor(`http://127.0.0.1:${appPort}/readyz`, 120_000);
  const list = (await endpoints(appPort)).filter((e) => !only || e.name.includes(only));
  // A short warm-up: the first requests compile code paths and fill SQLite's page cache; every
  // target once, so the overlap checks have read what they read at this data version (decision 0043;
  // the last table has them reading everything every time).
  for (const e of list) {
    await drive(appPort, e.targets, 4, quick ? 0.3 : 1);
    await drive(appPort, e.targets, 4, 120, e.targets.length);
  }

  bare32 = await drive(barePort, [{ method: 'GET', path: '/' }], 32, seconds);
  log('bare (32)', bare32);
  rows32.push(row('bare `node:http` hello-world', bare32, bare32.rps));
  for (const e of list) {
    const r = await drive(appPort, e.targets, 32, seconds);
    log(`${e.name} (32)`, r);
    rows32.push(row(e.name, r, bare32.rps));
  }

  bare50 = await drive(barePort, [{ method: 'GET', path: '/' }], 50, seconds);
  log('bare (50)', bare50);
  rows50.push(row('bare `node:http` hello-world', bare50, bare50.rps));
  let finished!: () => void;
  const allDone = new Promise<void>((r) => {
    finished = r;
  });
  const writer = writeDuring(appPort, allDone);
  writer.catch(() => finished()); // reported below, after the endpoints' runs
  for (const e of list) {
    const r = await drive(appPort, e.targets, 50, seconds);
    log(`${e.name} (50 + writes)`, r);
    rows50.push(row(e.name, r, bare50.rps));
  }
  finished();
  writes = await writer;
  console.log(
    `writes during the 50-connection run: ${writes.writes} saved, ${writes.failures} failed, p50 ${fmt(writes.p50)} ms, p99 ${fmt(writes.p99)} ms, max ${fmt(writes.max)} ms, over 200 ms ${writes.over200}`,
  );

  // The same server without its caches: what every request would cost to render, and every
  // overlap check to read (decision 0043).
  appServer.kill();
  await new Promise((r) => appServer.once('exit', r));
  appServer = start([join(ROOT, 'scripts/start.mjs')], appPort, {
    RESPONSE_CACHE_MB: '0',
    OVERLAP_READ_CACHE: 'false',
  });
  await waitFor(`http://127.0.0.1:${appPort}/readyz`, 120_000);
  for (const e of list) {
    await drive(appPort, e.targets, 4, quick ? 0.3 : 1);
    const r = await drive(appPort, e.targets, 32, seconds);
    log(`${e.name} (32, caches off)`, r);
    rowsUncached.push(row(e.name, r, bare32.rps));
  }
  appServer.kill();
  await new Promise((r) => appServer.once('exit', r));
  await remotePath(list);
} finally {
  bareServer.kill();
  appServer.kill();
}
const loadAfter = loadavg()[0]!;

const header = `| endpoint | req/s | × bare | p50 ms | p99 ms | max ms | errors | timeouts | > 1 s |
|---|---|---|---|---|---|---|---|---|`;
if (only) {
  console.log('--only: docs/benchmarks.md not written');
  process.exit(0);
}
writeSection(
  'load',
  `## Throughput under load (\`bench/load.ts\`)

${quick ? '**Quick smoke run (`--quick`): a small database and short runs; not the benchmark. Run `npm run bench:load` for the numbers.**\n\n' : ''}Run: ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version};
load average ${loadBefore.toFixed(2)} at the start and ${loadAfter.toFixed(2)} at the end.
Database: ${apps.toLocaleString('en')} demo applications (seed ${seed}) loaded with \`katalog migrate\`, \`katalog seed\`,
\`katalog demo --apps ${apps}\`; the server is \`node scripts/start.mjs\` (what \`npm start\` runs: the built
dist/node.js, compression on) on 127.0.0.1, beside a bare \`node:http\` hello-world in the same run. The
load generator is this script (one Node thread on the same machine, writing each request's bytes on a raw
keep-alive socket and reading only the answer's status and length — Node's \`http.request\` took about half
a core from the server before 2026-11-29; closed loop, one client address per connection in 127.0.0.0/8, ${seconds} s per endpoint, a request given up after ${TIMEOUT_MS / 1000} s
counted as a timeout); it asks for gzip as browsers do. The same URLs repeat, so anonymous reads are mostly
answered from the server's response cache (decision 0031); the run with writes shows the cache being
invalidated four times a second, and the last table shows the same reads with the cache turned off
(\`RESPONSE_CACHE_MB=0\`). Overlap checks are POSTs whose answers are never cached: each request sends one of
the 319 labelled proposals; a check keeps the posting lists and candidate profiles it has read, for one data
version (decision 0043) — the warm-up asks every target once — so under the writes below it reads them again
after every save, and in the last table
(\`OVERLAP_READ_CACHE=false\`) on every check.

### 32 connections (issue 14)

${header}
${rows32.join('\n')}

Targets: application page and API detail ≥ 0.03× bare with p99 under 100 ms; home, list, search API, API
catalogue search ≥ 0.01× bare; overlap POST ≥ 300 req/s with p99 under 200 ms; no timeouts.

### 50 connections while an operator saves an application every ${WRITE_EVERY_MS} ms (issue 13)

${header}
${rows50.join('\n')}

Writes during these runs: ${writes.writes} saves (\`PUT /api/v1/applications/{id}\`, signed in), ${writes.failures} failed,
p50 ${fmt(writes.p50)} ms, p99 ${fmt(writes.p99)} ms, slowest ${fmt(writes.max)} ms, ${writes.over200} over 200 ms. Targets: 0 errors and 0 timeouts, no request over 1 s,
writes under 200 ms.

### 32 connections, caches off (every request rendered, every overlap check reading everything)

${header}
${rowsUncached.join('\n')}

### Remote database: round trips per page (issue 14)

The app in the bench process over \`@libsql/client/web\` (the Workers client) and the Hrana test server on the
same database, each round trip held back ${REMOTE_DELAY_MS} ms; each page asked once (rendered) and again (kept
at the same data version). Target: at most 2 round trips for the application page and 3 for an overlap check.

| page | round trips | ms | again: round trips | ms |
|---|---|---|---|---|
${remoteRows.join('\n')}`,
);
console.log('Wrote docs/benchmarks.md');
process.exit(0);

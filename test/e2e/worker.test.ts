/**
 * The real Worker build in workerd: `wrangler deploy --dry-run` bundles src/worker.ts exactly as
 * a deploy would, Miniflare runs the bundle in workerd, and the Worker reaches the database over
 * libSQL's HTTP protocol (test/support/hrana-server.ts over a migrated, seeded database).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { migrateDb } from '../../db/migrate';
import { generateDemo } from '../../seeds/demo';
import { seedReference } from '../../seeds/reference';
import { insertUser } from '../../src/features/accounts/repo';
import { nativeHasher } from '../../src/kernel/password-node';
import { PASSWORD } from '../support/auth';
import { type HranaServer, startHranaServer } from '../support/hrana-server';

let mf: Miniflare;
let server: HranaServer;
/** A stand-in for an HTTP mail API (the kind a Worker can reach): it keeps what it is sent. */
let mailApi: Server;
const mailed: { auth?: string; body: { to: string[]; subject: string; text: string } }[] = [];
let dbPath: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-worker-'));
  const outdir = join(dir, 'bundle');
  execFileSync(
    process.execPath,
    ['node_modules/wrangler/bin/wrangler.js', 'deploy', '--dry-run', '--outdir', outdir],
    {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
      stdio: 'pipe',
    },
  );
  const path = join(dir, 'db.sqlite');
  dbPath = path;
  const client = createClient({ url: `file:${path}` });
  const db = createDb(client);
  await migrateDb(db);
  await seedReference(db);
  await generateDemo(db, { apps: 200, seed: 3 });
  // An operator whose password hash was made by Node's native argon2id: signing in through the
  // Worker verifies it with the pure implementation.
  const agency = await client.execute("select id from agencies where code = '35.07'");
  await insertUser(db, {
    email: 'operator@malangkab.go.id',
    name: 'Operator Malang',
    role: 'operator',
    agencyId: Number(agency.rows[0]?.id),
    passwordHash: await nativeHasher.hash(PASSWORD),
  });
  const ministry = await client.execute("select id from agencies where code = 'KEMENPANRB'");
  await insertUser(db, {
    email: 'penilai@menpan.go.id',
    name: 'Penilai KemenPANRB',
    role: 'reviewer',
    agencyId: Number(ministry.rows[0]?.id),
    passwordHash: await nativeHasher.hash(PASSWORD),
  });
  client.close();
  mailApi = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      mailed.push({ auth: req.headers.authorization, body: JSON.parse(raw) });
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => mailApi.listen(0, '127.0.0.1', () => resolve()));
  server = await startHranaServer(path);
  const compatibilityDate = /compatibility_date\s*=\s*"([^"]+)"/.exec(
    readFileSync('wrangler.toml', 'utf8'),
  )![1]!;
  mf = new Miniflare({
    modules: true,
    modulesRoot: outdir,
    scriptPath: join(outdir, 'worker.js'),
    compatibilityDate,
    bindings: {
      DATABASE_URL: server.url,
      SECURE_COOKIES: 'true',
      MAIL_API_URL: `http://127.0.0.1:${(mailApi.address() as AddressInfo).port}/send`,
      MAIL_API_TOKEN: 'mail-token-workers',
      MAIL_FROM: 'katalog@menpan.go.id',
      // These journeys read right after they write; the grace itself is tested in
      // test/app/response-cache.test.ts.
      RESPONSE_CACHE_GRACE_SECONDS: '0',
    },
  });
}, 120_000);

afterAll(async () => {
  await mf?.dispose();
  await server?.close();
  await new Promise((resolve) => mailApi?.close(resolve));
});

/** Signs the Malang operator in through the Worker and reads the CSRF token of the form at `formPath`. */
async function signIn(origin: string, formPath: string) {
  const login = await mf.dispatchFetch(`${origin}/login`, {
    method: 'POST',
    body: new URLSearchParams({ email: 'operator@malangkab.go.id', password: PASSWORD, next: '/saya' }),
    headers: { Origin: origin },
    redirect: 'manual',
  });
  const setCookie = login.headers.get('set-cookie') ?? '';
  const cookie = /katalog_session=[^;]+/.exec(setCookie)![0];
  const form = await (await mf.dispatchFetch(`${origin}${formPath}`, { headers: { Cookie: cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form)![1]!;
  return { login, setCookie, cookie, csrf };
}

describe('the Worker build in workerd', () => {
  it('renders the home page from the remote database', async () => {
    const res = await mf.dispatchFetch('http://localhost/');
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('Katalog Aplikasi SPBE');
    expect(body).toContain('<h1>Katalog nasional aplikasi pemerintah</h1>');
  });

  it('searches applications', async () => {
    const res = await mf.dispatchFetch('http://localhost/aplikasi?q=srikandi');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('SRIKANDI');
  });

  it('shows an application page', async () => {
    const list = (await (await mf.dispatchFetch('http://localhost/api/v1/applications?q=siasn')).json()) as {
      items: { id: number; acronym: string }[];
    };
    const siasn = list.items.find((i) => i.acronym === 'SIASN')!;
    const res = await mf.dispatchFetch(`http://localhost/aplikasi/${siasn.id}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Badan Kepegawaian Negara');
  });

  it('reads an application page in two round trips: the data version, then one batch', async () => {
    const list = (await (
      await mf.dispatchFetch('http://localhost/api/v1/applications?q=srikandi')
    ).json()) as {
      items: { id: number; acronym: string }[];
    };
    const srikandi = list.items.find((i) => i.acronym === 'SRIKANDI')!;
    const before = server.roundTrips;
    const res = await mf.dispatchFetch(`http://localhost/aplikasi/${srikandi.id}`);
    expect(await res.text()).toContain('SRIKANDI');
    expect(server.roundTrips - before).toBeLessThanOrEqual(2);
  });

  it('answers a repeated anonymous read from the isolate with one round trip, fresh after a write', async () => {
    const url = 'http://localhost/api/v1/applications?category=umum&pageSize=5';
    const first = (await (await mf.dispatchFetch(url)).json()) as { items: { id: number; name: string }[] };
    const before = server.roundTrips;
    const again = (await (await mf.dispatchFetch(url)).json()) as typeof first;
    expect(again).toEqual(first);
    expect(server.roundTrips - before).toBe(1);
    // A change committed by another process (here the command line's kind of client).
    const other = createClient({ url: `file:${dbPath}` });
    await other.execute({
      sql: 'update applications set name = ? where id = ?',
      args: ['Nama Diubah dari Luar', first.items[0]!.id],
    });
    other.close();
    const fresh = (await (await mf.dispatchFetch(url)).json()) as typeof first;
    expect(fresh.items.map((i) => i.name)).toContain('Nama Diubah dari Luar');
  });

  it('answers the JSON API and its errors as problem+json', async () => {
    const ok = await mf.dispatchFetch('http://localhost/api/v1/applications?category=umum');
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { items: { name: string }[]; total: number };
    expect(body.total).toBeGreaterThanOrEqual(4);
    const bad = await mf.dispatchFetch('http://localhost/api/v1/applications?page=-1');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  });

  it('generates the OpenAPI document in workerd too', async () => {
    const res = await mf.dispatchFetch('http://localhost/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/overlap');
  });

  it('serves htmx from the bundle', async () => {
    const home = await (await mf.dispatchFetch('http://localhost/')).text();
    const src = /src="(\/static\/[0-9a-f]+\/htmx\.min\.js)"/.exec(home)![1]!;
    const res = await mf.dispatchFetch(`http://localhost${src}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('htmx');
  });

  it('signs in with a password hashed on Node, registers an application, and signs out', async () => {
    const origin = 'https://katalog.example.go.id';
    const { login, setCookie, cookie, csrf } = await signIn(origin, '/aplikasi/baru');
    expect(login.status).toBe(303);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/Secure/);
    const created = await mf.dispatchFetch(`${origin}/aplikasi/baru`, {
      method: 'POST',
      body: new URLSearchParams({
        _csrf: csrf,
        name: 'e-Surat Malang di Workers',
        functions: 'RAL.02.06.01',
      }),
      headers: { Origin: origin, Cookie: cookie },
      redirect: 'manual',
    });
    expect(created.status).toBe(303);
    const page = await mf.dispatchFetch(`${origin}${created.headers.get('location')}`, {
      headers: { Cookie: cookie },
    });
    expect(await page.text()).toContain('e-Surat Malang di Workers');
    // The import feature's CSV reader runs in workerd too (a dry run writes nothing).
    const importForm = new FormData();
    importForm.append('_csrf', csrf);
    importForm.append('agency', '35.07');
    importForm.append('mode', 'dry');
    importForm.append(
      'file',
      new File(['name,description\r\nSIMPEG Malang di Workers,Data pegawai daerah\r\n'], 'aplikasi.csv'),
    );
    // Serialised here: sent as a FormData through dispatchFetch it arrived without its multipart
    // header (403, no token found), so the body and its boundary are passed explicitly.
    const multipart = new Request(origin, { method: 'POST', body: importForm });
    const dry = await mf.dispatchFetch(`${origin}/impor`, {
      method: 'POST',
      body: await multipart.arrayBuffer(),
      headers: {
        Origin: origin,
        Cookie: cookie,
        'Content-Type': multipart.headers.get('content-type') ?? '',
      },
    });
    const dryHtml = await dry.text();
    expect(dryHtml.slice(dryHtml.indexOf('<main'))).toContain('1 baru, 0 diubah, 0 tetap, 0 salah');
    expect(dry.status).toBe(200);
    // And the XLSX template, written and read back by fflate in workerd, imports as it is.
    const template = await mf.dispatchFetch(`${origin}/impor/templat.xlsx`);
    expect(template.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const xlsxForm = new FormData();
    xlsxForm.append('_csrf', csrf);
    xlsxForm.append('agency', '35.07');
    xlsxForm.append('mode', 'dry');
    xlsxForm.append('file', new File([await template.arrayBuffer()], 'templat.xlsx'));
    const xlsxRequest = new Request(origin, { method: 'POST', body: xlsxForm });
    const xlsxDry = await mf.dispatchFetch(`${origin}/impor`, {
      method: 'POST',
      body: await xlsxRequest.arrayBuffer(),
      headers: {
        Origin: origin,
        Cookie: cookie,
        'Content-Type': xlsxRequest.headers.get('content-type') ?? '',
      },
    });
    const xlsxHtml = await xlsxDry.text();
    expect(xlsxHtml.slice(xlsxHtml.indexOf('<main'))).toContain('1 baru, 0 diubah, 0 tetap, 0 salah');
    const out = await mf.dispatchFetch(`${origin}/logout`, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: csrf }),
      headers: { Origin: origin, Cookie: cookie },
      redirect: 'manual',
    });
    expect(out.status).toBe(303);
    const after = await mf.dispatchFetch(`${origin}/saya`, {
      headers: { Cookie: cookie },
      redirect: 'manual',
    });
    expect(after.status).toBe(303);
  }, 30_000);

  it('mails the reviewers through the HTTP mail API when a proposal is submitted', async () => {
    const origin = 'https://katalog.example.go.id';
    const { cookie, csrf } = await signIn(origin, '/usulan/baru');
    const created = await mf.dispatchFetch(`${origin}/usulan/baru`, {
      method: 'POST',
      body: new URLSearchParams({
        _csrf: csrf,
        name: 'Aplikasi Pemantauan Irigasi di Workers',
        description: 'Pemantauan debit saluran irigasi desa.',
        kind: 'build',
        fiscalYear: '2027',
        requestedBudget: '100000000',
        kakUrl: 'https://x.go.id/kak.pdf',
        costBenefitUrl: 'https://x.go.id/abm.pdf',
        action: 'save',
      }),
      headers: { Origin: origin, Cookie: cookie },
      redirect: 'manual',
    });
    expect(created.status).toBe(303);
    const id = /\/usulan\/(\d+)/.exec(created.headers.get('location') ?? '')![1];
    const submitted = await mf.dispatchFetch(`${origin}/usulan/${id}/ajukan`, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: csrf, version: '1' }),
      headers: { Origin: origin, Cookie: cookie },
      redirect: 'manual',
    });
    expect(submitted.status).toBe(303);
    await expect.poll(() => mailed.length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(mailed[0]).toMatchObject({
      auth: 'Bearer mail-token-workers',
      body: { to: ['penilai@menpan.go.id'] },
    });
    expect(mailed[0]!.body.subject).toContain('Aplikasi Pemantauan Irigasi di Workers');
  }, 30_000);

  it('recomputes the national picture on its cron trigger', async () => {
    const before = (await (
      await mf.dispatchFetch('http://localhost/api/v1/stats/rationalisation')
    ).json()) as {
      computedAt: string | null;
    };
    expect(before.computedAt).toBeNull();
    // Miniflare's Fetcher type lacks `scheduled` here; the method is there at run time.
    const worker = (await mf.getWorker()) as unknown as {
      scheduled(o: { cron: string; scheduledTime: Date }): Promise<{ outcome: string }>;
    };
    const result = await worker.scheduled({ cron: '17 19 * * *', scheduledTime: new Date() });
    expect(result.outcome).toBe('ok');
    const after = (await (
      await mf.dispatchFetch('http://localhost/api/v1/stats/rationalisation')
    ).json()) as {
      computedAt: string | null;
      clusters: unknown[];
    };
    expect(after.computedAt).not.toBeNull();
    expect(after.clusters.length).toBeGreaterThan(0);
    const page = await (await mf.dispatchFetch('http://localhost/rasionalisasi')).text();
    expect(page).toContain('<svg role="img"');
  }, 60_000);
});

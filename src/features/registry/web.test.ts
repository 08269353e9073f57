import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { apiCall, formPost, ORIGIN, PASSWORD, registryFixture } from '../../../test/support/auth';

import {
  apiByName,
  applicationIdByAcronym,
  consumedApiIds,
  relatedApplicationIds,
} from '../../../test/support/repo';

const cookieOf = (res: Response) => res.headers.get('set-cookie') ?? '';
const sessionCookie = (res: Response) => /katalog_session=([^;]*)/.exec(cookieOf(res))?.[1] ?? '';

describe('signing in and out', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns to the page asked for', async () => {
    const { app, db } = await createTestApp();
    await registryFixture(db);
    const res = await formPost(app, '/login', {
      email: 'owner@malang.go.id',
      password: PASSWORD,
      next: '/aplikasi/baru',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/aplikasi/baru');
    expect(cookieOf(res)).toMatch(/HttpOnly/);
    expect(cookieOf(res)).toMatch(/SameSite=Lax/);
    const page = await app.request('/aplikasi/baru', {
      headers: { Cookie: `katalog_session=${sessionCookie(res)}` },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Daftarkan aplikasi');
  });

  it('marks the cookie Secure unless configured off for plain HTTP', async () => {
    const { createApp } = await import('../../app');
    const { parseConfig } = await import('../../config');
    const { nativeHasher } = await import('../../kernel/password-node');
    const { db } = await createTestApp();
    await registryFixture(db);
    const app = createApp({
      db,
      config: parseConfig({ DEMO_APPS: '0', LOG_REQUESTS: 'false' }),
      passwords: nativeHasher,
    });
    const res = await formPost(app, '/login', { email: 'owner@malang.go.id', password: PASSWORD });
    expect(cookieOf(res)).toMatch(/Secure/);
  });

  it('never redirects off-site after sign-in', async () => {
    const { app, db } = await createTestApp();
    await registryFixture(db);
    for (const next of [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      '/\t/evil.example/x',
      '/\n/x',
    ]) {
      const res = await formPost(app, '/login', { email: 'owner@malang.go.id', password: PASSWORD, next });
      expect(res.headers.get('location')).toBe('/saya');
    }
  });

  it('answers a wrong password with the form and a message, and no cookie', async () => {
    const { app, db } = await createTestApp();
    await registryFixture(db);
    const res = await formPost(app, '/login', { email: 'owner@malang.go.id', password: 'salah-sekali-123' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Surel atau kata sandi salah');
    expect(sessionCookie(res)).toBe('');
  });

  it('logout really ends the session: the old cookie no longer works', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const out = await formPost(app, '/logout', {}, fx.owner);
    expect(out.status).toBe(303);
    const after = await app.request('/saya', { headers: { Cookie: fx.owner.cookie } });
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toMatch(/^\/login\?next=/);
  });

  it('rotates the session on sign-in: a new token, and the one it replaced ends', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const res = await formPost(app, '/login', { email: 'owner@malang.go.id', password: PASSWORD }, fx.owner);
    expect(sessionCookie(res)).not.toBe('');
    expect(`katalog_session=${sessionCookie(res)}`).not.toBe(fx.owner.cookie);
    expect((await app.request('/saya', { headers: { Cookie: fx.owner.cookie } })).status).toBe(303);
  });
});

describe('CSRF and Origin protection on every unsafe web request', () => {
  it('refuses each unsafe web route without the CSRF token, from another origin, or naming no origin', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const routes = [
      ...new Set(
        app.routes.filter((r) => r.method === 'POST' && !r.path.startsWith('/api/')).map((r) => r.path),
      ),
    ];
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      const path = route.replace(':id', String(fx.draft.id)).replace(':code', '35.07');
      const send = (headers: Record<string, string>, body: string) =>
        app.request(path, {
          method: 'POST',
          body,
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Cookie: fx.owner.cookie,
            ...headers,
          },
        });
      const noToken = await send({ Origin: ORIGIN }, 'name=x');
      expect(noToken.status, `${route} without CSRF token`).toBe(403);
      const foreign = await send({ Origin: 'https://evil.example' }, `_csrf=${fx.owner.csrf}&name=x`);
      expect(foreign.status, `${route} from another origin`).toBe(403);
      const nowhere = await send({}, `_csrf=${fx.owner.csrf}&name=x`);
      expect(nowhere.status, `${route} with neither Origin nor Referer`).toBe(403);
    }
  });

  it('accepts a same-origin Referer when the browser sends no Origin', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const res = await app.request('/akun/token', {
      method: 'POST',
      body: `_csrf=${fx.owner.csrf}&name=skrip`,
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Cookie: fx.owner.cookie,
        Referer: `${ORIGIN}/akun`,
      },
    });
    expect(res.status).toBe(201);
  });

  it('refuses a sign-in form posted from another site', async () => {
    const { app, db } = await createTestApp();
    await registryFixture(db);
    const res = await app.request('/login', {
      method: 'POST',
      body: `email=owner%40malang.go.id&password=${PASSWORD}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
  });

  it('requires X-CSRF-Token on API calls made with the session cookie, but not with a bearer token', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const body = JSON.stringify({ name: 'Aplikasi lewat sesi', description: '' });
    const headers = { 'Content-Type': 'application/json', Cookie: fx.owner.cookie, Origin: ORIGIN };
    expect((await app.request('/api/v1/applications', { method: 'POST', body, headers })).status).toBe(403);
    const ok = await app.request('/api/v1/applications', {
      method: 'POST',
      body,
      headers: { ...headers, 'X-CSRF-Token': fx.owner.csrf },
    });
    expect(ok.status).toBe(201);
    const viaToken = await apiCall(
      app,
      'POST',
      '/api/v1/applications',
      { name: 'Aplikasi lewat token' },
      fx.owner,
    );
    expect(viaToken.status).toBe(201);
  });
});

describe('reading another agency’s drafts', () => {
  it('is "not found" for another agency’s operator on every page and endpoint, and open to the owner', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const id = fx.draft.id;
    const pages = [
      `/aplikasi/${id}`,
      `/aplikasi/${id}/ubah`,
      `/aplikasi/${id}/riwayat`,
      `/aplikasi/${id}/api/baru`,
    ];
    const endpoints = [
      `/api/v1/applications/${id}`,
      `/api/v1/applications/${id}/history`,
      `/api/v1/applications/${id}/overlap`,
    ];
    for (const p of pages) {
      expect((await app.request(p, { headers: { Cookie: fx.other.cookie } })).status, p).toBe(404);
      expect((await app.request(p, { headers: { Cookie: fx.owner.cookie } })).status, p).toBe(200);
    }
    for (const p of endpoints) {
      expect((await apiCall(app, 'GET', p, undefined, fx.other)).status, p).toBe(404);
      expect((await apiCall(app, 'GET', p, undefined, null)).status, p).toBe(404);
      const own = await apiCall(app, 'GET', p, undefined, fx.owner);
      expect(own.status, p).toBe(200);
      if (p.endsWith(`${id}`)) expect(own.headers.get('cache-control')).toBe('private, no-store');
    }
  });
});

describe('registering and editing through the forms', () => {
  it('shows each problem next to its field and keeps what was typed', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const res = await formPost(
      app,
      '/aplikasi/baru',
      {
        name: 'Sistem Informasi Kepegawaian Malang',
        url: 'bukan-url',
        yearlyCost: 'mahal',
        functions: ['RAB.09.06.01', 'RAB.99.99.99'],
        de_code: 'RAD.99.99.99',
        de_role: 'master',
      },
      fx.owner,
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="url-error"[^>]*>[^<]*URL/);
    expect(html).toMatch(/id="yearlyCost-error"/);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="bukan-url"');
  });

  it('reports unknown codes and a name the agency already uses', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const res = await formPost(
      app,
      '/aplikasi/baru',
      {
        name: 'sistem informasi kepegawaian malang',
        functions: ['RAB.09.06.01', 'RAB.99.99.99'],
        de_code: 'RAD.99.99.99',
        de_role: 'master',
      },
      fx.owner,
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('sudah punya aplikasi bernama');
    expect(html).toContain('fungsi &quot;RAB.99.99.99&quot; tidak dikenal');
    expect(html).toContain('entitas data &quot;RAD.99.99.99&quot; tidak dikenal');
  });

  it('refuses a stale save with what changed meanwhile, keeping the input and overwriting nothing', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const base = { name: 'Sistem Informasi Kepegawaian Malang', functions: 'RAB.09.06.01', version: '1' };
    const first = await formPost(
      app,
      `/aplikasi/${fx.draft.id}/ubah`,
      { ...base, description: 'Versi rekan kerja' },
      fx.owner,
    );
    expect(first.status).toBe(303);
    const second = await formPost(
      app,
      `/aplikasi/${fx.draft.id}/ubah`,
      { ...base, description: 'Versi saya' },
      fx.admin,
    );
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('telah diubah orang lain');
    expect(html).toContain('<code>description</code>');
    expect(html).toContain('Versi saya');
    expect(html).toContain('name="version" value="2"');
    const stored = await apiCall(app, 'GET', `/api/v1/applications/${fx.draft.id}`, undefined, fx.owner);
    expect(((await stored.json()) as { description: string }).description).toBe('Versi rekan kerja');
  });

  it('shows the history of an application with each change', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    await formPost(
      app,
      `/aplikasi/${fx.draft.id}/ubah`,
      {
        name: 'Sistem Informasi Kepegawaian Malang',
        description: 'Baru',
        functions: ['RAB.09.06.01', 'RAB.09.06.02'],
        version: '1',
      },
      fx.owner,
    );
    const html = await (
      await app.request(`/aplikasi/${fx.draft.id}/riwayat`, { headers: { Cookie: fx.owner.cookie } })
    ).text();
    expect(html).toContain('didaftarkan');
    expect(html).toContain('diubah');
    expect(html).toContain('+ RAB.09.06.02');
    expect(html).toContain('owner &lt;owner@malang.go.id&gt;');
    // Fields by their labels, never their storage keys.
    expect(html).toContain('<th scope="row">Deskripsi</th>');
    expect(html).not.toContain('<code>description</code>');
  });

  it("records adding an API in the application's history", async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const added = await formPost(
      app,
      `/aplikasi/${fx.draft.id}/api/baru`,
      { name: 'API Data Pegawai', apiVersion: '1', description: 'Data pegawai', protocol: 'rest' },
      fx.owner,
    );
    expect(added.status, await added.clone().text()).toBe(303);
    const html = await (
      await app.request(`/aplikasi/${fx.draft.id}/riwayat`, { headers: { Cookie: fx.owner.cookie } })
    ).text();
    expect(html).toContain('API ditambahkan');
    expect(html).toContain('API Data Pegawai 1');
  });

  it('chooses relations and consumed APIs by name: a typeahead offers "name — agency", the label is saved as the id', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const headers = { Cookie: fx.owner.cookie, 'HX-Request': 'true' };
    const apps = await (await app.request('/pilihan/aplikasi?rel_app=siasn', { headers })).text();
    expect(apps).toContain(
      '<option value="Sistem Informasi Aparatur Sipil Negara — Badan Kepegawaian Negara">',
    );
    const apis = await (await app.request('/pilihan/api?consumedApis=surat', { headers })).text();
    expect(apis).toContain('<option value="API Surat 1 — Aplikasi Surat Malang">');
    const form = await (
      await app.request(`/aplikasi/${fx.draft.id}/ubah`, { headers: { Cookie: fx.owner.cookie } })
    ).text();
    expect(form).toContain('list="choices-app"');
    expect(form).toContain('hx-get="/pilihan/aplikasi"');

    const base = { name: 'Sistem Informasi Kepegawaian Malang', functions: 'RAB.09.06.01', version: '1' };
    // A name that is not one entry is refused beside the field, with what was found to choose from.
    const vague = await formPost(
      app,
      `/aplikasi/${fx.draft.id}/ubah`,
      { ...base, rel_kind: 'integrates_with', rel_app: 'Tidak Ada Aplikasi Seperti Ini' },
      fx.owner,
    );
    expect(vague.status).toBe(422);
    const vagueHtml = await vague.text();
    expect(vagueHtml).toContain('tidak ditemukan di katalog');
    expect(vagueHtml).toContain('value="Tidak Ada Aplikasi Seperti Ini"');

    const saved = await formPost(
      app,
      `/aplikasi/${fx.draft.id}/ubah`,
      {
        ...base,
        rel_kind: 'integrates_with',
        rel_app: 'Sistem Informasi Aparatur Sipil Negara — Badan Kepegawaian Negara',
        consumedApis: 'API Surat 1 — Aplikasi Surat Malang',
      },
      fx.owner,
    );
    expect(saved.status, await saved.clone().text()).toBe(303);
    const siasnId = await applicationIdByAcronym(db, 'SIASN');
    expect(await relatedApplicationIds(db, fx.draft.id)).toEqual([siasnId]);
    expect(await consumedApiIds(db, fx.draft.id)).toEqual([fx.api.id]);
    // Editing again shows the choices by name, and saving them unchanged keeps them.
    const again = await (
      await app.request(`/aplikasi/${fx.draft.id}/ubah`, { headers: { Cookie: fx.owner.cookie } })
    ).text();
    expect(again).toContain('value="Sistem Informasi Aparatur Sipil Negara — Badan Kepegawaian Negara"');
    expect(again).toContain('value="API Surat 1 — Aplikasi Surat Malang"');
  });

  it('keeps a rejected pasted spec in the box and explains in Indonesian, the parser detail below', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const pasted = '{\n  "openapi": "3.0.3",\n  "info": { "title": "API Pegawai" ,\n}';
    const fields = {
      name: 'API Data Pegawai',
      apiVersion: '1',
      description: 'Data pegawai',
      protocol: 'rest',
    };
    const added = await formPost(
      app,
      `/aplikasi/${fx.draft.id}/api/baru`,
      { ...fields, specText: pasted },
      fx.owner,
    );
    expect(added.status).toBe(422);
    const html = await added.text();
    // Still in the textarea, verbatim (escaped), so it can be corrected instead of pasted again.
    expect(html).toContain(`name="specText"`);
    expect(html).toContain('&quot;openapi&quot;: &quot;3.0.3&quot;');
    expect(html).toContain('Spesifikasi ini belum disimpan karena tidak dapat dibaca');
    expect(html).toMatch(/<li>Rincian dari pengurai: line \d+[^<]*invalid JSON/);
    expect(html).toContain('<strong>Spesifikasi API: </strong>');
    // Nothing was stored.
    const page = await (
      await app.request(`/aplikasi/${fx.draft.id}`, { headers: { Cookie: fx.owner.cookie } })
    ).text();
    expect(page).not.toContain('API Data Pegawai');

    // The edit form keeps it too.
    expect((await formPost(app, `/aplikasi/${fx.draft.id}/api/baru`, fields, fx.owner)).status).toBe(303);
    const api = await apiByName(db, 'API Data Pegawai');
    const edit = await formPost(
      app,
      `/katalog-api/${api.id}/ubah`,
      { ...fields, version: String(api.version), specText: 'openapi: [' },
      fx.owner,
    );
    expect(edit.status).toBe(422);
    const editHtml = await edit.text();
    expect(editHtml).toContain('openapi: [</textarea>');
    expect(editHtml).toContain('Rincian dari pengurai:');
  });
});

describe('the write API', () => {
  it('answers bad input with problem+json naming each field', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const res = await apiCall(
      app,
      'POST',
      '/api/v1/applications',
      { name: 5, functions: 'RAB.09.06.01', yearlyCost: '10' },
      fx.owner,
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as { errors: { field: string }[] };
    expect(body.errors.map((e) => e.field).sort()).toEqual(['functions', 'name', 'yearlyCost']);
  });

  it('refuses oversized bodies with 413', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const res = await apiCall(
      app,
      'POST',
      '/api/v1/applications',
      { name: 'x'.repeat(3 * 1024 * 1024) },
      fx.owner,
    );
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('lets exactly one of two concurrent edits from the same version win; the other is told what changed', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const edit = (description: string, functions: string[]) =>
      apiCall(
        app,
        'PUT',
        `/api/v1/applications/${fx.draft.id}`,
        { name: 'Sistem Informasi Kepegawaian Malang', description, functions, version: 1 },
        fx.owner,
      );
    const [a, b] = await Promise.all([
      edit('Suntingan A', ['RAB.09.06.01']),
      edit('Suntingan B', ['RAB.09.06.02']),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const problem = (await loser.json()) as { currentVersion: number; changes: { field: string }[] };
    expect(problem.currentVersion).toBe(2);
    expect(problem.changes.map((c) => c.field)).toContain('description');
    const winner = a.status === 200 ? 'Suntingan A' : 'Suntingan B';
    const stored = (await (
      await apiCall(app, 'GET', `/api/v1/applications/${fx.draft.id}`, undefined, fx.owner)
    ).json()) as {
      description: string;
      functions: { code: string }[];
    };
    expect(stored.description).toBe(winner);
    expect(stored.functions.map((f) => f.code)).toEqual([
      winner === 'Suntingan A' ? 'RAB.09.06.01' : 'RAB.09.06.02',
    ]);
  });

  it('works with a token created in the UI, and stops when it is revoked', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const created = await formPost(app, '/akun/token', { name: 'integrasi SIMPEG' }, fx.owner);
    expect(created.status).toBe(201);
    const token = /<code class="token" id="new-token">([^<]+)<\/code>/.exec(await created.text())?.[1] ?? '';
    expect(token).toMatch(/^kat_/);
    const me = await app.request('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(((await me.json()) as { email: string }).email).toBe('owner@malang.go.id');
    const page = await (await app.request('/akun', { headers: { Cookie: fx.owner.cookie } })).text();
    expect(page).not.toContain(token);
    const tokenId = Number(/\/akun\/token\/(\d+)\/cabut/.exec(page.split('integrasi SIMPEG')[1] ?? '')?.[1]);
    expect((await formPost(app, `/akun/token/${tokenId}/cabut`, {}, fx.owner)).status).toBe(303);
    const after = await app.request('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);
    expect(after.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('administration', () => {
  it('an admin creates an operator who can then sign in and register for their agency', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const res = await formPost(
      app,
      '/admin/pengguna',
      {
        email: 'baru@malang.go.id',
        name: 'Operator Baru',
        role: 'operator',
        agency: '35.07',
        password: 'kata-sandi-panjang-1',
      },
      fx.admin,
    );
    expect(res.status).toBe(201);
    const login = await formPost(app, '/login', {
      email: 'baru@malang.go.id',
      password: 'kata-sandi-panjang-1',
    });
    expect(login.status).toBe(303);
  });

  it('an operator proposes a function; once an admin accepts it, the picker offers it', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const proposed = await formPost(
      app,
      '/fungsi/usul',
      { parent: 'RAB.09.06', title: 'Pengelolaan tunjangan kinerja daerah' },
      fx.owner,
    );
    expect(proposed.status).toBe(201);
    const code = /dengan kode (RAB\.09\.06\.\d{2})/.exec(await proposed.text())?.[1];
    expect(code).toBeDefined();
    const picker = () =>
      app.request('/fungsi/pilih?fq=tunjangan%20kinerja', { headers: { Cookie: fx.owner.cookie } });
    expect(await (await picker()).text()).not.toContain(code!);
    expect((await formPost(app, `/admin/fungsi/${code}`, { action: 'accept' }, fx.admin)).status).toBe(200);
    expect(await (await picker()).text()).toContain(code!);
  });
});

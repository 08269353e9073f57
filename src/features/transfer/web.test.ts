import { describe, expect, it, vi } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { type Actor, makeActor, ORIGIN } from '../../../test/support/auth';
import { addPublicationFixtures } from '../../../test/support/publication';

async function setup() {
  const t = await createTestApp();
  await addPublicationFixtures(t.db);
  const owner = await makeActor(t.db, 'operator', '35.07', 'op@malangkab.go.id');
  return { ...t, owner };
}

/** A multipart form post as a signed-in browser sends it. */
function upload(
  app: Awaited<ReturnType<typeof setup>>['app'],
  fields: Record<string, string | File>,
  actor: Actor,
  lang = '',
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('_csrf', actor.csrf);
  return app.request(`/impor${lang}`, {
    method: 'POST',
    body: form,
    headers: { Cookie: actor.cookie, Origin: ORIGIN, ...headers },
  });
}

/** What htmx sends for the import forms: the report is wanted in #import-job. */
const IN_PLACE = { 'HX-Request': 'true', 'HX-Target': 'import-job' };

/** Asks for the job's progress as the page does until the report (or a refusal) replaces it. */
async function untilDone(app: Awaited<ReturnType<typeof setup>>['app'], html: string, actor: Actor) {
  const seen: string[] = [html];
  for (let i = 0; i < 500; i++) {
    const url = /hx-get="(\/impor\/kemajuan\/[^"]+)"/.exec(html)?.[1];
    if (!url) return { html, seen };
    const res = await app.request(url, { headers: { Cookie: actor.cookie, ...IN_PLACE } });
    expect(res.status).toBe(200);
    html = await res.text();
    seen.push(html);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the import never finished');
}

const FILE =
  'name,description,functions\r\nAplikasi Persuratan Dinas Malang,Naskah dinas dan disposisi,RAL.02.06.01\r\n';

describe('/impor', () => {
  it('is for operators and admins only, and linked from their start page', async () => {
    const t = await setup();
    expect((await t.app.request('/impor')).status).toBe(303);
    const page = await (await t.app.request('/impor', { headers: { Cookie: t.owner.cookie } })).text();
    expect(page).toContain('Impor aplikasi');
    expect(page).toContain('Kabupaten Malang (35.07)');
    const start = await (await t.app.request('/saya', { headers: { Cookie: t.owner.cookie } })).text();
    expect(start).toContain('href="/impor"');
  });

  it('shows the dry run per row, then applies the same file from the report without choosing it again', async () => {
    const t = await setup();
    const dry = await upload(
      t.app,
      { agency: '35.07', mode: 'dry', file: new File([FILE], 'aplikasi.csv') },
      t.owner,
    );
    expect(dry.status).toBe(200);
    const html = await dry.text();
    expect(html).toContain('Hasil uji coba (belum disimpan)');
    expect(html).toContain('1 baru, 0 diubah, 0 tetap, 0 salah');
    expect(html).toMatch(/Tumpang tindih \d+% dengan layanan nasional/);
    const content = /<textarea name="content"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!;
    const applied = await upload(
      t.app,
      { agency: '35.07', mode: 'apply', fileName: 'aplikasi.csv', content },
      t.owner,
    );
    expect(applied.status).toBe(200);
    const after = await applied.text();
    expect(after).toContain('Impor disimpan');
    const id = /href="\/aplikasi\/(\d+)">Aplikasi Persuratan Dinas Malang</.exec(after)?.[1];
    expect(id).toBeDefined();
    const page = await (
      await t.app.request(`/aplikasi/${id}`, { headers: { Cookie: t.owner.cookie } })
    ).text();
    expect(page).toContain('Aplikasi Persuratan Dinas Malang');
  });

  it('shows a refused file and row errors in the page language', async () => {
    const t = await setup();
    const bad = await upload(
      t.app,
      { agency: '35.07', mode: 'dry', file: new File(['name;description\r\nA;b\r\n'], 'x.csv') },
      t.owner,
    );
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Berkas ditolak');
    const en = await upload(
      t.app,
      {
        agency: '35.07',
        mode: 'dry',
        file: new File(['name,functions\r\nAplikasi Salah,RAB.99.99.99\r\n'], 'x.csv'),
      },
      t.owner,
      '?lang=en',
    );
    const html = await en.text();
    expect(html).toContain('Dry run result (not saved yet)');
    expect(html).toMatch(/unknown/i);
    expect(html).not.toContain('Hasil uji coba');
  });

  it('offers a template that imports as it is', async () => {
    const t = await setup();
    const res = await t.app.request('/impor/templat.csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const template = await res.text();
    const dry = await upload(
      t.app,
      { agency: '35.07', mode: 'dry', file: new File([template], 'templat.csv') },
      t.owner,
    );
    expect(await dry.text()).toContain('1 baru, 0 diubah, 0 tetap, 0 salah');
  });

  it('with htmx, answers at once with progress the page polls, then the report, for the dry run and the apply', async () => {
    const t = await setup();
    const rows = Array.from(
      { length: 120 },
      (_, i) => `Aplikasi Persuratan ${i},Naskah dinas dan disposisi,RAL.02.06.01`,
    );
    const file = `name,description,functions\r\n${rows.join('\r\n')}\r\n`;
    const started = await upload(
      t.app,
      { agency: '35.07', mode: 'dry', file: new File([file], 'banyak.csv') },
      t.owner,
      '',
      IN_PLACE,
    );
    expect(started.status).toBe(202);
    const first = await started.text();
    expect(first).toContain('role="status"');
    expect(first).toContain('Uji coba berjalan:');
    expect(first).not.toContain('<main');
    const dry = await untilDone(t.app, first, t.owner);
    expect(dry.html).toContain('Hasil uji coba (belum disimpan)');
    expect(dry.html).toContain('120 baru, 0 diubah, 0 tetap, 0 salah');
    // The apply form carries the file and asks for its report in place too.
    expect(dry.html).toContain('hx-target="#import-job"');
    const content = /<textarea name="content"[^>]*>([\s\S]*?)<\/textarea>/.exec(dry.html)![1]!;
    const apply = await upload(
      t.app,
      { agency: '35.07', mode: 'apply', fileName: 'banyak.csv', content: content.replace(/&amp;/g, '&') },
      t.owner,
      '',
      IN_PLACE,
    );
    expect(apply.status).toBe(202);
    const applied = await untilDone(t.app, await apply.text(), t.owner);
    expect(applied.html).toContain('Impor disimpan');
    expect(applied.html).toContain('120 baru');
    // A finished job is shown once; it is nobody else's to see.
    const url = /hx-get="(\/impor\/kemajuan\/[^"]+)"/.exec(applied.seen[0]!)![1]!;
    const again = await t.app.request(url, { headers: { Cookie: t.owner.cookie } });
    expect(again.status).toBe(404);
    const gone = await again.text();
    expect(gone).toContain('Impor ini tidak ditemukan lagi');
  });

  it('recomputes the national picture after an applied import, without making the answer wait', async () => {
    const t = await setup();
    const before = await (await t.app.request('/api/v1/stats/rationalisation')).json();
    expect(before.computedAt).toBeNull();
    const applied = await upload(
      t.app,
      { agency: '35.07', mode: 'apply', file: new File([FILE], 'aplikasi.csv') },
      t.owner,
    );
    expect(await applied.text()).toContain('Impor disimpan');
    await vi.waitFor(
      async () => {
        const after = await (await t.app.request('/api/v1/stats/rationalisation')).json();
        expect(after.computedAt).not.toBeNull();
      },
      { timeout: 30_000, interval: 50 },
    );
  });
});

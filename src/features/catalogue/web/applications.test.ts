import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/support/app';
import { type MessageKey, translator } from '../../../kernel/i18n';

async function html(res: Response) {
  expect(res.headers.get('content-type')).toContain('text/html');
  return res.text();
}

describe('GET /aplikasi', () => {
  it('lists the shared applications on an otherwise empty catalogue, with a count', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/aplikasi');
    expect(res.status).toBe(200);
    const body = await html(res);
    expect(body).toContain('<h1>Daftar Aplikasi</h1>');
    expect(body).toContain('SRIKANDI');
    expect(body).toContain('SIASN');
    expect(body).toMatch(/Menampilkan 1–\d+ dari \d+/);
  });

  it('finds an application by a word of its description', async () => {
    const { app } = await createTestApp();
    const body = await html(await app.request('/aplikasi?q=kearsipan'));
    expect(body).toContain('SRIKANDI');
    expect(body).not.toContain('>SIASN');
  });

  it('finds an application by a prefix while the user is still typing', async () => {
    const { app } = await createTestApp();
    const body = await html(await app.request('/aplikasi?q=srikan'));
    expect(body).toContain('SRIKANDI');
  });

  it('filters by category and by agency, keeping the filters in the form', async () => {
    const { app } = await createTestApp();
    const body = await html(await app.request('/aplikasi?category=umum&agency=BKN'));
    expect(body).toContain('SIASN');
    expect(body).not.toContain('SRIKANDI');
    expect(body).toContain('value="BKN"');
    expect(body).toMatch(/<option value="umum" selected/);
  });

  it('filters by function code', async () => {
    const { app, db } = await createTestApp();
    const row = await db.$client.execute(
      `select f.code from functions f join application_functions af on af.function_id = f.id
       join applications a on a.id = af.application_id where a.acronym = 'SRIKANDI' limit 1`,
    );
    const code = String(row.rows[0]!.code);
    const body = await html(await app.request(`/aplikasi?function=${code}`));
    expect(body).toContain('SRIKANDI');
  });

  it('shows an empty result politely', async () => {
    const { app } = await createTestApp();
    const body = await html(await app.request('/aplikasi?q=zzzzqqqq'));
    expect(body).toContain('Tidak ada aplikasi yang cocok');
  });

  it.each([
    ['page=-1', 'page'],
    ['page=abc', 'page'],
    ['pageSize=100000', 'pageSize'],
    ['category=planet', 'category'],
    ['agencyKind=desa', 'agencyKind'],
    ['province=3', 'province'],
    ['sector=RAX.01', 'sector'],
    ['function=%27%3B--', 'function'],
    ['agency=ZZZ', 'agency'],
    ['function=RAB.99.99.99', 'function'],
    ['status=draft', 'status'],
  ])('answers a bad filter (%s) with a friendly 400 page naming the field', async (query, field) => {
    const { app } = await createTestApp();
    const res = await app.request(`/aplikasi?${query}`);
    expect(res.status).toBe(400);
    const body = await html(res);
    expect(body).toContain('role="alert"');
    // Named by its label in the page's language, never by the query key.
    expect(body).toContain(`<strong>${translator('id')(`fieldLabel.${field}` as MessageKey)}: </strong>`);
    expect(body).not.toContain(`<code>${field}</code>`);
    expect(body).toContain('<h1>Daftar Aplikasi</h1>');
  });

  it('answers an htmx filter request with only the results fragment', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/aplikasi?q=srikandi', { headers: { 'HX-Request': 'true' } });
    const body = await html(res);
    expect(res.headers.get('vary')).toContain('HX-Request');
    expect(body.startsWith('<section id="results"')).toBe(true);
    expect(body).toContain('SRIKANDI');
    expect(body).not.toContain('<html');
  });

  it('speaks English when asked', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/aplikasi?lang=en');
    const body = await html(res);
    expect(body).toContain('<h1>Applications</h1>');
    expect(res.headers.get('set-cookie')).toContain('lang=en');
  });
});

describe('GET /aplikasi/:id', () => {
  it('shows an application with its owner, functions, data entities and APIs', async () => {
    const { app, db } = await createTestApp();
    const row = await db.$client.execute(`select id from applications where acronym = 'SIASN'`);
    const id = Number(row.rows[0]!.id);
    const res = await app.request(`/aplikasi/${id}`);
    expect(res.status).toBe(200);
    const body = await html(res);
    expect(body).toContain('SIASN');
    expect(body).toContain('Badan Kepegawaian Negara');
    expect(body).toContain('Fungsi bisnis');
    expect(body).toContain('Data Pegawai');
    expect(body).toContain('Master (sumber utama)');
    expect(body).toContain('API yang disediakan');
  });

  it('answers 404 for an application that does not exist', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/aplikasi/999999');
    expect(res.status).toBe(404);
    expect(await html(res)).toContain('Halaman tidak ditemukan');
  });

  it('does not show a draft to the public', async () => {
    const { app, db } = await createTestApp();
    await db.$client.execute(
      `insert into applications (agency_id, name, description, status) select id, 'Draf Rahasia', 'x', 'draft' from agencies where code = '35.07'`,
    );
    const row = await db.$client.execute(`select id from applications where name = 'Draf Rahasia'`);
    const res = await app.request(`/aplikasi/${row.rows[0]!.id}`);
    expect(res.status).toBe(404);
    const list = await html(await app.request('/aplikasi?q=rahasia'));
    expect(list).not.toContain('Draf Rahasia');
  });

  it('answers 400 for an id that is not a number', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/aplikasi/abc');
    expect(res.status).toBe(400);
  });
});

describe('filter values that name nothing', () => {
  it('reports an unknown province rather than showing an empty list', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/aplikasi?province=99');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('provinsi &quot;99&quot; tidak dikenal');
  });

  it('treats a function that is only proposed as unknown', async () => {
    const { app, db } = await createTestApp();
    await db.$client.execute(`insert into functions (code, reference_code_id, title, title_en, status)
      select 'RAB.09.06.99', id, 'Usulan fungsi baru', 'Proposed function', 'proposed' from reference_codes where code = 'RAB.09.06'`);
    expect((await app.request('/aplikasi?function=RAB.09.06.99')).status).toBe(400);
    expect((await app.request('/fungsi/RAB.09.06.99')).status).toBe(404);
  });

  it('matches % and _ in an agency search literally', async () => {
    const { app } = await createTestApp();
    const body = await (await app.request('/api/v1/agencies?q=%25')).json();
    expect(body.total).toBe(0);
    const malang = await (await app.request('/api/v1/agencies?q=malang')).json();
    expect(malang.total).toBeGreaterThanOrEqual(2);
  });
});

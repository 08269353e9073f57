import { describe, expect, it } from 'vitest';
import { createTestApp, getPage as page } from '../../../../test/support/app';

describe('GET /fungsi', () => {
  it('shows the whole catalogue grouped under level-2 parent codes', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/fungsi');
    expect(body).toContain('<h1>Katalog Fungsi Bisnis</h1>');
    expect(body).toContain('Naskah dinas masuk dan keluar');
    expect(body).toMatch(
      /<th scope="colgroup" colspan="4" id="g-RAL\.02\.06">.*Dukungan Operasional Organisasi<\/th>/,
    );
    expect(body).toContain('<th scope="col">Fungsi</th>');
    expect(body).not.toContain('rel="next"');
  });

  it('marks the functions a shared application already serves, with their field', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/fungsi?q=naskah');
    const row = body.slice(body.indexOf('href="/fungsi/RAL.02.06.01"'));
    const end = row.indexOf('</tr>');
    expect(row.slice(0, end)).toContain('Dilayani aplikasi umum');
    expect(row.slice(0, end)).toContain('Kearsipan');
  });

  it('filters by shared-application field', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/fungsi?sharedField=kearsipan');
    expect(body).toContain('Arsip dinamis');
    expect(body).not.toContain('Data pokok ASN');
    expect(body).toMatch(/<option value="kearsipan" selected/);
  });

  it('filters by a parent code chosen from the reference codes, level 1 or 2', async () => {
    const { app } = await createTestApp();
    const l2 = await page(app, '/fungsi?parent=RAL.02.06');
    expect(l2).toContain('Naskah dinas masuk dan keluar');
    expect(l2).not.toMatch(/id="g-RAB\./);
    expect(l2).toMatch(/<option value="RAL\.02\.06" selected/);
    const l1 = await page(app, '/fungsi?parent=ral.02');
    expect(l1).toContain('Naskah dinas masuk dan keluar');
    expect(l1).toMatch(/<option value="RAL\.02" selected/);
  });

  it('finds functions by a word of their title or description', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/fungsi?q=pegawai');
    expect(body).toContain('Penilaian kinerja pegawai');
    expect(body).not.toContain('Naskah dinas masuk dan keluar');
  });

  it('answers an htmx filter request with the results only', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/fungsi?q=arsip', { headers: { 'HX-Request': 'true' } });
    expect(res.headers.get('vary')).toContain('HX-Request');
    const body = await res.text();
    expect(body).toMatch(/^<section id="results"/);
    expect(body).toContain('Arsip dinamis');
  });

  it('names a bad filter on a friendly 400 page', async () => {
    const { app } = await createTestApp();
    expect(await page(app, '/fungsi?sharedField=astrologi', 400)).toContain(
      '<strong>Urusan bersama: </strong>',
    );
    expect(await page(app, '/fungsi?parent=XYZ', 400)).toContain('<strong>Induk: </strong>');
    expect(await page(app, '/fungsi?parent=RAB.99', 400)).toContain('tidak dikenal');
  });

  it('speaks English on request', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/fungsi?lang=en&q=naskah');
    expect(body).toContain('<h1>Business function catalogue</h1>');
    expect(body).toContain('Incoming and outgoing official letters');
    expect(body).toContain('Served by a shared application');
  });
});

describe('GET /fungsi/:code', () => {
  it('describes the function with its code, parent and both titles', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/fungsi/RAL.02.06.01');
    expect(body).toContain('<h1>Naskah dinas masuk dan keluar</h1>');
    expect(body).toContain('naskah dinas elektronik');
    expect(body).toContain('<span class="alt" lang="en">Incoming and outgoing official letters</span>');
    expect(body).toContain('href="/fungsi?parent=RAL.02.06"');
    expect(body).toContain('href="/aplikasi?function=RAL.02.06.01"');
  });

  it('puts the shared applications performing it first, before every other application', async () => {
    const { app } = await createTestApp();
    // Electronic signing is performed by SRIKANDI (shared) and by BSrE's signing service, whose
    // name sorts first.
    const body = await page(app, '/fungsi/RAL.02.06.03');
    const shared = body.indexOf('Sudah dilayani aplikasi umum');
    const all = body.indexOf('Semua aplikasi yang menjalankan fungsi ini');
    expect(shared).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(shared);
    const srikandi = body.indexOf('SRIKANDI', shared);
    expect(srikandi).toBeGreaterThan(shared);
    expect(srikandi).toBeLessThan(all);
    expect(body.indexOf('Tanda Tangan Elektronik', all)).toBeGreaterThan(all);
  });

  it('leaves out the shared section when no shared application performs it', async () => {
    const { app, db } = await createTestApp();
    const row = await db.$client.execute(
      `select f.code from functions f where f.status = 'active' and not exists (
         select 1 from application_functions af join applications a on a.id = af.application_id
         where af.function_id = f.id) limit 1`,
    );
    const body = await page(app, `/fungsi/${String(row.rows[0]!.code)}`);
    expect(body).not.toContain('Sudah dilayani aplikasi umum');
    expect(body).toContain('Belum ada aplikasi terdaftar yang menjalankan fungsi ini.');
  });

  it('answers an unknown code with the 404 page and a malformed one with a 400', async () => {
    const { app } = await createTestApp();
    expect(await page(app, '/fungsi/RAB.99.99.99', 404)).toContain('<h1>Halaman tidak ditemukan</h1>');
    await page(app, '/fungsi/not-a-code', 400);
    await page(app, '/fungsi/RAL.02.06.01?page=abc', 400);
  });

  it('accepts a code in lower case and speaks English on request', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/fungsi/ral.02.06.01?lang=en');
    expect(body).toContain('<h1>Incoming and outgoing official letters</h1>');
    expect(body).toContain('<span class="alt" lang="id">Naskah dinas masuk dan keluar</span>');
    expect(body).toContain('Already served by a shared application');
  });
});

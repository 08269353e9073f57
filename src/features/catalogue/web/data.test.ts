import { describe, expect, it } from 'vitest';
import { createTestApp, getPage as page } from '../../../../test/support/app';

describe('GET /data', () => {
  it('lists data entities with sensitivity, personal-data mark and steward', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/data');
    expect(body).toContain('<h1>Katalog Entitas Data</h1>');
    expect(body).toContain('<th scope="col">Wali data</th>');
    expect(body).toContain('href="/data/RAD.09.06.01"');
    expect(body).toContain('Data Kependudukan (NIK)');
    expect(body).toContain('Tertutup');
    expect(body).toContain('Data pribadi');
    expect(body).toContain('href="/instansi/BKN"');
  });

  it('filters by sensitivity and by a RAD parent code', async () => {
    const { app } = await createTestApp();
    const open = await page(app, '/data?sensitivity=terbuka');
    expect(open).not.toContain('Data Kependudukan (NIK)');
    expect(open).toMatch(/<option value="terbuka" selected/);
    const apparatus = await page(app, '/data?parent=RAD.09.06');
    expect(apparatus).toContain('Data Pegawai ASN');
    expect(apparatus).not.toContain('Data Kependudukan (NIK)');
    expect(apparatus).toMatch(/<option value="RAD\.09\.06" selected/);
  });

  it('answers an htmx filter request with the results only', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/data?q=pegawai', { headers: { 'HX-Request': 'true' } });
    expect(res.headers.get('vary')).toContain('HX-Request');
    expect(await res.text()).toMatch(/^<section id="results"/);
  });

  it('names a bad filter on a friendly 400 page', async () => {
    const { app } = await createTestApp();
    expect(await page(app, '/data?sensitivity=rahasia', 400)).toContain('<strong>Sensitivitas: </strong>');
    expect(await page(app, '/data?parent=RAB.09', 400)).toContain('<strong>Induk: </strong>');
    await page(app, '/data?page=0', 400);
  });

  it('speaks English on request', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/data?lang=en');
    expect(body).toContain('<h1>Data entity catalogue</h1>');
    expect(body).toContain('Civil Servant Data');
  });
});

describe('GET /data/:code', () => {
  it('names the master application first, then producers and consumers, then the APIs', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/data/RAD.09.06.01');
    expect(body).toContain('<h1>Data Pegawai ASN</h1>');
    const who = body.indexOf('<h2 id="who-serves">Siapa yang melayani data ini?</h2>');
    const masters = body.indexOf('<h3>Sumber utama</h3>', who);
    const others = body.indexOf('<h3>Produsen dan pengguna</h3>', masters);
    const apis = body.indexOf('API yang menyediakan data ini', others);
    expect(who).toBeGreaterThan(0);
    expect(masters).toBeGreaterThan(who);
    expect(others).toBeGreaterThan(masters);
    expect(apis).toBeGreaterThan(others);
    const siasn = body.indexOf('(SIASN)', masters);
    expect(siasn).toBeGreaterThan(masters);
    expect(siasn).toBeLessThan(others);
    expect(body.indexOf('API SIASN', apis)).toBeGreaterThan(apis);
  });

  it('shows the steward, sensitivity and personal-data flag', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/data/RAD.09.06.01');
    expect(body).toContain('<dt>Wali data</dt>');
    expect(body).toContain('<a href="/instansi/BKN">Badan Kepegawaian Negara</a>');
    expect(body).toMatch(/<dt>Sifat<\/dt><dd><span class="badge [a-z]+">Tertutup<\/span>/);
    expect(body).toMatch(/<dt>Data pribadi<\/dt><dd><span class="badge warn">Ya<\/span>/);
  });

  it('says so politely when no application holds the data', async () => {
    const { app, db } = await createTestApp();
    const row = await db.$client.execute(
      `select code from data_entities d where not exists (
         select 1 from application_data_entities x where x.data_entity_id = d.id) limit 1`,
    );
    const body = await page(app, `/data/${String(row.rows[0]!.code)}`);
    expect(body).toContain('Belum ada aplikasi yang mencatat entitas data ini.');
    expect(body).toContain('Belum ada API yang menyediakan data ini.');
  });

  it('answers an unknown code with the 404 page and a malformed one with a 400', async () => {
    const { app } = await createTestApp();
    expect(await page(app, '/data/RAD.99.99.99', 404)).toContain('<h1>Halaman tidak ditemukan</h1>');
    await page(app, '/data/RAB.09.06.01', 400);
  });

  it('speaks English on request', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/data/rad.09.06.01?lang=en');
    expect(body).toContain('<h1>Civil Servant Data</h1>');
    expect(body).toContain('Who serves this data?');
    expect(body).toContain('Master (authoritative)');
    expect(body).toContain('<span class="alt" lang="id">Data Pegawai ASN</span>');
  });
});

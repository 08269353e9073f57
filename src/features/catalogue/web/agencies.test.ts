import { describe, expect, it } from 'vitest';
import { createTestApp, getPage as page } from '../../../../test/support/app';

describe('GET /instansi', () => {
  it('lists agencies in a table with their application counts', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/instansi');
    expect(body).toContain('<h1>Instansi</h1>');
    expect(body).toContain('<th scope="col">Kode</th>');
    expect(body).toContain('<a href="/instansi/KEMENDAGRI">Kementerian Dalam Negeri</a>');
    expect(body).toMatch(/Menampilkan 1–20 dari [\d.]+/);
  });

  it('offers every province as a filter and finds a province by kind', async () => {
    const { app } = await createTestApp();
    const all = await page(app, '/instansi');
    expect(all).toContain('<option value="35">Jawa Timur</option>');
    const provinces = await page(app, '/instansi?kind=provinsi&pageSize=100');
    expect(provinces).toContain('Provinsi Jawa Timur');
    expect(provinces).not.toContain('Badan Kepegawaian Negara');
  });

  it('keeps the chosen filters in the form', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/instansi?q=malang&kind=kota&province=35');
    expect(body).toContain('value="malang"');
    expect(body).toMatch(/<option value="kota" selected/);
    expect(body).toMatch(/<option value="35" selected/);
    expect(body).toContain('Kota Malang');
    expect(body).not.toContain('Kabupaten Malang');
  });

  it('pages through the list with plain links', async () => {
    const { app } = await createTestApp();
    const first = await page(app, '/instansi');
    expect(first).toContain('href="/instansi?page=2"');
    const second = await page(app, '/instansi?page=2');
    expect(second).toMatch(/Menampilkan 21–40 dari/);
    expect(second).toContain('aria-current="page">2</a>');
  });

  it('answers an htmx filter request with the results region only, varying on HX-Request', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/instansi?q=kepegawaian', { headers: { 'HX-Request': 'true' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('vary')).toContain('HX-Request');
    const body = await res.text();
    expect(body).toMatch(/^<section id="results"/);
    expect(body).not.toContain('<html');
    expect(body).toContain('Badan Kepegawaian Negara');
  });

  it('gives the whole page to a boosted navigation', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/instansi', 200, { 'HX-Request': 'true', 'HX-Boosted': 'true' });
    expect(body).toContain('<html');
  });

  it('names a bad filter on a friendly 400 page instead of failing', async () => {
    const { app } = await createTestApp();
    const negative = await page(app, '/instansi?page=-1', 400);
    expect(negative).toContain('<h1>Instansi</h1>');
    expect(negative).toContain('role="alert"');
    expect(negative).toContain('<strong>Halaman: </strong>');
    const planet = await page(app, '/instansi?kind=planet', 400);
    expect(planet).toContain('<strong>Jenis: </strong>');
    expect(planet).toContain('kementerian, lembaga, provinsi, kabupaten, kota');
    await page(app, '/instansi?province=Jawa', 400);
  });

  it('speaks English on request', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/instansi?lang=en&kind=provinsi');
    expect(body).toContain('<h1>Agencies</h1>');
    expect(body).toContain('<td>Province</td>');
  });
});

describe('GET /instansi/:code', () => {
  it('shows a central agency with its facts and applications', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/instansi/BKN');
    expect(body).toContain('<h1>Badan Kepegawaian Negara</h1>');
    expect(body).toContain('<dt>Jenis</dt>');
    expect(body).toContain('Lembaga');
    expect(body).toContain('SIASN');
    expect(body).toContain('href="/aplikasi?agency=BKN"');
  });

  it('accepts a code in lower case', async () => {
    const { app } = await createTestApp();
    expect(await page(app, '/instansi/bkn')).toContain('<h1>Badan Kepegawaian Negara</h1>');
  });

  it('shows a province with its kabupaten and kota and their application counts', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/instansi/35');
    expect(body).toContain('<h1>Provinsi Jawa Timur</h1>');
    expect(body).toContain('<h2 id="children">Kabupaten dan kota</h2>');
    expect(body).toContain('<a href="#children">');
    expect(body).toContain('href="/instansi/35.07"');
    expect(body).toContain('href="/instansi/35.73"');
    expect(body).toContain('Kota Malang');
  });

  it('links a kabupaten to its province', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/instansi/35.07');
    expect(body).toContain('<h1>Kabupaten Malang</h1>');
    expect(body).toContain('<a href="/instansi/35">Provinsi Jawa Timur</a>');
    expect(body).toContain('Instansi ini belum mendaftarkan aplikasi.');
  });

  it('answers an unknown code with the 404 page and a malformed one with a 400', async () => {
    const { app } = await createTestApp();
    const missing = await page(app, '/instansi/XX99', 404);
    expect(missing).toContain('<h1>Halaman tidak ditemukan</h1>');
    await page(app, '/instansi/99.99', 404);
    expect(await page(app, '/instansi/%3Cscript%3E', 400)).not.toContain('<script>');
    await page(app, '/instansi/BKN?page=0', 400);
  });

  it('speaks English on request', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/instansi/35?lang=en');
    expect(body).toContain('Regencies and cities');
    expect(body).toContain('<dt>Kind</dt>');
  });
});

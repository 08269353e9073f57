import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../seeds/demo';
import { createTestApp, getPage as page } from '../../../../test/support/app';

const h1s = (html: string) => html.match(/<h1[\s>]/g) ?? [];

describe('GET /', () => {
  it('shows the national figures with links to the catalogues behind them', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/');
    expect(h1s(body)).toHaveLength(1);
    expect(body).toContain('<h1>Katalog nasional aplikasi pemerintah</h1>');
    expect(body).toMatch(/<span class="n">\d+<\/span><span class="l">aplikasi terdaftar/);
    expect(body).toMatch(/<span class="n">\d+<\/span><span class="l">aplikasi umum/);
    expect(body).toMatch(/dari [\d.]+ instansi memiliki aplikasi/);
    expect(body).toMatch(/API, \d+ terbit di SPLP/);
    expect(body).toContain('fungsi bisnis dalam katalog');
    expect(body).toContain('entitas data');
    for (const href of ['/aplikasi-umum', '/instansi', '/fungsi', '/data', '/referensi'])
      expect(body).toContain(`href="${href}"`);
  });

  it('explains the share of agency-specific applications a shared application could replace', async () => {
    const { app, db } = await createTestApp();
    await generateDemo(db, { apps: 200, seed: 1 });
    const body = await page(app, '/');
    const m = body.match(
      /(\d+)% aplikasi khusus instansi \((\d+) dari (\d+)\) menjalankan setidaknya satu fungsi/,
    );
    expect(m).not.toBeNull();
    const [, pct, n, total] = m!.map(Number);
    expect(pct).toBe(Math.round((n! / total!) * 100));
    expect(body).toContain('class="meter"');
    expect(body).toContain('65%');
  });

  it('lists the most multiplied functions, linked and marked when a shared application covers them', async () => {
    const { app, db } = await createTestApp();
    await generateDemo(db, { apps: 300, seed: 7 });
    const body = await page(app, '/');
    const section = body.slice(body.indexOf('id="top-functions"'), body.indexOf('id="by-kind"'));
    const links = section.match(/href="\/fungsi\/RA[BL]\.\d{2}\.\d{2}\.\d{2}"/g) ?? [];
    expect(links).toHaveLength(10);
    expect(section).toContain('<th scope="col">Fungsi bisnis</th>');
    expect(section).toContain('class="badge shared"');
  });

  it('counts applications per agency kind, each linking to the filtered list', async () => {
    const { app, db } = await createTestApp();
    await generateDemo(db, { apps: 200, seed: 3 });
    const body = await page(app, '/');
    expect(body).toContain('Aplikasi menurut jenis instansi');
    expect(body).toContain('href="/aplikasi?agencyKind=kementerian"');
    expect(body).toContain('href="/aplikasi?agencyKind=kabupaten"');
  });

  it('offers a labelled search box that sends the query to the application list', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/');
    expect(body).toMatch(/<form class="searchbar" method="get" action="\/aplikasi">/);
    expect(body).toContain('<label class="visually-hidden" for="home-q">');
    expect(body).toMatch(/<input id="home-q" type="search" name="q"/);
  });

  it('says the share cannot be computed while no agency-specific application is public', async () => {
    const { app, db } = await createTestApp();
    await db.$client.execute(`update applications set status = 'draft' where category = 'khusus'`);
    const body = await page(app, '/');
    expect(body).toContain('Belum ada aplikasi khusus instansi yang terdaftar');
    expect(body).not.toContain('NaN');
  });

  it('speaks English on request', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/?lang=en');
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('<h1>National catalogue of government applications</h1>');
    expect(body).toContain('of agency-specific applications');
    expect(body).toContain('Explore');
  });
});

describe('GET /aplikasi-umum', () => {
  it('lists the shared applications with owner, status and description', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/aplikasi-umum');
    expect(h1s(body)).toHaveLength(1);
    expect(body).toContain('SRIKANDI — Sistem Informasi Kearsipan Dinamis Terintegrasi');
    expect(body).toContain('SIASN');
    expect(body).toContain('href="/instansi/ANRI"');
    expect(body).toContain('href="/instansi/BKN"');
    expect(body).toMatch(/<a class="title" href="\/aplikasi\/\d+">SRIKANDI/);
    expect(body).toContain('Aktif');
    expect(body).toContain('naskah dinas elektronik');
  });

  it('explains what an Aplikasi Umum is, with its eight fields linked to their functions', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/aplikasi-umum');
    expect(body).toContain('delapan bidang');
    const fields = body.match(/href="\/fungsi\?sharedField=[a-z_]+"/g) ?? [];
    expect(fields).toHaveLength(8);
    expect(body).toContain('href="/fungsi?sharedField=kearsipan"');
  });

  it('lists the national sector applications apart from the shared ones', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/aplikasi-umum');
    const sector = body.indexOf('Aplikasi sektor nasional');
    expect(sector).toBeGreaterThan(body.indexOf('SRIKANDI'));
    expect(body.indexOf('SATUSEHAT', sector)).toBeGreaterThan(sector);
  });

  it('speaks English on request', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/aplikasi-umum?lang=en');
    expect(body).toContain('Shared and national sector applications');
    expect(body).toContain('>Archives</a>');
    expect(body).toContain('Owner:');
  });
});

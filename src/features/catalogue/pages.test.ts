import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../seeds/demo';
import { createTestApp, getPage as page } from '../../../test/support/app';

describe('home page', () => {
  it('shows the national figures and the most multiplied functions', async () => {
    const { app, db } = await createTestApp();
    await generateDemo(db, { apps: 300, seed: 5 });
    const body = await page(app, '/');
    expect(body).toContain('<h1>Katalog nasional aplikasi pemerintah</h1>');
    expect(body).toContain('aplikasi terdaftar');
    expect(body).toMatch(/\d+% aplikasi khusus instansi \(\d+ dari \d+\) menjalankan setidaknya satu fungsi/);
    expect(body).toContain('Fungsi yang paling banyak dibangun ulang');
    expect(body).toContain('href="/fungsi/RAB.09.06.01"');
  });

  it('is in English on request', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/?lang=en');
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('National catalogue of government applications');
  });
});

describe('shared applications page', () => {
  it('lists Aplikasi Umum and national sector applications with their owners', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/aplikasi-umum');
    for (const name of ['SRIKANDI', 'SIASN', 'SPSE', 'SP4N-LAPOR!', 'SATUSEHAT', 'Dapodik'])
      expect(body).toContain(name);
    expect(body).toContain('Arsip Nasional Republik Indonesia');
    expect(body).toContain('delapan bidang');
  });
});

describe('agencies', () => {
  it('lists agencies and filters by kind and province', async () => {
    const { app } = await createTestApp();
    const all = await page(app, '/instansi');
    expect(all).toContain('Kementerian Dalam Negeri');
    expect(await page(app, '/instansi?q=aparatur')).toContain('Kementerian Pendayagunaan Aparatur Negara');
    const jatim = await page(app, '/instansi?kind=kota&province=35');
    expect(jatim).toContain('Kota Malang');
    expect(jatim).not.toContain('Kabupaten Malang');
    const search = await page(app, '/instansi?q=malang');
    expect(search).toContain('Kabupaten Malang');
  });

  it('shows a province with its kabupaten/kota and an agency with its applications', async () => {
    const { app } = await createTestApp();
    const province = await page(app, '/instansi/35');
    expect(province).toContain('<h1>Provinsi Jawa Timur</h1>');
    expect(province).toContain('Kabupaten dan kota');
    expect(province).toContain('href="/instansi/35.07"');
    const bkn = await page(app, '/instansi/bkn');
    expect(bkn).toContain('SIASN');
    expect(bkn).toContain('e-Kinerja');
  });

  it('answers unknown and malformed codes and bad filters without a 500', async () => {
    const { app } = await createTestApp();
    expect(await page(app, '/instansi/99.99', 404)).toContain('Halaman tidak ditemukan');
    expect(await page(app, '/instansi/%3Cscript%3E', 400)).not.toContain('<script>');
    expect(await page(app, '/instansi?page=-1', 400)).toContain('<strong>Halaman: </strong>');
    expect(await page(app, '/instansi?kind=planet', 400)).toContain('<strong>Jenis: </strong>');
  });
});

describe('function catalogue', () => {
  it('groups functions under their parent codes and marks shared coverage', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/fungsi');
    expect(body).toContain('Naskah dinas masuk dan keluar');
    expect(body).toContain('RAL.02.06');
    expect(body).toContain('Dilayani aplikasi umum');
    // One table whose columns line up across groups; each group a <tbody> headed by its parent.
    expect(body.match(/<table/g)?.length).toBe(1);
    expect(body).toMatch(/<tbody><tr class="group-row"><th scope="colgroup" colspan="4" id="g-RAL\.02\.06">/);
    expect(body.match(/<tbody>/g)?.length).toBeGreaterThan(10);
    // The filter is a GET form that works without JavaScript.
    expect(body).toMatch(/<form[^>]*action="\/fungsi"[^>]*>/);
    const kearsipan = await page(app, '/fungsi?sharedField=kearsipan');
    expect(kearsipan).toContain('Arsip dinamis');
    expect(kearsipan).not.toContain('Data pokok ASN');
    const search = await page(app, '/fungsi?q=pegawai');
    expect(search).toContain('Penilaian kinerja pegawai');
  });

  it('shows the applications performing a function', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/fungsi/RAL.02.06.01');
    expect(body).toContain('Naskah dinas masuk dan keluar');
    expect(body).toContain('SRIKANDI');
    await page(app, '/fungsi/RAB.99.99.99', 404);
    await page(app, '/fungsi/not-a-code', 400);
    await page(app, '/fungsi?parent=XYZ', 400);
  });
});

describe('data entity catalogue', () => {
  it('lists entities with sensitivity and steward, and filters', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/data');
    expect(body).toContain('Data Kependudukan (NIK)');
    expect(body).toContain('Tertutup');
    const open = await page(app, '/data?sensitivity=terbuka');
    expect(open).not.toContain('Data Kependudukan (NIK)');
    expect(open).toContain('Data APBD');
  });

  it('answers who serves a data entity: the master application first, then its APIs', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/data/RAD.09.06.01');
    expect(body).toContain('Siapa yang melayani data ini?');
    const master = body.indexOf('Master (sumber utama)');
    expect(master).toBeGreaterThan(0);
    expect(body.indexOf('SIASN', master)).toBeGreaterThan(master);
    expect(body).toContain('API SIASN');
    await page(app, '/data/RAD.99.99.99', 404);
  });
});

describe('reference architecture', () => {
  it('lists the six domains and shows each as a tree', async () => {
    const { app } = await createTestApp();
    const index = await page(app, '/referensi');
    for (const d of ['RAB', 'RAL', 'RAD', 'RAA', 'RAI', 'RAK'])
      expect(index).toContain(`href="/referensi/${d}"`);
    const rab = await page(app, '/referensi/RAB');
    expect(rab).toContain('Pemerintahan Umum');
    expect(rab).toContain('Aparatur Negara');
    expect(rab).toContain('href="/fungsi?parent=RAB.09.06"');
    const rad = await page(app, '/referensi/rad');
    expect(rad).toContain('belum dikonfirmasi');
    // The badge says, as text, what source would confirm the entry.
    expect(rad).toMatch(
      /<details class="badge-explain">[\s\S]*?Dikonfirmasi bila admin mencatat dasar hukumnya/,
    );
    expect(rad).toContain('href="/data?parent=RAD.09.06"');
    await page(app, '/referensi/XYZ', 400);
  });
});

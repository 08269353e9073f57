import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../seeds/demo';
import { createTestApp, getPage } from '../../../test/support/app';
import { runClustering } from './service';

async function computed(apps = 400) {
  const t = await createTestApp();
  await generateDemo(t.db, { apps, seed: 5 });
  const run = await runClustering(t.db);
  return { ...t, run };
}

describe('GET /rasionalisasi', () => {
  it('says the picture is not computed yet on a fresh catalogue', async () => {
    const { app } = await createTestApp();
    const body = await getPage(app, '/rasionalisasi');
    expect(body).toContain('<h1>Rasionalisasi aplikasi nasional</h1>');
    expect(body).toContain('belum dihitung');
    expect(body).toContain('npm run katalog -- clusters');
  });

  it('shows coverage beside the 65% claim, clusters, functions, savings and areas, in Indonesian', async () => {
    const { app, run } = await computed();
    const body = await getPage(app, '/rasionalisasi');
    expect(body).toContain(`datetime="${run.computedAt.toISOString()}"`);
    expect(body).toMatch(/\d+% fungsi terdaftar pada aplikasi instansi \([\d.]+ dari [\d.]+\)/);
    expect(body).toContain('65%');
    expect(body).toContain('Mendagri dan MenPANRB, 17 Mei 2017');
    expect(body).toContain('terverifikasi dari pemberitaan pers');
    expect(body).toContain('Metode');
    // Clusters link to their applications; the national service is named.
    const clusterLinks = body.match(/href="\/rasionalisasi\/klaster\/\d+"/g) ?? [];
    expect(clusterLinks.length).toBeGreaterThan(5);
    expect(body).toContain('SRIKANDI');
    expect(body).toMatch(/Sekitar Rp [\d,]+ (miliar|triliun|juta) per tahun/);
    expect(body).toContain('Per provinsi');
    expect(body).toContain('Per instansi');
    // Charts: SVG with text alternatives, and the CSV of each.
    expect(body.match(/<svg role="img"/g)).toHaveLength(3);
    expect(body.match(/<desc id=/g)).toHaveLength(3);
    for (const csv of ['klaster', 'fungsi', 'provinsi', 'instansi'])
      expect(body).toContain(`href="/rasionalisasi/${csv}.csv`);
    expect(body).toContain('href="/rasionalisasi"');
    expect(body).not.toContain('Estimated saving');
  });

  it('speaks English with ?lang=en', async () => {
    const { app } = await computed(200);
    const body = await getPage(app, '/rasionalisasi?lang=en');
    expect(body).toContain('<h1>National application rationalisation</h1>');
    expect(body).toContain('Estimated saving');
    expect(body).not.toContain('Perkiraan penghematan');
  });

  it('filters clusters with a plain GET form, and names a bad filter on the page', async () => {
    const { app } = await computed(300);
    const all = await getPage(app, '/rasionalisasi');
    expect(all).toContain('<form method="get" action="/rasionalisasi#clusters"');
    const none = await getPage(app, '/rasionalisasi?province=99');
    expect(none).toContain('Tidak ada klaster yang cocok dengan filter ini.');
    const kota = await getPage(app, '/rasionalisasi?kind=kota&sector=');
    expect(kota).toContain('<option value="kota" selected');
    const bad = await getPage(app, '/rasionalisasi?sector=XYZ', 400);
    expect(bad).toContain('sector');
    expect(bad).toContain('harus kode sektor RAB atau RAL seperti RAB.09 atau RAL.02');
  });

  it('serves each chart’s numbers as CSV', async () => {
    const { app } = await computed(300);
    const res = await app.request('/rasionalisasi/klaster.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A UTF-8 byte order mark, so spreadsheets read the Indonesian names.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines[0]).toBe(
      'rank,label,applications,agencies,provinces,sector,national_service,yearly_cost_rupiah',
    );
    expect(lines.length).toBeGreaterThan(5);
    const provinces = await (await app.request('/rasionalisasi/provinsi.csv')).text();
    expect(provinces).toContain('Jawa Timur');
  });
});

describe('GET /rasionalisasi/klaster/{id}', () => {
  it('lists the cluster’s applications with their agencies and the evidence', async () => {
    const { app } = await computed();
    const home = await getPage(app, '/rasionalisasi');
    const href = home.match(/href="(\/rasionalisasi\/klaster\/\d+)"/)![1]!;
    const body = await getPage(app, href);
    expect(body).toMatch(/<h1>Klaster [^<]+<\/h1>/);
    expect(body).toContain('Bukti');
    expect(body).toContain('Dikelompokkan karena');
    expect((body.match(/href="\/aplikasi\/\d+"/g) ?? []).length).toBeGreaterThan(2);
    expect(body).toContain('href="/instansi/');
    await getPage(app, '/rasionalisasi/klaster/99999999', 404);
  });
});

describe('the agency page’s part of the picture', () => {
  it('lists its covered applications and its clusters with the other agencies to talk to', async () => {
    const { app } = await computed();
    const csv = await (await app.request('/rasionalisasi/instansi.csv')).text();
    const row = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(','))
      .find((c) => Number(c.at(-3)) > 0 && Number(c.at(-2)) > 0)!;
    const body = await getPage(app, `/instansi/${row[0]}`);
    expect(body).toContain('<h2 id="rationalisation">Rasionalisasi</h2>');
    expect(body).toContain('Aplikasi yang fungsinya sudah dijalankan layanan nasional');
    expect(body).toContain('Klaster yang diikuti — dengan siapa berbicara');
    expect(body).toContain('Instansi lain:');
    const section = body.slice(body.indexOf('id="rationalisation"'));
    expect((section.match(/href="\/rasionalisasi\/klaster\/\d+"/g) ?? []).length).toBe(Number(row.at(-2)));
    expect(section).not.toContain(`href="/instansi/${row[0]}"`);
  });

  it('shows nothing of it before the job has run', async () => {
    const { app } = await createTestApp();
    const body = await getPage(app, '/instansi/BKN');
    expect(body).not.toContain('id="rationalisation"');
  });
});

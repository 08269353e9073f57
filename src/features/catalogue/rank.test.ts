import { describe, expect, it } from 'vitest';
import { rankByTitle } from './service';

const t = (...titles: string[]) => titles.map((title) => ({ title }));

describe('ranking the function picker’s matches', () => {
  it.each([
    [
      'pengaduan',
      t(
        'Pelayanan komunikasi hak asasi manusia',
        'Pengelolaan pengaduan pelayanan publik',
        'Pengaduan masyarakat',
      ),
      [
        'Pengaduan masyarakat',
        'Pengelolaan pengaduan pelayanan publik',
        'Pelayanan komunikasi hak asasi manusia',
      ],
    ],
    [
      'data pokok',
      t('Kenaikan pangkat', 'Data pokok pendidikan', 'Data pokok ASN', 'Basis data pokok desa'),
      ['Data pokok ASN', 'Data pokok pendidikan', 'Basis data pokok desa', 'Kenaikan pangkat'],
    ],
    [
      'ARSIP',
      t('Naskah dinas', 'Arsip statis', 'Arsip dinamis'),
      ['Arsip statis', 'Arsip dinamis', 'Naskah dinas'],
    ],
  ])('puts titles with %j first', (typed, items, expected) => {
    expect(rankByTitle(items, typed).map((i) => i.title)).toEqual(expected);
  });

  it('keeps the search order among matches found through other words', () => {
    const items = t('Rekam medis elektronik', 'Rujukan pasien');
    expect(rankByTitle(items, 'kesehatan').map((i) => i.title)).toEqual([
      'Rekam medis elektronik',
      'Rujukan pasien',
    ]);
  });
});

describe('the function picker at /fungsi/pilih', () => {
  it('offers "Pengaduan masyarakat" first for "pengaduan"', async () => {
    const { createTestApp } = await import('../../../test/support/app');
    const { app } = await createTestApp();
    const html = await (await app.request('/fungsi/pilih?fq=pengaduan')).text();
    const titles = [...html.matchAll(/<button[^>]*class="option"[^>]*>([\s\S]*?)<\/button>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ' '),
    );
    expect(titles.length).toBeGreaterThan(0);
    expect(titles[0]).toContain('Pengaduan masyarakat');
  });
});

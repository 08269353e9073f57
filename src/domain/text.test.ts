import { describe, expect, it } from 'vitest';
import { contentTerms, stem } from './text';

describe('stem', () => {
  // Root/derived pairs common in government text (reference/measured.md lists the first 15).
  it.each([
    ['pegawai', 'kepegawaian'],
    ['penduduk', 'kependudukan'],
    ['rencana', 'perencanaan'],
    ['kelola', 'pengelolaan'],
    ['arsip', 'kearsipan'],
    ['adu', 'pengaduan'],
    ['anggar', 'penganggaran'],
    ['ada', 'pengadaan'],
    ['layan', 'pelayanan'],
    ['izin', 'perizinan'],
    ['sehat', 'kesehatan'],
    ['didik', 'pendidikan'],
    ['uang', 'keuangan'],
    ['catat', 'pencatatan'],
    ['awas', 'pengawasan'],
    ['surat', 'persuratan'],
    ['tani', 'pertanian'],
    ['bantu', 'bantuan'],
    ['kerja', 'pekerjaan'],
    ['pelihara', 'pemeliharaan'],
    ['kirim', 'pengiriman'],
    ['disposisi', 'didisposisikan'],
  ])('%s and %s share a stem', (root, derived) => {
    expect(stem(derived)).toBe(stem(root));
  });

  it('leaves short words alone', () => {
    expect(stem('asn')).toBe('asn');
  });
});

describe('contentTerms', () => {
  it('drops stop words and generic application words', () => {
    expect(contentTerms('Sistem Informasi Manajemen Kepegawaian Daerah')).toEqual(['pegawai']);
  });

  it('expands acronyms so shorthand meets prose', () => {
    expect(contentTerms('SIMPEG')).toEqual(expect.arrayContaining(['pegawai']));
    expect(contentTerms('e-Office')).toEqual(expect.arrayContaining(['naskah', 'dinas', 'surat']));
    expect(contentTerms('Aplikasi TTE')).toEqual(['tanda', 'tangan']);
    expect(contentTerms('e-Lapor Bupati')).toEqual(expect.arrayContaining(['adu', 'lapor', 'bupati']));
  });

  it('makes a local letter application and SRIKANDI share words', () => {
    const local = new Set(
      contentTerms('e-Surat: surat masuk dan keluar didisposisikan pimpinan, arsip tersimpan'),
    );
    const srikandi = contentTerms(
      'Aplikasi umum bidang kearsipan untuk pembuatan, pengiriman dan disposisi naskah dinas elektronik serta pengelolaan arsip dinamis',
    );
    const shared = srikandi.filter((t) => local.has(t));
    expect(shared).toEqual(expect.arrayContaining(['arsip', 'surat', 'disposisi']));
  });

  it('counts each term once and bounds long texts', () => {
    expect(contentTerms('pegawai pegawai kepegawaian')).toEqual(['pegawai']);
    expect(contentTerms('kata '.repeat(10_000)).length).toBeLessThanOrEqual(1);
  });
});

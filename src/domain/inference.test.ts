import { describe, expect, it } from 'vitest';
import {
  functionVocabulary,
  serviceVocabulary,
  VOCABULARY_VERSION,
} from '../../seeds/data/function-vocabulary';
import { functionSeeds } from '../../seeds/data/functions';
import { sharedAppSeeds } from '../../seeds/data/shared-apps';
import { clusterLookAlikes, nameKey } from '../../src/domain/clusters';
import { inferFunctions } from '../../src/domain/inference';
import { vocabulary } from '../../src/features/overlap/vocabulary';

const codes = new Set(functionSeeds.map((f) => f.code));

describe('the function vocabulary (seed data)', () => {
  it('is versioned and names only catalogue functions, each once', () => {
    expect(VOCABULARY_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    const seen = new Set<string>();
    for (const e of functionVocabulary) {
      expect(codes, e.function).toContain(e.function);
      expect(seen.has(e.function), e.function).toBe(false);
      seen.add(e.function);
      const words = [...(e.strong ?? []), ...(e.terms ?? [])];
      expect(new Set(words).size, `${e.function} repeats a word`).toBe(words.length);
      for (const w of words) expect(w, e.function).toBe(w.toLowerCase().trim());
    }
  });

  it('names every national service, pointing only at functions that service performs', () => {
    const national = sharedAppSeeds.filter((a) => a.scope === 'national');
    expect(serviceVocabulary.map((s) => s.service).sort()).toEqual(national.map((a) => a.acronym).sort());
    for (const s of serviceVocabulary) {
      const app = national.find((a) => a.acronym === s.service)!;
      for (const f of s.functions) expect(app.functions, `${s.service} ${f}`).toContain(f);
      expect(s.strong.length, s.service).toBeGreaterThan(0);
    }
  });
});

const infer = (name: string, description = '') => inferFunctions(vocabulary(), name, description);
const top = (name: string, description = '') => infer(name, description).map((f) => f.code);

describe('inferFunctions', () => {
  it.each([
    ['Aplikasi e-Procurement Daerah', 'Tender dan lelang paket pekerjaan lewat LPSE', 'RAL.02.06.10'],
    ['e-Planning', 'Input usulan musrenbang dan pokir DPRD untuk penyusunan RKPD', 'RAB.09.05.04'],
    ['e-Planning', 'Input usulan musrenbang dan pokir DPRD untuk penyusunan RKPD', 'RAB.09.05.05'],
    ['e-Planning', 'Input usulan musrenbang dan pokir DPRD untuk penyusunan RKPD', 'RAB.09.05.01'],
    ['e-Budgeting APBD', 'Penyusunan RKA SKPD', 'RAB.09.02.01'],
    ['Aplikasi Keuangan Desa', 'Pengganti Siskeudes untuk APBDes dan SPJ bendahara desa', 'RAB.09.02.15'],
    ['Layanan Perizinan Berusaha', 'Penerbitan NIB dan izin usaha bagi pelaku UMKM', 'RAB.02.08.01'],
    ['RME Puskesmas', 'Rekam medis elektronik pasien rawat jalan', 'RAB.04.01.01'],
    ['Layanan Dukcapil Online', 'Pengurusan KK, pindah datang dan cek NIK', 'RAB.03.07.01'],
    ['Akta Online', 'Penerbitan akta kelahiran dan akta kematian', 'RAB.03.07.02'],
    ['Sistem Data Sekolah', 'Data pokok sekolah, siswa dan guru se-kabupaten', 'RAB.06.01.01'],
    ['Basis Data Bansos', 'Data DTKS penerima PKH dan BPNT', 'RAB.04.02.01'],
    ['WBS Inspektorat', 'Whistleblowing system untuk laporan gratifikasi', 'RAL.01.11.04'],
    ['Kanal Aduan Warga', 'Pengaduan masyarakat atas pelayanan publik', 'RAL.01.11.01'],
    ['e-Office', 'Naskah dinas, persuratan dan disposisi pimpinan', 'RAL.02.06.01'],
    ['e-Office', 'Naskah dinas, persuratan dan disposisi pimpinan', 'RAL.02.06.02'],
    ['Civil registry portal', 'Birth certificate and death certificate requests', 'RAB.03.07.02'],
  ])('infers from "%s — %s" the function %s', (name, description, code) => {
    expect(top(name, description)).toContain(code);
  });

  it('gives each inferred function a confidence and the words as written', () => {
    const [f] = infer('Layanan Akta', 'Pengajuan Akta Kelahiran tanpa antre');
    expect(f!.code).toBe('RAB.03.07.02');
    expect(f!.confidence).toBeGreaterThan(0.8);
    expect(f!.confidence).toBeLessThanOrEqual(1);
    expect(f!.words).toContain('Akta Kelahiran');
  });

  it('needs more than one ordinary word, and a national service named alone is not enough', () => {
    expect(top('Sistem Informasi', 'surat')).toEqual([]);
    expect(top('Presensi Pegawai', 'Absensi harian, data pegawai diambil dari SIASN')).not.toContain(
      'RAB.09.06.14',
    );
    expect(top('Aplikasi Ternak', 'terhubung dengan Dapodik')).not.toContain('RAB.06.01.01');
  });

  it('leaves out what the operator already picked', () => {
    const found = inferFunctions(vocabulary(), 'e-Surat', 'surat masuk dan disposisi', {
      exclude: new Set(['RAL.02.06.01']),
    });
    expect(found.map((f) => f.code)).not.toContain('RAL.02.06.01');
    expect(found.map((f) => f.code)).toContain('RAL.02.06.02');
  });
});

describe('clusterLookAlikes', () => {
  const m = (
    id: number,
    name: string,
    agency: string,
    acronym: string | null,
    fns: number[],
    score = 0.6,
  ) => ({
    id,
    name,
    acronym,
    agencyCode: agency,
    agencyName: agency,
    score,
    flagged: score >= 0.45,
    matchedFunctions: fns,
  });

  it('groups copies by name without the region, by acronym, or by the same functions', () => {
    expect(nameKey('SIMPEG Kabupaten Malang', 'Kabupaten Malang')).toBe(
      nameKey('SIMPEG Kota Batu', 'Kota Batu'),
    );
    const groups = clusterLookAlikes([
      m(1, 'SIMPEG Kabupaten Malang', 'Kabupaten Malang', 'SIMPEG', [0, 1]),
      m(2, 'SIMPEG Kota Batu', 'Kota Batu', 'SIMPEG-BTU', [0], 0.7),
      m(3, 'e-Pegawai', 'Kota Kediri', 'e-Pegawai', [0, 1]),
      m(4, 'Aplikasi Pasar', 'Kota Kediri', null, [5], 0.3),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.label).toBe('SIMPEG');
    expect(groups[0]!.members.map((x) => x.id).sort()).toEqual([1, 2, 3]);
    expect(groups[0]!.agencies).toBe(3);
    expect(groups[0]!.example.id).toBe(2);
    expect(groups[0]!.flagged).toBe(true);
    expect(groups[1]!.flagged).toBe(false);
  });
});

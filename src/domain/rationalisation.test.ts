import { describe, expect, it } from 'vitest';
import { type CatalogueApp, clusterCatalogue, clusterCatalogueNow, nationalFigures } from './rationalisation';

// Functions: 1 Data pokok ASN, 2 Cuti, 3 Naskah dinas, 4 Arsip, 5 Pengaduan, 6 Pajak daerah, 7 Perpustakaan.
const PARENT: Record<number, number> = { 1: 10, 2: 10, 3: 20, 4: 20, 5: 30, 6: 40, 7: 50 };
let nextId = 0;
const app = (
  name: string,
  acronym: string | null,
  agency: [number, string, string | null],
  fns: number[],
  extra: Partial<CatalogueApp> = {},
): CatalogueApp => ({
  id: ++nextId,
  name,
  acronym,
  description: extra.description ?? '',
  agencyId: agency[0],
  agencyName: agency[1],
  agencyKind: agency[2] ? 'kabupaten' : 'kementerian',
  provinceCode: agency[2],
  national: false,
  yearlyCost: 100_000_000,
  functions: fns.map((id) => ({ id, parentId: PARENT[id]! })),
  heldData: [],
  ...extra,
});

const MALANG: [number, string, string | null] = [1, 'Kabupaten Malang', '35'];
const BATU: [number, string, string | null] = [2, 'Kota Batu', '35'];
const BANDUNG: [number, string, string | null] = [3, 'Kota Bandung', '32'];
const SLEMAN: [number, string, string | null] = [4, 'Kabupaten Sleman', '34'];
const BKN: [number, string, string | null] = [9, 'Badan Kepegawaian Negara', null];

function fixture() {
  nextId = 0;
  return [
    app('SIASN', 'SIASN', BKN, [1, 2], { national: true }),
    app('SRIKANDI', 'SRIKANDI', [8, 'ANRI', null], [3, 4], { national: true }),
    // SIMPEG copies: same name key and acronym base, different function picks.
    app('SIMPEG Kabupaten Malang', 'SIMPEG-MLG', MALANG, [1, 2]),
    app('SIMPEG Kota Batu', 'SIMPEG', BATU, [1]),
    app('SIMPEG Kota Bandung', null, BANDUNG, [1, 2], { yearlyCost: null }),
    // Letters: different names, same function signature.
    app('e-Office Kabupaten Malang', 'e-Office', MALANG, [3, 4]),
    app('Persuratan Elektronik Kabupaten Sleman', null, SLEMAN, [3, 4]),
    // Local taxes: same name, no national service.
    app('e-Pajak Kota Bandung', null, BANDUNG, [6]),
    app('e-Pajak Kabupaten Sleman', null, SLEMAN, [6], { yearlyCost: 50_000_000 }),
    // Alone: a library system nobody else has.
    app('OPAC Perpustakaan Kota Batu', 'OPAC', BATU, [7]),
  ];
}

const byLabel = (apps: CatalogueApp[]) => {
  const r = clusterCatalogueNow(apps);
  const name = (id: number) => apps.find((a) => a.id === id)!.name;
  return { r, clusters: r.clusters.map((c) => ({ label: c.label, members: c.members.map(name).sort(), c })) };
};

describe('clusterCatalogue', () => {
  it('groups look-alikes by name, acronym and function signature, largest first, never national services', () => {
    const { clusters } = byLabel(fixture());
    expect(clusters.map((c) => [c.label, c.members.length])).toEqual([
      ['SIMPEG', 3],
      ['e-Office', 2],
      ['e-Pajak Kota Bandung', 2],
    ]);
    expect(clusters[1]!.members).toEqual([
      'Persuratan Elektronik Kabupaten Sleman',
      'e-Office Kabupaten Malang',
    ]);
    expect(clusters.flatMap((c) => c.members)).not.toContain('SIASN');
    expect(clusters.flatMap((c) => c.members)).not.toContain('OPAC Perpustakaan Kota Batu');
  });

  it('names the national service that performs the cluster’s common functions, and none where there is none', () => {
    const apps = fixture();
    const { clusters } = byLabel(apps);
    const siasn = apps.find((a) => a.name === 'SIASN')!.id;
    const srikandi = apps.find((a) => a.name === 'SRIKANDI')!.id;
    expect(clusters[0]!.c.nationalId).toBe(siasn);
    expect(clusters[1]!.c.nationalId).toBe(srikandi);
    expect(clusters[1]!.c.coveredFunctionIds.sort()).toEqual([3, 4]);
    expect(clusters[2]!.c.nationalId).toBeNull();
    expect(clusters[0]!.c).toMatchObject({ agencies: 3, provinces: 2 });
    expect(clusters[0]!.c.reasons).toEqual(['name', 'acronym', 'functions']);
    expect(clusters[1]!.c.reasons).toEqual(['functions']);
  });

  it('joins a lone application to a cluster when the overlap score flags both ways', () => {
    const apps = fixture();
    // Another name, another function pick, but the same words and the SIMPEG functions.
    apps.push(
      app('Sistem Personalia Pegawai', null, SLEMAN, [1, 2, 3], {
        description: 'SIMPEG: data pokok pegawai ASN dan cuti pegawai',
      }),
    );
    const { clusters } = byLabel(apps);
    expect(clusters[0]!.members).toContain('Sistem Personalia Pegawai');
    expect(clusters[0]!.c.reasons).toContain('overlap');
  });

  it('yields while it works, so a caller can let other requests run', () => {
    const gen = clusterCatalogue(fixture(), { chunk: 2 });
    let yields = 0;
    for (let s = gen.next(); !s.done; s = gen.next()) yields++;
    expect(yields).toBeGreaterThan(3);
  });
});

describe('nationalFigures', () => {
  it('measures coverage over function instances, savings and per area tables', () => {
    const apps = fixture();
    const f = nationalFigures(apps, clusterCatalogueNow(apps));
    // Local function instances: 2+1+2+2+2+1+1+1 = 12; covered (1, 2, 3, 4): 9.
    expect(f.sharedCoverage).toEqual({ instances: 12, covered: 9, share: 9 / 12 });
    expect(f.functions[0]).toEqual({ id: 1, localApplications: 3, nationalIds: [1] });
    // Covered: 3 SIMPEG + 2 letters; one SIMPEG reports no cost, the median (1e8) is assumed.
    expect(f.savings).toMatchObject({
      agencyApplications: 8,
      coveredApplications: 5,
      coveredReportingCost: 4,
      reportedYearlyCost: 400_000_000,
      medianYearlyCost: 100_000_000,
      estimatedYearlyCost: 500_000_000,
      reportingShare: 7 / 8,
    });
    expect(f.agencies.get(BATU[0])).toEqual({
      applications: 2,
      withFunctions: 2,
      covered: 1,
      clusters: 1,
      coveredYearlyCost: 100_000_000,
    });
    expect(f.provinces.get('35')).toMatchObject({ applications: 4, covered: 3, clusters: 2 });
  });
});

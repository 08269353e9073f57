/**
 * The search benchmark's own data: synthetic APIs with operations for the demo applications,
 * until the catalogue holds `operations` API operations (100,000 by default). Deterministic by
 * seed. Bulk-loaded with the FTS triggers of `apis` and `api_operations` set aside, then the two
 * FTS indexes rebuilt in one pass (reference/measured.md: ~4× faster than triggers). Bench only:
 * the product's demo seed (seeds/demo.ts) stays small.
 */
import type { InStatement } from '@libsql/client';
import type { Db } from '../db/client';
import { prng } from '../seeds/demo';

/** Marks the rows written here, so a cached database is recognised and never loaded twice. */
export const BENCH_SOURCE_NOTE = 'Data bench pencarian (sintetis)';

interface Resource {
  /** Path segment. */
  path: string;
  /** Indonesian label, as a summary would say it. */
  id: string;
  en: string;
  /** Identifier in item paths. */
  key: string;
}

interface Domain {
  /** Words in an application's name or description that put its APIs in this domain. */
  keywords: string[];
  entities: string[];
  names: { id: string; en: string }[];
  resources: Resource[];
}

const r = (path: string, id: string, en: string, key = 'id'): Resource => ({ path, id, en, key });

const DOMAINS: Domain[] = [
  {
    keywords: ['pegawai', 'kepegawaian', 'asn', 'simpeg', 'kinerja', 'absensi'],
    entities: ['RAD.09.06.01', 'RAD.09.06.02'],
    names: [
      { id: 'API Kepegawaian', en: 'Personnel API' },
      { id: 'Layanan Data Pegawai', en: 'Employee Data Service' },
      { id: 'API Presensi Pegawai', en: 'Staff Attendance API' },
    ],
    resources: [
      r('pegawai', 'data pegawai', 'employee records', 'nip'),
      r('riwayat-jabatan', 'riwayat jabatan pegawai', 'position history of employees', 'nip'),
      r('cuti', 'pengajuan cuti pegawai', 'employee leave requests'),
      r('presensi', 'kehadiran pegawai', 'staff attendance'),
      r('gaji', 'gaji dan tunjangan pegawai', 'salary and allowances'),
      r('diklat', 'riwayat diklat pegawai', 'training history of civil servants', 'nip'),
    ],
  },
  {
    keywords: ['penduduk', 'kependudukan', 'dukcapil', 'nik', 'sipil'],
    entities: ['RAD.03.07.01', 'RAD.03.07.02'],
    names: [
      { id: 'API Kependudukan', en: 'Population Registry API' },
      { id: 'Layanan Verifikasi NIK', en: 'NIK Verification Service' },
    ],
    resources: [
      r('penduduk', 'data penduduk', 'resident records', 'nik'),
      r('kartu-keluarga', 'kartu keluarga', 'family cards', 'nomorKk'),
      r('akta-kelahiran', 'akta kelahiran', 'birth certificates'),
      r('pindah-datang', 'mutasi pindah datang penduduk', 'resident relocations'),
    ],
  },
  {
    keywords: ['pajak', 'retribusi', 'pendapatan', 'bphtb', 'pbb', 'keuangan', 'anggaran'],
    entities: ['RAD.09.02.06', 'RAD.09.02.01'],
    names: [
      { id: 'API Pajak Daerah', en: 'Regional Tax API' },
      { id: 'API Retribusi Daerah', en: 'Local Levy API' },
      { id: 'Layanan Anggaran', en: 'Budget Service' },
    ],
    resources: [
      r('wajib-pajak', 'wajib pajak daerah', 'regional taxpayers', 'npwpd'),
      r('tagihan', 'tagihan pajak daerah', 'regional tax bills', 'nop'),
      r('pembayaran', 'pembayaran pajak dan retribusi', 'tax and levy payments'),
      r('retribusi', 'retribusi daerah', 'local levies'),
      r('anggaran', 'pagu anggaran kegiatan', 'activity budget ceilings', 'kodeKegiatan'),
      r('realisasi', 'realisasi belanja daerah', 'regional spending realisation'),
    ],
  },
  {
    keywords: ['izin', 'perizinan', 'usaha', 'investasi', 'umkm', 'oss'],
    entities: ['RAD.06.01.01'],
    names: [
      { id: 'API Perizinan', en: 'Licensing API' },
      { id: 'Layanan Izin Usaha', en: 'Business Permit Service' },
    ],
    resources: [
      r('permohonan', 'permohonan izin', 'permit applications'),
      r('izin', 'izin usaha yang terbit', 'issued business permits', 'nomorIzin'),
      r('pelaku-usaha', 'data pelaku usaha', 'business owners', 'nib'),
    ],
  },
  {
    keywords: ['surat', 'arsip', 'naskah', 'persuratan', 'kearsipan', 'disposisi'],
    entities: ['RAD.10.02.01'],
    names: [
      { id: 'API Naskah Dinas', en: 'Official Correspondence API' },
      { id: 'Layanan Arsip Digital', en: 'Digital Archive Service' },
    ],
    resources: [
      r('surat-masuk', 'surat masuk', 'incoming letters'),
      r('surat-keluar', 'surat keluar', 'outgoing letters'),
      r('disposisi', 'disposisi surat', 'letter dispositions'),
      r('arsip', 'arsip dinamis', 'records and archives', 'kodeArsip'),
    ],
  },
  {
    keywords: ['aduan', 'pengaduan', 'lapor', 'keluhan', 'aspirasi'],
    entities: ['RAD.10.03.01'],
    names: [
      { id: 'API Pengaduan Masyarakat', en: 'Public Complaints API' },
      { id: 'Layanan Aspirasi', en: 'Citizen Feedback Service' },
    ],
    resources: [
      r('pengaduan', 'pengaduan masyarakat', 'public complaints', 'nomorTiket'),
      r('tindak-lanjut', 'tindak lanjut pengaduan', 'complaint follow-ups'),
      r('kategori', 'kategori pengaduan', 'complaint categories'),
    ],
  },
  {
    keywords: ['kesehatan', 'rumah sakit', 'puskesmas', 'pasien', 'simrs', 'gizi'],
    entities: ['RAD.04.01.01'],
    names: [
      { id: 'API Layanan Kesehatan', en: 'Health Services API' },
      { id: 'API Rekam Medis', en: 'Medical Records API' },
    ],
    resources: [
      r('pasien', 'data pasien', 'patients', 'noRm'),
      r('kunjungan', 'kunjungan pasien', 'patient visits'),
      r('jadwal-dokter', 'jadwal praktik dokter', 'doctor schedules'),
      r('tempat-tidur', 'ketersediaan tempat tidur', 'bed availability'),
      r('imunisasi', 'catatan imunisasi', 'immunisation records'),
    ],
  },
  {
    keywords: ['sekolah', 'pendidikan', 'siswa', 'ppdb', 'guru', 'beasiswa'],
    entities: ['RAD.04.02.01'],
    names: [
      { id: 'API Pendidikan', en: 'Education API' },
      { id: 'Layanan Data Sekolah', en: 'School Data Service' },
    ],
    resources: [
      r('sekolah', 'data sekolah', 'schools', 'npsn'),
      r('siswa', 'data peserta didik', 'students', 'nisn'),
      r('pendaftaran', 'pendaftaran peserta didik baru', 'new student enrolment'),
      r('guru', 'data guru', 'teachers', 'nuptk'),
    ],
  },
  {
    keywords: ['sosial', 'bansos', 'bantuan', 'miskin', 'kesejahteraan', 'dtks'],
    entities: ['RAD.06.02.01'],
    names: [
      { id: 'API Bantuan Sosial', en: 'Social Assistance API' },
      { id: 'Layanan Data Kesejahteraan', en: 'Welfare Data Service' },
    ],
    resources: [
      r('penerima', 'penerima bantuan sosial', 'social assistance recipients', 'nik'),
      r('penyaluran', 'penyaluran bantuan', 'aid disbursements'),
      r('usulan', 'usulan penerima baru', 'proposed new recipients'),
    ],
  },
  {
    keywords: ['aset', 'barang', 'bmd', 'bmn', 'inventaris', 'pengadaan'],
    entities: ['RAD.09.02.05'],
    names: [
      { id: 'API Aset Daerah', en: 'Regional Asset API' },
      { id: 'API Pengadaan', en: 'Procurement API' },
    ],
    resources: [
      r('aset', 'barang milik daerah', 'regional assets', 'kodeBarang'),
      r('kendaraan', 'kendaraan dinas', 'official vehicles', 'nopol'),
      r('paket', 'paket pengadaan', 'procurement packages', 'kodePaket'),
      r('penyedia', 'data penyedia barang dan jasa', 'suppliers'),
    ],
  },
  {
    keywords: ['data', 'statistik', 'dataset', 'portal', 'geospasial', 'peta'],
    entities: ['RAD.09.03.01'],
    names: [
      { id: 'API Satu Data', en: 'Open Data API' },
      { id: 'Layanan Statistik Sektoral', en: 'Sectoral Statistics Service' },
      { id: 'API Peta Tematik', en: 'Thematic Map API' },
    ],
    resources: [
      r('dataset', 'dataset', 'datasets', 'slug'),
      r('indikator', 'indikator statistik sektoral', 'sectoral statistics indicators'),
      r('wilayah', 'kode wilayah administrasi', 'administrative regions', 'kode'),
      r('peta', 'layer peta tematik', 'thematic map layers'),
    ],
  },
  {
    keywords: ['perencanaan', 'pembangunan', 'musrenbang', 'kinerja', 'evaluasi', 'monev'],
    entities: ['RAD.09.01.01'],
    names: [
      { id: 'API Perencanaan Pembangunan', en: 'Development Planning API' },
      { id: 'API Monitoring Evaluasi', en: 'Monitoring and Evaluation API' },
    ],
    resources: [
      r('usulan-kegiatan', 'usulan kegiatan musrenbang', 'proposed development activities'),
      r('program', 'program dan kegiatan', 'programmes and activities', 'kodeProgram'),
      r('capaian', 'capaian indikator kinerja', 'performance indicator achievements'),
    ],
  },
  {
    keywords: ['wisata', 'pariwisata', 'budaya', 'festival'],
    entities: ['RAD.09.03.01'],
    names: [{ id: 'API Pariwisata', en: 'Tourism API' }],
    resources: [
      r('destinasi', 'destinasi wisata', 'tourist destinations', 'slug'),
      r('agenda', 'agenda festival dan event', 'festival and event calendar'),
      r('kunjungan-wisatawan', 'jumlah kunjungan wisatawan', 'visitor numbers'),
    ],
  },
];

interface OpTemplate {
  method: string;
  item: boolean;
  suffix: string;
  id: (l: string, key: string) => string;
  en: (l: string, key: string) => string;
}

const OPS: OpTemplate[] = [
  { method: 'GET', item: false, suffix: '', id: (l) => `Daftar ${l}`, en: (l) => `List ${l}` },
  {
    method: 'GET',
    item: true,
    suffix: '',
    id: (l, k) => `Detail ${l} berdasarkan ${k}`,
    en: (l, k) => `Get ${l} by ${k}`,
  },
  { method: 'POST', item: false, suffix: '', id: (l) => `Tambah ${l} baru`, en: (l) => `Create ${l}` },
  { method: 'PUT', item: true, suffix: '', id: (l) => `Perbarui ${l}`, en: (l) => `Update ${l}` },
  { method: 'DELETE', item: true, suffix: '', id: (l) => `Hapus ${l}`, en: (l) => `Delete ${l}` },
  { method: 'GET', item: false, suffix: '/cari', id: (l) => `Cari ${l}`, en: (l) => `Search ${l}` },
  {
    method: 'GET',
    item: false,
    suffix: '/rekap',
    id: (l) => `Rekapitulasi ${l} per bulan`,
    en: (l) => `Monthly summary of ${l}`,
  },
  {
    method: 'GET',
    item: true,
    suffix: '/riwayat',
    id: (l) => `Riwayat perubahan ${l}`,
    en: (l) => `Change history of ${l}`,
  },
  {
    method: 'GET',
    item: false,
    suffix: '/ekspor',
    id: (l) => `Ekspor ${l} ke CSV`,
    en: (l) => `Export ${l} as CSV`,
  },
];

const PROTOCOLS = [
  { weight: 70, value: 'rest' },
  { weight: 14, value: 'soap' },
  { weight: 6, value: 'graphql' },
  { weight: 5, value: 'event' },
  { weight: 5, value: 'file' },
];

const pascal = (s: string) =>
  s
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/** Method and path of an operation, shaped by the API's protocol. */
function opPath(protocol: string, res: Resource, t: OpTemplate): { method: string; path: string } {
  const item = t.item ? `/{${res.key}}` : '';
  switch (protocol) {
    case 'soap':
      return {
        method: 'POST',
        path: `/ws/${pascal(res.path)}Service#${pascal(t.method.toLowerCase())}${pascal(res.path)}${t.suffix ? pascal(t.suffix) : ''}`,
      };
    case 'graphql':
      return {
        method: t.method === 'GET' ? 'QUERY' : 'MUTATION',
        path: `/graphql#${t.method.toLowerCase()}${pascal(res.path)}${pascal(t.suffix)}`,
      };
    case 'event':
      return {
        method: 'EVENT',
        path: `${res.path}.${t.method === 'GET' ? 'published' : 'changed'}${t.suffix}`,
      };
    case 'file':
      return {
        method: 'GET',
        path: `/unduh/${res.path}${t.suffix || ''}${t.item ? `/{${res.key}}` : ''}.csv`,
      };
    default:
      return { method: t.method, path: `/v1/${res.path}${item}${t.suffix}` };
  }
}

const CHUNK = 400;

function values(rows: unknown[][]): { sql: string; args: never } {
  const one = `(${Array(rows[0]!.length).fill('?').join(',')})`;
  return { sql: rows.map(() => one).join(','), args: rows.flat() as never };
}

/**
 * Adds APIs and operations until the catalogue has `operations` operations. Returns how many of
 * each it wrote (0 when the rows are already there).
 */
export async function generateSearchData(
  db: Db,
  opts: { operations: number; seed: number; onProgress?: (done: number, total: number) => void },
): Promise<{ apis: number; operations: number }> {
  const client = db.$client;
  const marker = await client.execute({
    sql: 'select count(*) as n from apis where source_note = ?',
    args: [BENCH_SOURCE_NOTE],
  });
  if (Number(marker.rows[0]!.n) > 0) return { apis: 0, operations: 0 };
  const [opCount, appRows, entityRows, maxRows] = await Promise.all([
    client.execute('select count(*) as n from api_operations'),
    client.execute(`select a.id, a.name, a.acronym, a.description, g.code as agency, coalesce(g.short_name, g.name) as short
      from applications a join agencies g on g.id = a.agency_id where a.confidence is null order by a.id`),
    client.execute('select id, code from data_entities'),
    client.execute('select coalesce(max(id), 0) as api from apis'),
  ]);
  const need = opts.operations - Number(opCount.rows[0]!.n);
  if (need <= 0) return { apis: 0, operations: 0 };
  if (appRows.rows.length === 0) throw new Error('Load the demo applications before the search data');
  const entityIds = new Map(entityRows.rows.map((e) => [String(e.code), Number(e.id)]));
  const rnd = prng(opts.seed);

  // Set the FTS triggers aside for the bulk load; the indexes are rebuilt once at the end.
  const triggers = await client.execute(
    "select name, sql from sqlite_master where type = 'trigger' and (name like 'apis_fts_%' or name like 'api_operations_fts_%')",
  );
  await client.batch(
    triggers.rows.map((t) => `drop trigger ${String(t.name)}`),
    'write',
  );

  let apiId = Number(maxRows.rows[0]!.api);
  let apis = 0;
  let ops = 0;
  const namesPerApp = new Map<number, Set<string>>();
  try {
    while (ops < need) {
      const apiRows: unknown[][] = [];
      const opRows: unknown[][] = [];
      const exposes: unknown[][] = [];
      while (opRows.length < 5_000 && ops < need) {
        const app = rnd.pick(appRows.rows);
        const appId = Number(app.id);
        const text = `${String(app.name)} ${String(app.description)}`.toLowerCase();
        const matching = DOMAINS.filter((d) => d.keywords.some((k) => text.includes(k)));
        const domain = matching.length && rnd.chance(0.85) ? rnd.pick(matching) : rnd.pick(DOMAINS);
        const english = rnd.chance(0.3);
        const label = rnd.pick(domain.names);
        const taken = namesPerApp.get(appId) ?? new Set<string>();
        namesPerApp.set(appId, taken);
        let name = `${english ? label.en : label.id}${app.acronym ? ` ${String(app.acronym)}` : ''}`;
        for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
        taken.add(name.toLowerCase());
        const protocol = rnd.weighted(PROTOCOLS).value;
        const id = ++apiId;
        apis++;
        const slug = String(app.acronym ?? app.name)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
          .slice(0, 20);
        const host = `https://api.${String(app.agency).toLowerCase().replace(/\./g, '')}.go.id/${slug}`;
        apiRows.push([
          id,
          appId,
          name,
          rnd.pick(['1', '1.0', '2', 'v1', 'v2']),
          english
            ? `${label.en} of ${String(app.name)} (${String(app.short)}): ${domain.resources
                .slice(0, 3)
                .map((x) => x.en)
                .join(', ')}.`
            : `${label.id} dari ${String(app.name)}, ${String(app.short)}: ${domain.resources
                .slice(0, 3)
                .map((x) => x.id)
                .join(', ')}.`,
          protocol,
          protocol === 'event' ? `amqps://mq.${slug}.go.id` : host,
          rnd.chance(0.3) ? 'publik' : 'terbatas',
          rnd.pick(['api_key', 'oauth2', 'oauth2', 'basic', 'mtls']),
          rnd.chance(0.25) ? 1 : 0,
          BENCH_SOURCE_NOTE,
        ]);
        for (const code of domain.entities) {
          const e = entityIds.get(code);
          if (e !== undefined && rnd.chance(0.7)) exposes.push([id, e]);
        }
        const count = Math.min(rnd.int(4, 12), need - ops);
        const seen = new Set<string>();
        for (let i = 0; i < count; i++) {
          const res = rnd.pick(domain.resources);
          const t = rnd.pick(OPS);
          const { method, path } = opPath(protocol, res, t);
          if (seen.has(`${method} ${path}`)) continue;
          seen.add(`${method} ${path}`);
          const summary = english ? t.en(res.en, res.key) : t.id(res.id, res.key);
          const description = english
            ? `${summary} held by ${String(app.short)}. Answers JSON; lists are paginated.`
            : `${summary} milik ${String(app.short)}. Jawaban dalam format JSON; daftar dipaginasi.`;
          opRows.push([
            id,
            method,
            path,
            `${pascal(t.method.toLowerCase())}${pascal(res.path)}`,
            summary,
            description,
          ]);
          ops++;
        }
      }
      const stmts: InStatement[] = [];
      const push = (prefix: string, rows: unknown[][]) => {
        for (let i = 0; i < rows.length; i += CHUNK) {
          const v = values(rows.slice(i, i + CHUNK));
          stmts.push({ sql: `${prefix} values ${v.sql}`, args: v.args });
        }
      };
      push(
        `insert into apis (id, application_id, name, api_version, description, protocol, base_url, access, auth,
          splp_published, source_note)`,
        apiRows,
      );
      push('insert into api_operations (api_id, method, path, operation_id, summary, description)', opRows);
      if (exposes.length) push('insert or ignore into api_data_entities (api_id, data_entity_id)', exposes);
      await client.batch(stmts, 'write');
      opts.onProgress?.(ops, need);
    }
  } finally {
    await client.batch(
      triggers.rows.map((t) => String(t.sql)),
      'write',
    );
  }
  await client.batch(
    [
      "insert into apis_fts(apis_fts) values('rebuild')",
      "insert into api_operations_fts(api_operations_fts) values('rebuild')",
    ],
    'write',
  );
  return { apis, operations: ops };
}

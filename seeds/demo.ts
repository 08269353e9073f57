import type { InStatement } from '@libsql/client';
import type { Db } from '../db/client';
import { refreshStatistics } from '../db/stats';
import { type AppTemplate, CONTACT_NAMES, LICENCES, TEMPLATES } from './demo-vocabulary';

/** Marks every demo row so nobody mistakes it for real data. */
export const DEMO_SOURCE_NOTE = 'Data demo (sintetis)';

/** sfc32: a small, fast, seedable PRNG; the same seed gives the same sequence on every runtime. */
export function prng(seed: number) {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  const rnd = {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
    /** `n` distinct items of `xs`, in their original order. */
    sample: <T>(xs: readonly T[], n: number): T[] => {
      const idx = xs.map((_, i) => i);
      for (let i = idx.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [idx[i], idx[j]] = [idx[j]!, idx[i]!];
      }
      return idx
        .slice(0, Math.min(n, xs.length))
        .sort((x, y) => x - y)
        .map((i) => xs[i]!);
    },
    weighted: <T extends { weight: number }>(xs: readonly T[]): T => {
      const total = xs.reduce((s, x) => s + x.weight, 0);
      let r = next() * total;
      for (const x of xs) {
        r -= x.weight;
        if (r < 0) return x;
      }
      return xs[xs.length - 1]!;
    },
  };
  return rnd;
}

interface AgencyRef {
  id: number;
  code: string;
  kind: 'kementerian' | 'lembaga' | 'provinsi' | 'kabupaten' | 'kota';
  shortName: string;
  weight: number;
}

const KIND_WEIGHT = { kementerian: 3, lembaga: 1.5, provinsi: 4, kota: 2.5, kabupaten: 1.5 } as const;

/** "Kabupaten Malang" → "malangkab", "Kota Malang" → "malangkota", "Jawa Timur" → "jatimprov"-like slug. */
function domainFor(a: AgencyRef): string {
  const base = a.shortName
    .toLowerCase()
    .replace(/^(kabupaten|kota|provinsi)\s+/, '')
    .replace(/[^a-z]/g, '');
  if (a.kind === 'kabupaten') return `${base}kab.go.id`;
  if (a.kind === 'kota') return `${base}kota.go.id`;
  if (a.kind === 'provinsi') return `${base}prov.go.id`;
  return `${a.code.toLowerCase()}.go.id`;
}

/** Short name used inside application names: "Kab. Malang" reads naturally in "e-Lapor Malang". */
function regionLabel(a: AgencyRef): string {
  return a.shortName.replace(/^(Kabupaten|Kota|Provinsi)\s+/, '');
}

/** Letters only, lower case: what an acronym and a name are compared on. */
const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The acronym an agency would register: only one that abbreviates the name (its letters appear
 * in order in the name, as SIMPEG in "Sistem Informasi Manajemen Kepegawaian") and is not just
 * the name again; otherwise none.
 */
export function abbreviates(acronym: string | null | undefined, name: string): boolean {
  if (!acronym) return false;
  const a = letters(acronym);
  const n = letters(name);
  if (!a || a === n || a.length >= n.length) return false;
  let i = 0;
  for (const ch of n) if (ch === a[i]) i++;
  return i === a.length;
}

/**
 * How a central agency says what a regional one says: a ministry speaks of its work units, not of
 * "perangkat daerah". Sentences still about regions after this are not used for central agencies.
 */
const CENTRAL_WORDS: [RegExp, string][] = [
  [/antar perangkat daerah/g, 'antarunit kerja'],
  [/perangkat daerah/g, 'unit kerja'],
  [/\bOPD\b/g, 'unit kerja'],
  [/pemerintah daerah/g, 'kementerian'],
  [/pegawai daerah/g, 'pegawai'],
];
const REGIONAL_ONLY =
  /daerah|desa|kelurahan|kecamatan|kabupaten|\bkota\b|warga|bupati|wali ?kota|gubernur|puskesmas|APBD/i;

/** Units of a central agency, by what the template's units do. */
function centralUnit(units: readonly string[], pick: <T>(xs: readonly T[]) => T): string {
  const u = units.join(' ').toLowerCase();
  if (/kepegawaian|sumber daya manusia/.test(u))
    return pick(['Biro Sumber Daya Manusia', 'Biro Organisasi dan Sumber Daya Manusia']);
  if (/keuangan|pendapatan|aset/.test(u))
    return pick(['Biro Keuangan', 'Biro Keuangan dan Barang Milik Negara']);
  if (/perencanaan|pembangunan/.test(u)) return pick(['Biro Perencanaan', 'Biro Perencanaan dan Kerja Sama']);
  if (/hukum/.test(u)) return 'Biro Hukum';
  if (/pengadaan|barang/.test(u)) return 'Biro Pengadaan Barang dan Jasa';
  return pick(['Biro Umum', 'Pusat Data dan Sistem Informasi', 'Sekretariat Jenderal']);
}

/** Indonesian ways agencies tell two versions of one application apart. */
const EDITIONS = ['Terpadu', 'Terintegrasi', 'Versi 2', 'Generasi Baru', 'Daring'];

const FROM = Date.UTC(2015, 0, 1);
const TO = Date.UTC(2026, 9, 1);

const CHUNK = 250;

function sqlValues(rows: unknown[][]): {
  sql: string;
  args: InStatement extends { args?: infer A } ? A : never;
} {
  const cols = rows[0]!.length;
  const one = `(${Array(cols).fill('?').join(',')})`;
  return { sql: rows.map(() => one).join(','), args: rows.flat() as never };
}

/**
 * Generates `apps` synthetic agency applications (0–30,000), deterministic by `seed`: the same
 * size and seed give the same rows. Run after the reference data is loaded. Refuses to run
 * twice on one database (demo rows are marked with DEMO_SOURCE_NOTE), so a restart never
 * doubles the data. Rows are written in large atomic batches (FTS triggers fire as usual).
 */
export async function generateDemo(
  db: Db,
  opts: { apps: number; seed: number; onProgress?: (done: number, total: number) => void },
): Promise<{ applications: number; apis: number }> {
  const result = await loadDemo(db, opts);
  // A bulk load leaves the planner without statistics (or with stale ones): gather them now.
  if (result.applications > 0) await refreshStatistics(db, { full: true });
  return result;
}

async function loadDemo(
  db: Db,
  opts: { apps: number; seed: number; onProgress?: (done: number, total: number) => void },
): Promise<{ applications: number; apis: number }> {
  if (!Number.isInteger(opts.apps) || opts.apps < 0 || opts.apps > 30_000) {
    throw new Error('apps must be a whole number from 0 to 30000');
  }
  const client = db.$client;
  const existing = await client.execute({
    sql: 'select count(*) as n from applications where source_note = ?',
    args: [DEMO_SOURCE_NOTE],
  });
  if (Number(existing.rows[0]!.n) > 0) throw new Error('Demo data is already loaded in this database');
  if (opts.apps === 0) return { applications: 0, apis: 0 };

  const rnd = prng(opts.seed);
  const [agencyRows, fnRows, deRows, raaRows, sharedRows, sharedApiRows, maxRows] = await Promise.all([
    client.execute('select id, code, kind, coalesce(short_name, name) as short from agencies order by id'),
    client.execute('select id, code from functions'),
    client.execute('select id, code from data_entities'),
    client.execute("select id, code from reference_codes where domain = 'RAA'"),
    client.execute('select id, acronym from applications where confidence is not null'),
    client.execute(
      'select p.id, a.acronym from apis p join applications a on a.id = p.application_id where a.confidence is not null order by p.id',
    ),
    client.execute(
      'select (select coalesce(max(id), 0) from applications) as app, (select coalesce(max(id), 0) from apis) as api',
    ),
  ]);
  const toMap = (rs: typeof fnRows) => new Map(rs.rows.map((r) => [String(r.code), Number(r.id)]));
  const fnIds = toMap(fnRows);
  const deIds = toMap(deRows);
  const raaIds = toMap(raaRows);
  const sharedAppIds = new Map(sharedRows.rows.map((r) => [String(r.acronym), Number(r.id)]));
  const sharedApiIds = new Map<string, number>();
  for (const r of sharedApiRows.rows)
    if (!sharedApiIds.has(String(r.acronym))) sharedApiIds.set(String(r.acronym), Number(r.id));
  const need = (map: Map<string, number>, code: string) => {
    const id = map.get(code);
    if (id === undefined) throw new Error(`Demo vocabulary refers to unknown code ${code}`);
    return id;
  };

  const agenciesList: AgencyRef[] = agencyRows.rows.map((r) => {
    const kind = String(r.kind) as AgencyRef['kind'];
    return {
      id: Number(r.id),
      code: String(r.code),
      kind,
      shortName: String(r.short),
      weight: KIND_WEIGHT[kind],
    };
  });
  if (agenciesList.length === 0)
    throw new Error('Load the reference data (npm run katalog -- seed) before the demo data');

  let appId = Number(maxRows.rows[0]!.app);
  let apiId = Number(maxRows.rows[0]!.api);
  const namesByAgency = new Map<number, Set<string>>();
  let apis = 0;
  let done = 0;

  while (done < opts.apps) {
    const size = Math.min(CHUNK, opts.apps - done);
    const appRows: unknown[][] = [];
    const fnLinks: unknown[][] = [];
    const deLinks: unknown[][] = [];
    const apiRowsOut: unknown[][] = [];
    const opRows: unknown[][] = [];
    const apiDe: unknown[][] = [];
    const consumption: unknown[][] = [];
    const relations: unknown[][] = [];

    for (let i = 0; i < size; i++) {
      const agency = rnd.weighted(agenciesList);
      let template: AppTemplate = rnd.weighted(TEMPLATES);
      while (template.kinds && !template.kinds.includes(agency.kind)) template = rnd.weighted(TEMPLATES);
      const id = ++appId;
      const region = regionLabel(agency);
      const central = agency.kind === 'kementerian' || agency.kind === 'lembaga';
      // A ministry does not run a "Sistem Informasi Kepegawaian Daerah": pick a name that fits.
      const fitting = central ? template.names.filter((v) => !REGIONAL_ONLY.test(v.name)) : template.names;
      const variant = rnd.pick(fitting.length ? fitting : template.names);
      const taken = namesByAgency.get(agency.id) ?? new Set<string>();
      namesByAgency.set(agency.id, taken);
      const base = variant.name.replace('{region}', region).replace(/\s+/g, ' ').trim();
      // Agencies often put their own name in the application's: "SIMPEG Kabupaten Malang",
      // "e-Office Kemenkeu". Names are then as varied as agencies are.
      const owned = variant.name.includes('{region}')
        ? base
        : rnd.chance(0.5)
          ? `${base} ${central ? agency.shortName : agency.shortName.replace(/^Kabupaten /, 'Kab. ')}`
          : base;
      let name = owned;
      // Agencies really do run several versions of the same thing; tell them apart the Indonesian way.
      for (let n = 2; taken.has(name.toLowerCase()); n++) {
        name = `${owned} ${n === 2 ? rnd.pick(EDITIONS) : `(${n})`}`;
      }
      taken.add(name.toLowerCase());
      const acronym = abbreviates(variant.acronym, name) ? variant.acronym! : null;
      const adapt = (text: string) => {
        let t = text.replace('{region}', agency.shortName);
        if (central) for (const [re, to] of CENTRAL_WORDS) t = t.replace(re, to);
        return t;
      };
      const pool = template.sentences.map(adapt);
      const usable = central ? pool.filter((x) => !REGIONAL_ONLY.test(x)) : pool;
      const sentences = rnd.sample(usable.length >= 2 ? usable : pool, rnd.int(2, 3));
      const statusRoll = rnd.next();
      const status =
        statusRoll < 0.82
          ? 'active'
          : statusRoll < 0.9
            ? 'retired'
            : statusRoll < 0.95
              ? 'approved'
              : 'draft';
      const created = FROM + Math.floor(rnd.next() * (TO - FROM));
      const updated = created + Math.floor(rnd.next() * (TO - created));
      const contact = rnd.pick(CONTACT_NAMES);
      const domain = domainFor(agency);
      const slug =
        (acronym ?? base)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
          .slice(0, 20) || 'app';
      appRows.push([
        id,
        agency.id,
        central ? centralUnit(template.units, rnd.pick) : rnd.pick(template.units),
        name,
        acronym,
        sentences.join(' '),
        'khusus',
        need(raaIds, template.raa),
        status,
        rnd.pick(['pdn', 'cloud', 'instansi', 'instansi']),
        `https://${slug}.${domain}`,
        rnd.pick(LICENCES),
        rnd.int(5, 200) * 10_000_000,
        new Date(created).getUTCFullYear(),
        contact,
        `${contact.split(' ')[0]!.toLowerCase()}@${domain}`,
        DEMO_SOURCE_NOTE,
        created,
        updated,
      ]);

      // Operators pick functions unevenly: some pick none beyond the obvious one, a few pick none.
      const fnCodes = rnd.chance(0.07)
        ? []
        : [...template.core, ...rnd.sample(template.extra, rnd.int(0, template.extra.length))];
      for (const code of new Set(fnCodes)) fnLinks.push([id, need(fnIds, code)]);
      for (const e of template.entities) {
        if (rnd.chance(0.8)) deLinks.push([id, need(deIds, e.code), rnd.pick(e.roles)]);
      }

      if (template.api && rnd.chance(0.3)) {
        const pid = ++apiId;
        apis++;
        apiRowsOut.push([
          pid,
          id,
          `${template.api.name} ${acronym ?? ''}`.trim(),
          rnd.pick(['1', '1.0', '2', 'v1']),
          `${template.api.name} dari ${name}, ${agency.shortName}.`,
          'rest',
          `https://api.${domain}/${slug}`,
          rnd.pick(['terbatas', 'terbatas', 'publik']),
          rnd.pick(['api_key', 'oauth2', 'basic']),
          rnd.chance(0.25) ? 1 : 0,
          DEMO_SOURCE_NOTE,
          created,
          updated,
        ]);
        for (const op of template.api.operations)
          opRows.push([pid, op.method, op.path, op.summary, '[]', '[]']);
        for (const code of template.api.entities) apiDe.push([pid, need(deIds, code)]);
      }
      for (const acronym of template.consumes ?? []) {
        const target = sharedApiIds.get(acronym);
        if (target !== undefined && rnd.chance(0.4)) consumption.push([id, target, 'Integrasi data']);
      }
      for (const acronym of template.integrates ?? []) {
        const target = sharedAppIds.get(acronym);
        if (target !== undefined && rnd.chance(0.3)) relations.push([id, target, 'integrates_with']);
      }
    }

    const stmts: InStatement[] = [];
    const push = (prefix: string, rows: unknown[][]) => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const v = sqlValues(rows.slice(i, i + CHUNK));
        stmts.push({ sql: `${prefix} values ${v.sql}`, args: v.args });
      }
    };
    push(
      `insert into applications (id, agency_id, unit, name, acronym, description, category, raa_code_id, status, hosting,
        url, licence, yearly_cost, launch_year, contact_name, contact_email, source_note, created_at, updated_at)`,
      appRows,
    );
    push('insert into application_functions (application_id, function_id)', fnLinks);
    push('insert into application_data_entities (application_id, data_entity_id, role)', deLinks);
    push(
      `insert into apis (id, application_id, name, api_version, description, protocol, base_url, access, auth,
        splp_published, source_note, created_at, updated_at)`,
      apiRowsOut,
    );
    push('insert into api_operations (api_id, method, path, summary, tags, parameters)', opRows);
    push('insert into api_data_entities (api_id, data_entity_id)', apiDe);
    push('insert into application_api_consumption (application_id, api_id, purpose)', consumption);
    push('insert into application_relations (from_application_id, to_application_id, kind)', relations);
    await client.batch(stmts, 'write');
    done += size;
    opts.onProgress?.(done, opts.apps);
  }
  return { applications: opts.apps, apis };
}

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import { createTestDb } from '../../../test/support/db';
import {
  agencyIdsByCode,
  applicationIdByAcronym,
  applicationsMatching,
  insertApplications,
} from '../../../test/support/repo';
import { addSearchFixtures } from '../../../test/support/search';
import { Invalid } from '../../kernel/errors';
import { CANDIDATES } from './repo';
import { ApiSearchQuery, SearchQuery } from './schemas';
import { type SearchItem, search, searchApis } from './service';

async function setup() {
  const db = await createTestDb();
  return { db, ...(await addSearchFixtures(db)) };
}

const run = (db: Db, query: Record<string, string>) => search(db, v.parse(SearchQuery, query));
const text = (i: SearchItem) => i.title.map((s) => s.text).join('');
const key = (i: SearchItem) => `${i.type}:${i.id}`;

const appId = applicationIdByAcronym;

describe('search: ranking', () => {
  it('puts an exact acronym hit first', async () => {
    const { db } = await setup();
    const r = await run(db, { q: 'SIASN' });
    expect(key(r.items[0]!)).toBe(`application:${await appId(db, 'SIASN')}`);
    expect(r.items.some((i) => i.type === 'api' && text(i) === 'API SIASN')).toBe(true);
  });

  it('puts an exact name hit first even when its words are common', async () => {
    const { db } = await setup();
    const r = await run(db, { q: 'sistem informasi aparatur sipil negara' });
    expect(key(r.items[0]!)).toBe(`application:${await appId(db, 'SIASN')}`);
  });

  it('ranks a hit in the name above one in a description', async () => {
    const { db, malang } = await setup();
    const r = await run(db, { q: 'sipegma', type: 'application' });
    expect(r.items[0]!.id).toBe(malang);
    const names = (await run(db, { q: 'kearsipan', type: 'application' })).items.map(text);
    expect(names[0]).toMatch(/Kearsipan/);
  });

  it('finds while typing, from a prefix', async () => {
    const { db } = await setup();
    const r = await run(db, { q: 'srikan' });
    expect(r.items[0]!.subtitle?.map((s) => s.text).join('')).toBe('SRIKANDI');
  });
});

describe('search: Indonesian and English', () => {
  it('finds "pegawai" from "kepegawaian" (and the other way round)', async () => {
    const { db, malang } = await setup();
    // The Malang application says "pegawai", never "kepegawaian".
    const fromDerived = await run(db, { q: 'kepegawaian', type: 'application', pageSize: '100' });
    expect(fromDerived.items.map((i) => i.id)).toContain(malang);
    const fromRoot = await run(db, { q: 'pegawai', type: 'function', pageSize: '100' });
    expect(fromRoot.items.some((i) => text(i).includes('kepegawaian'))).toBe(true);
  });

  it('highlights the derived form it matched', async () => {
    const { db, malang } = await setup();
    const r = await run(db, { q: 'kepegawaian', type: 'application', pageSize: '100' });
    const hit = r.items.find((i) => i.id === malang)!;
    expect(hit.title).toContainEqual({ text: 'Pegawai', mark: true });
  });

  it('matches English words against English titles and Indonesian text', async () => {
    const { db, englishApi } = await setup();
    const leave = await run(db, { q: 'staff leave' });
    // The national service performing "Staff leave" (SIASN, through its functions' English titles)
    // comes first, then the function itself.
    expect(key(leave.items[0]!)).toBe(`application:${await appId(db, 'SIASN')}`);
    expect(leave.items.slice(0, 3)).toContainEqual(
      expect.objectContaining({ type: 'function', code: 'RAB.09.06.03' }),
    );
    const personnel = await run(db, { q: 'personnel data', pageSize: '100' });
    const keys = personnel.items.map(key);
    // SIASN is described only in Indonesian ("data induk ASN", "kepegawaian").
    expect(keys).toContain(`application:${await appId(db, 'SIASN')}`);
    expect(personnel.items.some((i) => i.type === 'dataEntity' && i.code === 'RAD.09.06.01')).toBe(true);
    // And the other way: an Indonesian word finds an API documented in English.
    const pegawai = await run(db, { q: 'pegawai', type: 'api' });
    expect(pegawai.items.map((i) => i.id)).toContain(englishApi);
  });
});

describe('search: facets', () => {
  it('filters by protocol, access and SPLP, keeping APIs and operations only', async () => {
    const { db, malangApi, englishApi } = await setup();
    const soap = await run(db, { q: 'pegawai', protocol: 'soap' });
    expect(soap.items.length).toBeGreaterThan(0);
    expect(
      soap.items.every((i) => i.protocol === 'soap' && (i.type === 'api' || i.type === 'operation')),
    ).toBe(true);
    expect(soap.items.map(key)).toContain(`api:${malangApi}`);
    const open = await run(db, { q: 'pegawai', access: 'publik' });
    expect(open.items.every((i) => i.access === 'publik' || i.type === 'operation')).toBe(true);
    expect(open.items.map(key)).toContain(`api:${malangApi}`);
    expect(open.items.map(key)).not.toContain(`api:${englishApi}`);
    const splp = await run(db, { q: 'employee', splp: 'true', type: 'api' });
    expect(splp.items.map((i) => i.id)).toContain(englishApi);
    expect(splp.items.every((i) => i.splpPublished)).toBe(true);
    const notSplp = await run(db, { q: 'employee', splp: 'false', type: 'api' });
    expect(notSplp.items.map((i) => i.id)).not.toContain(englishApi);
    expect(notSplp.items.every((i) => i.splpPublished === false)).toBe(true);
    expect(soap.facets.protocol).toEqual([{ value: 'soap', label: null, count: soap.total }]);
  });

  it('filters by agency and agency kind', async () => {
    const { db, malang, malangApi } = await setup();
    const r = await run(db, { q: 'pegawai', agency: '35.07' });
    expect(r.items.map((i) => i.type).sort()).toEqual(['api', 'application', 'operation']);
    expect(r.items.map(key)).toEqual(expect.arrayContaining([`application:${malang}`, `api:${malangApi}`]));
    expect(r.items.every((i) => i.agency?.code === '35.07')).toBe(true);
    expect(r.filters.agency).toMatchObject({ code: '35.07' });
    const kab = await run(db, { q: 'pegawai', agencyKind: 'kabupaten', type: 'application' });
    expect(kab.items.map((i) => i.id)).toEqual([malang]);
    expect(kab.facets.agencyKind).toEqual([{ value: 'kabupaten', label: null, count: 1 }]);
  });

  it('filters by data entity and by function', async () => {
    const { db, malangApi } = await setup();
    const byEntity = await run(db, { q: 'pegawai', dataEntity: 'rad.09.06.01' });
    expect(byEntity.items.map(key)).toContain(`api:${malangApi}`);
    expect(byEntity.items.map(key)).toContain(`application:${await appId(db, 'SIASN')}`);
    expect(byEntity.items.every((i) => i.type !== 'function' && i.type !== 'dataEntity')).toBe(true);
    const byFunction = await run(db, { q: 'kepegawaian', function: 'RAB.09.06.01', type: 'application' });
    expect(byFunction.items.map(text)).toContain('Sistem Informasi Aparatur Sipil Negara');
    expect(byFunction.facets.function[0]).toMatchObject({ value: 'RAB.09.06.01' });
  });

  it('filters by lifecycle status and by kind of result', async () => {
    const { db, taxes } = await setup();
    const retired = await run(db, { q: 'pajak', status: 'retired' });
    expect(retired.items.map(key)).toEqual([`application:${taxes}`]);
    const functions = await run(db, { q: 'pegawai', type: 'function' });
    expect(functions.items.every((i) => i.type === 'function')).toBe(true);
    // The type facet still counts every kind.
    expect(functions.facets.type.map((f) => f.value)).toEqual(
      expect.arrayContaining(['application', 'api', 'function']),
    );
  });

  it('counts facets over the results', async () => {
    const { db } = await setup();
    const r = await run(db, { q: 'pegawai' });
    const sum = (xs: { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);
    expect(sum(r.facets.type)).toBe(r.total);
    expect(r.facets.agency.length).toBeGreaterThan(0);
    expect(r.facets.agency.every((a) => a.label)).toBe(true);
  });

  it('lists applications and APIs by facet alone', async () => {
    const { db, malang, malangApi } = await setup();
    const r = await run(db, { agency: '35.07' });
    expect(r.items.map(key).sort()).toEqual([`api:${malangApi}`, `application:${malang}`].sort());
  });

  it.each([
    [{ agency: 'ZZZ' }, 'agency'],
    [{ dataEntity: 'RAD.99.99.99' }, 'dataEntity'],
    [{ function: 'RAB.99.99.99' }, 'function'],
  ])('reports an unknown code by field, never drops it (%o)', async (query, field) => {
    const { db } = await setup();
    const err = await run(db, { q: 'pegawai', ...query }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Invalid);
    expect((err as Invalid).fields.map((f) => f.field)).toEqual([field]);
  });

  it('refuses unknown values of the closed facets in the schema', () => {
    for (const [field, value] of [
      ['protocol', 'ftp'],
      ['access', 'rahasia'],
      ['splp', 'ya'],
      ['status', 'draft'],
      ['agencyKind', 'desa'],
      ['type', 'planet'],
    ]) {
      const r = v.safeParse(SearchQuery, { [field!]: value });
      expect(r.success, field).toBe(false);
      expect(v.getDotPath(r.issues![0]!)).toBe(field);
    }
  });
});

describe('search: only published entries', () => {
  it('never returns drafts or proposals, their APIs or operations', async () => {
    const { db, draft, draftApi, proposed } = await setup();
    for (const q of ['kuda laut', 'KUDALAUT', 'Aplikasi Kuda Laut Rahasia', 'usulan kuda']) {
      const r = await run(db, { q });
      expect(r.items, q).toEqual([]);
    }
    const all = await run(db, { q: 'pegawai', pageSize: '100' });
    const keys = all.items.map(key);
    expect(keys).not.toContain(`application:${draft}`);
    expect(keys).not.toContain(`application:${proposed}`);
    expect(keys).not.toContain(`api:${draftApi}`);
    expect(all.items.every((i) => i.type !== 'operation' || i.api?.id !== draftApi)).toBe(true);
    const byEntity = await run(db, { dataEntity: 'RAD.09.06.01', protocol: 'rest', splp: 'true' });
    expect(byEntity.items.map(key)).not.toContain(`api:${draftApi}`);
    expect((await searchApis(db, v.parse(ApiSearchQuery, { q: 'kuda' }))).items).toEqual([]);
  });
});

describe('search: bounded work', () => {
  it('caps a common word at the candidate limit and says so', async () => {
    const { db } = await setup();
    const bkn = (await agencyIdsByCode(db)).BKN!;
    await insertApplications(
      db,
      Array.from({ length: CANDIDATES + 30 }, (_, i) => ({
        agencyId: bkn,
        name: `Dasbor Statistik ${i}`,
        description: 'Statistik sektoral.',
        status: 'active' as const,
      })),
    );
    const r = await run(db, { q: 'statistik', type: 'application' });
    expect(r.capped).toBe(true);
    expect(r.total).toBeLessThanOrEqual(CANDIDATES + 1);
  });

  it('still finds a facet’s entries beyond the first candidates (the facet drives)', async () => {
    const { db } = await setup();
    const ids = await agencyIdsByCode(db);
    await insertApplications(
      db,
      Array.from({ length: CANDIDATES + 30 }, (_, i) => ({
        agencyId: ids.BKN!,
        name: `Dasbor Statistik ${i}`,
        description: 'Statistik sektoral.',
        status: 'active' as const,
      })),
    );
    // Inserted last: its rowid is beyond the first CANDIDATES matches of "statistik".
    const [late] = await insertApplications(db, [
      { agencyId: ids['35.07']!, name: 'Statistik Malang Terkini', status: 'active' },
    ]);
    const r = await run(db, { q: 'statistik', agency: '35.07' });
    expect(r.items.map(key)).toEqual([`application:${late}`]);
    expect(await applicationsMatching(db, 'statistik')).toBeGreaterThan(CANDIDATES);
  });
});

describe('searchApis', () => {
  it('lists published APIs by name, with their application and agency', async () => {
    const { db, draftApi } = await setup();
    const r = await searchApis(db, v.parse(ApiSearchQuery, { pageSize: '100' }));
    expect(r.items.length).toBeGreaterThan(2);
    const names = r.items.map((i) => i.name);
    expect([...names].sort()).toEqual(names.slice().sort());
    expect(r.items.map((i) => i.id)).not.toContain(draftApi);
    expect(r.total).toBe(r.items.length);
    expect(r.capped).toBe(false);
  });

  it('finds an API by what its operations do', async () => {
    const { db, englishApi } = await setup();
    // "payroll" is in the API's description; "NIP" only in an operation's summary.
    const r = await searchApis(db, v.parse(ApiSearchQuery, { q: 'nip', protocol: 'rest' }));
    expect(r.items.map((i) => i.id)).toContain(englishApi);
  });
});

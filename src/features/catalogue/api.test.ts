import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { addPublicationFixtures } from '../../../test/support/publication';

type List<T> = { items: T[]; total: number; page: number; pageSize: number };
type AppItem = {
  id: number;
  name: string;
  acronym: string | null;
  category: string;
  status: string;
  agency: { code: string; name: string; kind: string };
  updatedAt: string;
  links: { self: string; html: string };
};
type AppRef = { id: number; name: string; acronym: string | null; agency: string };
type ApiItem = {
  id: number;
  name: string;
  version: string;
  splpPublished: boolean;
  operations: number;
  application: { id: number; name: string };
};
type Detail = AppItem & {
  description: string;
  hosting: string | null;
  yearlyCost: number | null;
  createdAt: string;
  raa: { code: string; title: string } | null;
  functions: { code: string; title: string; titleEn: string }[];
  dataEntities: { code: string; role: string; sensitivity: string; personalData: boolean }[];
  apis: ApiItem[];
  consumesApis: ApiItem[];
  relations: { kind: string; direction: 'in' | 'out'; application: AppRef }[];
  similar: { application: AppRef; sharedFunctions: number }[];
};

/** A fresh app over the reference data plus the published/draft fixtures. */
async function setup() {
  const t = await createTestApp();
  const ids = await addPublicationFixtures(t.db);
  return { ...t, ...ids };
}

async function getJson<T>(app: { request(path: string): Response | Promise<Response> }, path: string) {
  const res = await app.request(path);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.headers.get('cache-control')).toBe('public, max-age=60');
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  return (await res.json()) as T;
}

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('cache-control') ?? '').not.toContain('public');
  return (await res.json()) as { type: string; title: string; status: number; errors?: { field: string }[] };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('GET /api/v1/applications', () => {
  it('answers a page of published applications in the list envelope', async () => {
    const { app } = await setup();
    const body = await getJson<List<AppItem>>(app, '/api/v1/applications');
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(20);
    expect(body.items).toHaveLength(20);
    expect(body.total).toBeGreaterThan(20);
    const first = body.items[0]!;
    expect(Object.keys(first).sort()).toEqual(
      [
        'acronym',
        'agency',
        'category',
        'id',
        'links',
        'name',
        'scope',
        'status',
        'summary',
        'updatedAt',
      ].sort(),
    );
    expect(Object.keys(first.agency).sort()).toEqual(['code', 'kind', 'name']);
    expect(first.updatedAt).toMatch(ISO);
    expect(first.links).toEqual({ self: `/api/v1/applications/${first.id}`, html: `/aplikasi/${first.id}` });
    expect(body.items.every((i) => ['approved', 'active', 'retired'].includes(i.status))).toBe(true);
  });

  it('filters the shared applications with category=umum', async () => {
    const { app } = await setup();
    const shared = await getJson<List<AppItem>>(app, '/api/v1/applications?category=umum&pageSize=100');
    expect(shared.items.map((i) => i.acronym)).toEqual(expect.arrayContaining(['SRIKANDI', 'SIASN']));
    expect(shared.items.every((i) => i.category === 'umum')).toBe(true);
    expect(shared.total).toBe(shared.items.length);
    const specific = await getJson<List<AppItem>>(app, '/api/v1/applications?category=khusus&pageSize=1');
    const all = await getJson<List<AppItem>>(app, '/api/v1/applications?pageSize=1');
    expect(shared.total + specific.total).toBe(all.total);
  });

  it('finds SRIKANDI by text, whatever the case and with a prefix', async () => {
    const { app } = await setup();
    for (const q of ['srikandi', 'SRIKANDI', 'srik', 'kearsipan dinamis']) {
      const found = await getJson<List<AppItem>>(app, `/api/v1/applications?q=${encodeURIComponent(q)}`);
      expect(found.items[0]?.acronym, q).toBe('SRIKANDI');
    }
    const none = await getJson<List<AppItem>>(app, '/api/v1/applications?q=qwertyuiopasdf');
    expect(none).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('treats search syntax typed by a person as text, never as an error', async () => {
    const { app } = await setup();
    for (const q of ['"', '*', 'AND OR NOT', 'a:b', '(srikandi', 'NEAR(x y)', '%', '   ']) {
      await getJson<List<AppItem>>(app, `/api/v1/applications?q=${encodeURIComponent(q)}`);
    }
  });

  it('filters by owner agency code, case-insensitively', async () => {
    const { app } = await setup();
    for (const agency of ['ANRI', 'anri']) {
      const list = await getJson<List<AppItem>>(app, `/api/v1/applications?agency=${agency}`);
      expect(list.items.map((i) => i.acronym)).toContain('SRIKANDI');
      expect(list.items.every((i) => i.agency.code === 'ANRI')).toBe(true);
    }
    const region = await getJson<List<AppItem>>(app, '/api/v1/applications?agency=35.07');
    expect(region.items.map((i) => i.acronym)).toEqual(['SIMPEG-MLG']);
  });

  it('filters by agency kind, province, status, function and sector', async () => {
    const { app } = await setup();
    const acronyms = async (query: string) =>
      (await getJson<List<AppItem>>(app, `/api/v1/applications?pageSize=100&${query}`)).items.map(
        (i) => i.acronym,
      );
    expect(await acronyms('agencyKind=kabupaten')).toEqual(['SIMPEG-MLG']);
    expect(await acronyms('province=35')).toEqual(['SIMPEG-MLG']);
    expect(await acronyms('province=11')).toEqual([]);
    expect(await acronyms('function=RAB.09.06.01')).toEqual(expect.arrayContaining(['SIASN', 'SIMPEG-MLG']));
    expect(await acronyms('function=rab.09.06.03&agencyKind=kabupaten')).toEqual(['SIMPEG-MLG']);
    expect(await acronyms('sector=RAB.09')).toEqual(expect.arrayContaining(['SIASN', 'SIMPEG-MLG']));
    expect(await acronyms('sector=RAB.09.06')).toContain('SIASN');
    const active = await getJson<List<AppItem>>(app, '/api/v1/applications?status=active&pageSize=100');
    expect(active.items.every((i) => i.status === 'active')).toBe(true);
    expect(await acronyms('status=retired&category=umum&agency=ANRI')).toEqual([]);
  });

  it('sorts by name by default and by last update on request', async () => {
    const { app, regionalId } = await setup();
    const byName = await getJson<List<AppItem>>(app, '/api/v1/applications?pageSize=100');
    const names = byName.items.map((i) => i.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byUpdate = await getJson<List<AppItem>>(app, '/api/v1/applications?sort=updated&pageSize=100');
    const times = byUpdate.items.map((i) => Date.parse(i.updatedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(byUpdate.items[0]!.id).toBe(regionalId);
  });

  it('pages through the results without gaps or repeats', async () => {
    const { app } = await setup();
    const all = await getJson<List<AppItem>>(app, '/api/v1/applications?pageSize=100');
    const seen: number[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 7); page++) {
      const p = await getJson<List<AppItem>>(app, `/api/v1/applications?pageSize=7&page=${page}`);
      expect(p).toMatchObject({ page, pageSize: 7, total: all.total });
      seen.push(...p.items.map((i) => i.id));
    }
    expect(seen).toHaveLength(all.total);
    expect(new Set(seen).size).toBe(all.total);
    expect(seen.slice(0, all.items.length)).toEqual(all.items.map((i) => i.id));
    const beyond = await getJson<List<AppItem>>(app, '/api/v1/applications?pageSize=7&page=10000');
    expect(beyond).toEqual({ items: [], total: all.total, page: 10000, pageSize: 7 });
    const last = await getJson<List<AppItem>>(app, '/api/v1/applications?page=1&pageSize=100&q=');
    expect(last.total).toBe(all.total);
  });

  it('never shows an unpublished application', async () => {
    const { app } = await setup();
    expect((await getJson<List<AppItem>>(app, '/api/v1/applications?q=zirkon')).total).toBe(0);
    const anri = await getJson<List<AppItem>>(app, '/api/v1/applications?agency=ANRI&pageSize=100');
    expect(anri.items.map((i) => i.acronym)).not.toContain('ZIRKON');
    const archive = await getJson<List<AppItem>>(app, '/api/v1/applications?function=RAL.02.06.01');
    expect(archive.items.map((i) => i.acronym)).not.toContain('ZIRKON');
  });
});

describe('GET /api/v1/applications/{id}', () => {
  it('answers SIASN with its agency, functions, data entities and APIs', async () => {
    const { app, siasn } = await setup();
    const a = await getJson<Detail>(app, `/api/v1/applications/${siasn}`);
    expect(a).toMatchObject({
      id: siasn,
      acronym: 'SIASN',
      category: 'umum',
      agency: { code: 'BKN', kind: 'lembaga' },
      links: { self: `/api/v1/applications/${siasn}`, html: `/aplikasi/${siasn}` },
    });
    expect(a.createdAt).toMatch(ISO);
    expect(a.updatedAt).toMatch(ISO);
    expect(a.raa?.code).toBe('RAA.01.02');
    expect(a.functions.map((f) => f.code)).toContain('RAB.09.06.01');
    expect(a.functions.every((f) => f.title && f.titleEn)).toBe(true);
    expect(a.dataEntities).toContainEqual(
      expect.objectContaining({ code: 'RAD.09.06.01', role: 'master', personalData: true }),
    );
    expect(a.dataEntities.every((e) => typeof e.personalData === 'boolean')).toBe(true);
    expect(a.apis).toHaveLength(1);
    expect(a.apis[0]).toMatchObject({
      name: 'API SIASN',
      protocol: 'rest',
      access: 'terbatas',
      auth: 'oauth2',
      splpPublished: true,
      operations: 4,
      application: { id: siasn, name: a.name },
    });
  });

  it('answers the APIs an application consumes and its relations in both directions, published only', async () => {
    const { app, siasn, apiSiasn, regionalId, draftId } = await setup();
    const regional = await getJson<Detail>(app, `/api/v1/applications/${regionalId}`);
    expect(regional).toMatchObject({ hosting: 'pdn', yearlyCost: 150_000_000, agency: { code: '35.07' } });
    expect(regional.consumesApis.map((p) => [p.id, p.application.id])).toEqual([[apiSiasn, siasn]]);
    expect(regional.relations).toEqual([
      expect.objectContaining({
        kind: 'integrates_with',
        direction: 'out',
        application: expect.objectContaining({ id: siasn }),
      }),
    ]);
    expect(JSON.stringify(regional)).not.toContain(`"id":${draftId},`);

    const shared = await getJson<Detail>(app, `/api/v1/applications/${siasn}`);
    expect(shared.relations).toContainEqual(
      expect.objectContaining({
        direction: 'in',
        application: expect.objectContaining({ acronym: 'SIMPEG-MLG' }),
      }),
    );
    expect(shared.similar).toContainEqual({
      application: expect.objectContaining({
        id: regionalId,
        acronym: 'SIMPEG-MLG',
        agency: expect.any(String),
      }),
      sharedFunctions: 2,
    });
  });

  it('answers 404 problem+json for a missing or unpublished application', async () => {
    const { app, draftId } = await setup();
    for (const id of [999_999, draftId, 0]) {
      const res = await app.request(`/api/v1/applications/${id}`);
      expect(res.status).toBe(404);
      const p = await problemOf(res);
      expect(p).toMatchObject({ status: 404, type: '/problems/not-found' });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('answers 400 naming the id for a non-numeric id', async () => {
    const { app } = await setup();
    const res = await app.request('/api/v1/applications/abc');
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors).toEqual([expect.objectContaining({ field: 'id' })]);
  });
});

describe('GET /api/v1/agencies', () => {
  type Agency = {
    code: string;
    name: string;
    kind: string;
    provinceCode: string | null;
    parent: string | null;
    applications: number;
    links: { self: string };
  };

  it('lists the 38 provinces and filters by province and text', async () => {
    const { app } = await setup();
    const provinces = await getJson<List<Agency>>(app, '/api/v1/agencies?kind=provinsi&pageSize=100');
    expect(provinces.total).toBe(38);
    expect(provinces.items).toHaveLength(38);
    expect(provinces.items.every((a) => a.kind === 'provinsi' && a.parent === null)).toBe(true);
    const jatim = await getJson<List<Agency>>(app, '/api/v1/agencies?province=35&pageSize=100');
    expect(jatim.items.every((a) => a.provinceCode === '35')).toBe(true);
    expect(jatim.items.map((a) => a.code)).toEqual(expect.arrayContaining(['35', '35.07', '35.73']));
    const found = await getJson<List<Agency>>(app, '/api/v1/agencies?q=arsip');
    expect(found.items.map((a) => a.code)).toContain('ANRI');
    const malang = jatim.items.find((a) => a.code === '35.07')!;
    expect(malang).toMatchObject({ kind: 'kabupaten', parent: '35', applications: 1 });
    expect(malang.links.self).toBe('/api/v1/agencies/35.07');
  });

  it('pages agencies', async () => {
    const { app } = await setup();
    const p2 = await getJson<List<Agency>>(app, '/api/v1/agencies?pageSize=10&page=2');
    expect(p2).toMatchObject({ page: 2, pageSize: 10 });
    expect(p2.items).toHaveLength(10);
    expect(p2.total).toBeGreaterThan(500);
  });
});

describe('GET /api/v1/agencies/{code}', () => {
  it('answers a province with its kabupaten/kota', async () => {
    const { app } = await setup();
    const jatim = await getJson<{
      name: string;
      kind: string;
      children: { code: string; applications: number }[];
    }>(app, '/api/v1/agencies/35');
    expect(jatim).toMatchObject({ name: 'Provinsi Jawa Timur', kind: 'provinsi' });
    expect(jatim.children.map((c) => c.code)).toEqual(expect.arrayContaining(['35.07', '35.73']));
    expect(jatim.children.find((c) => c.code === '35.07')?.applications).toBe(1);
  });

  it('answers a central agency by code, case-insensitively, counting published applications only', async () => {
    const { app } = await setup();
    const anri = await getJson<{
      code: string;
      applications: number;
      children: unknown[];
      links: Record<string, string>;
    }>(app, '/api/v1/agencies/anri');
    const listed = await getJson<List<AppItem>>(app, '/api/v1/applications?agency=ANRI');
    expect(anri).toMatchObject({ code: 'ANRI', applications: listed.total, children: [] });
    expect(anri.links).toEqual({
      self: '/api/v1/agencies/ANRI',
      html: '/instansi/ANRI',
      applications: '/api/v1/applications?agency=ANRI',
    });
  });

  it('answers 404 for an unknown agency', async () => {
    const { app } = await setup();
    for (const code of ['ZZZ', '99.99']) {
      const res = await app.request(`/api/v1/agencies/${code}`);
      expect(res.status).toBe(404);
      expect((await problemOf(res)).status).toBe(404);
    }
  });
});

describe('GET /api/v1/functions and /functions/{code}', () => {
  type Fn = {
    code: string;
    parent: string;
    sharedField: string | null;
    applications: number;
    sharedApplications: number;
    links: { applications: string };
  };

  it('filters by shared field, parent code and text', async () => {
    const { app } = await setup();
    const archive = await getJson<List<Fn>>(app, '/api/v1/functions?sharedField=kearsipan&pageSize=100');
    expect(archive.total).toBeGreaterThanOrEqual(6);
    expect(archive.items.every((f) => f.sharedField === 'kearsipan')).toBe(true);
    const underParent = await getJson<List<Fn>>(app, '/api/v1/functions?parent=ral.02.06&pageSize=100');
    expect(underParent.total).toBeGreaterThan(0);
    expect(underParent.items.every((f) => f.parent === 'RAL.02.06')).toBe(true);
    const level1 = await getJson<List<Fn>>(app, '/api/v1/functions?parent=RAL.02&pageSize=100');
    expect(level1.total).toBeGreaterThan(underParent.total);
    const found = await getJson<List<Fn>>(app, '/api/v1/functions?q=arsip');
    expect(found.items.map((f) => f.code)).toContain('RAL.02.06.04');
    const all = await getJson<List<Fn>>(app, '/api/v1/functions?pageSize=100&page=2');
    expect(all.total).toBeGreaterThan(150);
  });

  it('answers one function whose counts agree with the application filter', async () => {
    const { app } = await setup();
    const fn = await getJson<Fn>(app, '/api/v1/functions/rab.09.06.01');
    expect(fn).toMatchObject({ code: 'RAB.09.06.01', parent: 'RAB.09.06' });
    const apps = await getJson<List<AppItem>>(app, fn.links.applications);
    expect(fn.applications).toBe(apps.total);
    expect(fn.sharedApplications).toBe(apps.items.filter((a) => a.category === 'umum').length);
    expect(fn.sharedApplications).toBeGreaterThanOrEqual(1);
  });

  it('answers 404 for an unknown function', async () => {
    const { app } = await setup();
    const res = await app.request('/api/v1/functions/RAB.99.99.99');
    expect(res.status).toBe(404);
    await problemOf(res);
  });
});

describe('GET /api/v1/data-entities and /data-entities/{code}', () => {
  type Entity = {
    code: string;
    name: string;
    sensitivity: string;
    personalData: boolean;
    parent: string;
    masterCount: number;
    holders: { role: string; application: { acronym: string | null } }[];
    apis: { name: string; splpPublished: boolean; application: { name: string } }[];
  };

  it('filters by sensitivity, parent code and text', async () => {
    const { app } = await setup();
    const open = await getJson<List<Entity>>(app, '/api/v1/data-entities?sensitivity=terbuka&pageSize=100');
    expect(open.total).toBeGreaterThan(10);
    expect(open.items.every((e) => e.sensitivity === 'terbuka' && typeof e.personalData === 'boolean')).toBe(
      true,
    );
    const asn = await getJson<List<Entity>>(app, '/api/v1/data-entities?parent=RAD.09.06&pageSize=100');
    expect(asn.items.map((e) => e.code)).toContain('RAD.09.06.01');
    expect(asn.items.every((e) => e.parent === 'RAD.09.06')).toBe(true);
    const found = await getJson<List<Entity>>(app, '/api/v1/data-entities?q=kependudukan');
    expect(found.items.map((e) => e.code)).toContain('RAD.03.07.01');
  });

  it('answers who serves a data entity: master holders first, then the APIs exposing it', async () => {
    const { app } = await setup();
    const e = await getJson<Entity>(app, '/api/v1/data-entities/rad.03.07.01');
    expect(e.name).toBe('Data Kependudukan (NIK)');
    expect(e.holders[0]).toMatchObject({ role: 'master', application: { acronym: 'SIAK Terpusat' } });
    expect(e.holders.map((h) => h.role)).toContain('consumer');
    const order = e.holders.map((h) => ['master', 'producer', 'consumer'].indexOf(h.role));
    expect(order).toEqual([...order].sort());
    expect(e.masterCount).toBe(e.holders.filter((h) => h.role === 'master').length);
    expect(e.apis.map((x) => x.name)).toContain('Layanan Verifikasi Data Kependudukan');
  });

  it('leaves unpublished holders and their APIs out', async () => {
    const { app } = await setup();
    const e = await getJson<Entity>(app, '/api/v1/data-entities/RAD.10.02.01');
    expect(e.holders.map((h) => h.application.acronym)).toContain('SRIKANDI');
    expect(e.holders.map((h) => h.application.acronym)).not.toContain('ZIRKON');
    expect(e.apis.map((x) => x.name)).not.toContain('API Zirkon');
    expect(e.masterCount).toBe(e.holders.filter((h) => h.role === 'master').length);
  });

  it('answers 404 for an unknown data entity', async () => {
    const { app } = await setup();
    const res = await app.request('/api/v1/data-entities/RAD.99.99.99');
    expect(res.status).toBe(404);
    await problemOf(res);
  });
});

describe('GET /api/v1/reference/{domain}', () => {
  type Code = { code: string; level: number; parent: string | null; title: string; confidence: string };

  it.each(['RAB', 'RAL', 'RAD', 'RAA', 'RAI', 'RAK'])('answers every %s code in one page', async (domain) => {
    const { app } = await setup();
    const list = await getJson<List<Code>>(app, `/api/v1/reference/${domain.toLowerCase()}`);
    expect(list.total).toBeGreaterThan(0);
    expect(list).toMatchObject({ page: 1, pageSize: list.total });
    expect(list.items).toHaveLength(list.total);
    for (const r of list.items) {
      expect(r.code.startsWith(`${domain}.`)).toBe(true);
      expect(r.parent === null).toBe(r.level === 1);
      if (r.parent) expect(r.code.startsWith(`${r.parent}.`)).toBe(true);
    }
  });

  it('has the nine RAB sectors', async () => {
    const { app } = await setup();
    const rab = await getJson<List<Code>>(app, '/api/v1/reference/RAB');
    expect(rab.items.filter((r) => r.level === 1)).toHaveLength(9);
    expect(rab.items.map((r) => r.code)).toContain('RAB.09.06');
  });
});

describe('the API as a whole', () => {
  it('answers an unknown path under /api with 404 problem+json', async () => {
    const { app } = await setup();
    for (const path of ['/api/v1/nothing-here', '/api/v1/applications/1/nothing', '/api/v2/applications']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      await problemOf(res);
    }
  });

  it('is read-only to the public: writes need a token, other methods are not found, never a server error', async () => {
    const { app } = await setup();
    const post = await app.request('/api/v1/applications', { method: 'POST', body: '{}' });
    expect(post.status).toBe(401);
    expect(post.headers.get('www-authenticate')).toContain('Bearer');
    await problemOf(post);
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const res = await app.request('/api/v1/applications', { method });
      expect(res.status, method).toBe(404);
      await problemOf(res);
    }
  });

  it('answers a CORS preflight from any origin for reads', async () => {
    const { app } = await setup();
    const res = await app.request('/api/v1/applications?q=siasn', {
      method: 'OPTIONS',
      headers: { Origin: 'https://data.example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('answers HEAD like GET, with the caching headers', async () => {
    const { app } = await setup();
    const res = await app.request('/api/v1/functions', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(await res.text()).toBe('');
  });
});

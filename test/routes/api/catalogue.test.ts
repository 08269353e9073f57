import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/app';

type List<T = Record<string, unknown>> = { items: T[]; total: number; page: number; pageSize: number };

async function json<T>(res: Response): Promise<T> {
  expect(res.headers.get('content-type')).toContain('application/json');
  return (await res.json()) as T;
}

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return (await res.json()) as {
    type: string;
    title: string;
    status: number;
    errors?: { field: string; message: string }[];
  };
}

describe('GET /api/v1/applications', () => {
  it('lists published applications in the list envelope', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/api/v1/applications?pageSize=5');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body =
      await json<List<{ id: number; name: string; agency: { code: string }; links: { self: string } }>>(res);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(5);
    expect(body.items).toHaveLength(5);
    expect(body.total).toBeGreaterThanOrEqual(20);
    expect(body.items[0]!.links.self).toBe(`/api/v1/applications/${body.items[0]!.id}`);
  });

  it('filters shared applications and searches them', async () => {
    const { app } = await createTestApp();
    const shared = await json<List<{ acronym: string; category: string }>>(
      await app.request('/api/v1/applications?category=umum&pageSize=100'),
    );
    const acronyms = shared.items.map((i) => i.acronym);
    expect(acronyms).toEqual(expect.arrayContaining(['SRIKANDI', 'SIASN', 'SPSE', 'SP4N-LAPOR!']));
    expect(shared.items.every((i) => i.category === 'umum')).toBe(true);
    const found = await json<List<{ acronym: string }>>(await app.request('/api/v1/applications?q=srikandi'));
    expect(found.items[0]!.acronym).toBe('SRIKANDI');
    const byAgency = await json<List<{ acronym: string }>>(
      await app.request('/api/v1/applications?agency=anri'),
    );
    expect(byAgency.items.map((i) => i.acronym)).toContain('SRIKANDI');
  });

  it('pages through results consistently', async () => {
    const { app } = await createTestApp();
    const p1 = await json<List<{ id: number }>>(await app.request('/api/v1/applications?pageSize=10&page=1'));
    const p2 = await json<List<{ id: number }>>(await app.request('/api/v1/applications?pageSize=10&page=2'));
    expect(p2.page).toBe(2);
    expect(p1.total).toBe(p2.total);
    const ids = new Set([...p1.items, ...p2.items].map((i) => i.id));
    expect(ids.size).toBe(p1.items.length + p2.items.length);
  });

  it.each([
    ['page=-1', 'page'],
    ['page=0', 'page'],
    ['page=1.5', 'page'],
    ['pageSize=100000', 'pageSize'],
    ['category=foo', 'category'],
    ['agency=%25%25%25', 'agency'],
    ['agency=ZZZ', 'agency'],
    ['agencyKind=desa', 'agencyKind'],
    ['province=ab', 'province'],
    ['sector=RAB.9', 'sector'],
    ['function=RAB.99.99.99', 'function'],
    ['function=x', 'function'],
    ['status=draft', 'status'],
    ['sort=random', 'sort'],
    [`q=${'a'.repeat(201)}`, 'q'],
  ])('answers %s with 400 problem+json naming %s', async (query, field) => {
    const { app } = await createTestApp();
    const res = await app.request(`/api/v1/applications?${query}`);
    expect(res.status).toBe(400);
    const p = await problem(res);
    expect(p.status).toBe(400);
    expect(p.errors?.map((e) => e.field)).toContain(field);
  });
});

describe('GET /api/v1/applications/{id}', () => {
  it('returns an application with functions, data entities and APIs', async () => {
    const { app } = await createTestApp();
    const list = await json<List<{ id: number }>>(await app.request('/api/v1/applications?q=siasn'));
    const res = await app.request(`/api/v1/applications/${list.items[0]!.id}`);
    expect(res.status).toBe(200);
    const a = await json<{
      acronym: string;
      agency: { code: string };
      functions: { code: string }[];
      dataEntities: { code: string; role: string; personalData: boolean }[];
      apis: { name: string; splpPublished: boolean; operations: number }[];
    }>(res);
    expect(a.acronym).toBe('SIASN');
    expect(a.agency.code).toBe('BKN');
    expect(a.functions.length).toBeGreaterThan(3);
    expect(a.dataEntities).toContainEqual(
      expect.objectContaining({ code: 'RAD.09.06.01', role: 'master', personalData: true }),
    );
    expect(a.apis[0]).toMatchObject({ name: 'API SIASN', splpPublished: true });
    expect(a.apis[0]!.operations).toBeGreaterThan(0);
  });

  it('answers 404 problem+json for a missing application and 400 for a bad id', async () => {
    const { app } = await createTestApp();
    const missing = await app.request('/api/v1/applications/999999');
    expect(missing.status).toBe(404);
    expect((await problem(missing)).status).toBe(404);
    const bad = await app.request('/api/v1/applications/abc');
    expect(bad.status).toBe(400);
    expect((await problem(bad)).errors?.[0]?.field).toBeDefined();
  });
});

describe('agencies, functions, data entities and reference codes', () => {
  it('lists provinces and opens one with its kabupaten/kota', async () => {
    const { app } = await createTestApp();
    const list = await json<List<{ code: string; kind: string }>>(
      await app.request('/api/v1/agencies?kind=provinsi&pageSize=100'),
    );
    expect(list.total).toBe(38);
    expect(list.items.every((a) => a.kind === 'provinsi')).toBe(true);
    const jatim = await json<{ name: string; children: { code: string }[] }>(
      await app.request('/api/v1/agencies/35'),
    );
    expect(jatim.name).toBe('Provinsi Jawa Timur');
    expect(jatim.children.map((c) => c.code)).toEqual(expect.arrayContaining(['35.07', '35.73']));
    expect((await app.request('/api/v1/agencies/99.99')).status).toBe(404);
    expect((await app.request('/api/v1/agencies?kind=planet')).status).toBe(400);
  });

  it('serves the function catalogue with shared-field filter', async () => {
    const { app } = await createTestApp();
    const list = await json<List<{ code: string; sharedField: string }>>(
      await app.request('/api/v1/functions?sharedField=kearsipan&pageSize=100'),
    );
    expect(list.total).toBeGreaterThanOrEqual(6);
    expect(list.items.every((f) => f.sharedField === 'kearsipan')).toBe(true);
    const one = await json<{ code: string; sharedApplications: number }>(
      await app.request(`/api/v1/functions/${list.items[0]!.code}`),
    );
    expect(one.sharedApplications).toBeGreaterThanOrEqual(1);
    expect((await app.request('/api/v1/functions/RAB.99.99.99')).status).toBe(404);
    expect((await app.request('/api/v1/functions?sharedField=x')).status).toBe(400);
  });

  it('answers who serves a data entity, masters first', async () => {
    const { app } = await createTestApp();
    const e = await json<{
      name: string;
      holders: { role: string; application: { acronym: string } }[];
      exposedBy: { name: string }[];
    }>(await app.request('/api/v1/data-entities/RAD.03.07.01'));
    expect(e.name).toBe('Data Kependudukan (NIK)');
    expect(e.holders[0]).toMatchObject({ role: 'master', application: { acronym: 'SIAK Terpusat' } });
    expect(e.exposedBy.map((x) => x.name)).toContain('Layanan Verifikasi Data Kependudukan');
    const list = await json<List>(await app.request('/api/v1/data-entities?sensitivity=terbuka'));
    expect(list.total).toBeGreaterThan(10);
  });

  it('serves each reference domain, case-insensitively', async () => {
    const { app } = await createTestApp();
    const rab = await json<List<{ code: string; level: number; confidence: string }>>(
      await app.request('/api/v1/reference/rab'),
    );
    expect(rab.items.filter((r) => r.level === 1)).toHaveLength(9);
    expect(rab.items.map((r) => r.code)).toContain('RAB.09.06');
    const bad = await app.request('/api/v1/reference/XYZ');
    expect(bad.status).toBe(400);
    expect((await problem(bad)).errors?.[0]?.field).toBe('domain');
  });

  it('answers an unknown API path with 404 problem+json', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    await problem(res);
  });
});

import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';

type Problem = {
  type: string;
  title: string;
  status: number;
  instance: string;
  errors?: { field: string; message: string }[];
};

async function expectProblem(path: string, status: 400 | 404): Promise<Problem> {
  const { app } = await createTestApp();
  const res = await app.request(path);
  expect(res.status, `${path} answered ${res.status}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('cache-control') ?? '').not.toContain('public');
  const body = (await res.json()) as Problem;
  expect(body.status).toBe(status);
  expect(body.title).toBeTruthy();
  return body;
}

const long = 'a'.repeat(201);

describe('bad query parameters answer 400 problem+json naming the field', () => {
  it.each([
    // applications: paging
    ['/api/v1/applications?page=-1', 'page'],
    ['/api/v1/applications?page=0', 'page'],
    ['/api/v1/applications?page=1.5', 'page'],
    ['/api/v1/applications?page=abc', 'page'],
    ['/api/v1/applications?page=10001', 'page'],
    ['/api/v1/applications?page=99999999999999999999', 'page'],
    ['/api/v1/applications?pageSize=0', 'pageSize'],
    ['/api/v1/applications?pageSize=101', 'pageSize'],
    ['/api/v1/applications?pageSize=100000', 'pageSize'],
    ['/api/v1/applications?pageSize=-5', 'pageSize'],
    // applications: filters
    ['/api/v1/applications?category=foo', 'category'],
    ['/api/v1/applications?category=UMUM', 'category'],
    ['/api/v1/applications?category=umum&category=foo', 'category'],
    ['/api/v1/applications?agency=%%%', 'agency'],
    ['/api/v1/applications?agency=%25%25%25', 'agency'],
    ['/api/v1/applications?agency=ZZZ', 'agency'],
    ['/api/v1/applications?agency=99.99', 'agency'],
    ['/api/v1/applications?agency=35.7', 'agency'],
    ['/api/v1/applications?agencyKind=desa', 'agencyKind'],
    ['/api/v1/applications?province=ab', 'province'],
    ['/api/v1/applications?province=351', 'province'],
    ['/api/v1/applications?status=draft', 'status'],
    ['/api/v1/applications?status=proposed', 'status'],
    ['/api/v1/applications?sector=RAB.9', 'sector'],
    ['/api/v1/applications?sector=RAL.01', 'sector'],
    ['/api/v1/applications?sector=RAB.99', 'sector'],
    ['/api/v1/applications?function=x', 'function'],
    ['/api/v1/applications?function=RAB.09.06', 'function'],
    ['/api/v1/applications?function=RAB.99.99.99', 'function'],
    ['/api/v1/applications?sort=random', 'sort'],
    [`/api/v1/applications?q=${long}`, 'q'],
    // agencies
    ['/api/v1/agencies?kind=planet', 'kind'],
    ['/api/v1/agencies?province=x', 'province'],
    ['/api/v1/agencies?page=0', 'page'],
    ['/api/v1/agencies?pageSize=101', 'pageSize'],
    [`/api/v1/agencies?q=${long}`, 'q'],
    // functions
    ['/api/v1/functions?sharedField=x', 'sharedField'],
    ['/api/v1/functions?parent=RAD.01', 'parent'],
    ['/api/v1/functions?parent=RAB.99', 'parent'],
    ['/api/v1/functions?parent=RAB.09.06.01', 'parent'],
    ['/api/v1/functions?pageSize=1000', 'pageSize'],
    // data entities
    ['/api/v1/data-entities?sensitivity=rahasia', 'sensitivity'],
    ['/api/v1/data-entities?parent=RAB.01', 'parent'],
    ['/api/v1/data-entities?parent=RAD.99', 'parent'],
    ['/api/v1/data-entities?page=-1', 'page'],
  ])('%s → 400 naming %s', async (path, field) => {
    const p = await expectProblem(path, 400);
    expect(p.type).toBe('/problems/invalid-input');
    expect(p.errors?.map((e) => e.field)).toContain(field);
    expect(p.errors?.every((e) => e.message.length > 0)).toBe(true);
  });

  it('names every bad field at once', async () => {
    const p = await expectProblem('/api/v1/applications?page=0&pageSize=0&category=x', 400);
    expect(p.errors?.map((e) => e.field).sort()).toEqual(['category', 'page', 'pageSize']);
  });
});

describe('bad path parameters answer 400 problem+json naming the parameter', () => {
  it.each([
    ['/api/v1/applications/abc', 'id'],
    ['/api/v1/applications/-1', 'id'],
    ['/api/v1/applications/1.5', 'id'],
    ['/api/v1/applications/1e3', 'id'],
    ['/api/v1/applications/9999999999999', 'id'],
    ['/api/v1/applications/%', 'id'],
    ['/api/v1/agencies/%%%', 'code'],
    ['/api/v1/agencies/A', 'code'],
    ['/api/v1/agencies/35.7', 'code'],
    ['/api/v1/functions/x', 'code'],
    ['/api/v1/functions/RAB.09.06', 'code'],
    ['/api/v1/data-entities/RAB.09.06.01', 'code'],
    ['/api/v1/data-entities/x', 'code'],
    ['/api/v1/reference/XYZ', 'domain'],
    ['/api/v1/reference/RA', 'domain'],
  ])('%s → 400 naming %s', async (path, field) => {
    const p = await expectProblem(path, 400);
    expect(p.errors?.map((e) => e.field)).toEqual([field]);
  });
});

describe('unknown resources answer 404 problem+json', () => {
  it.each([
    '/api/v1/applications/999999',
    '/api/v1/applications/0',
    '/api/v1/agencies/ZZZ',
    '/api/v1/agencies/99.99',
    '/api/v1/functions/RAB.99.99.99',
    '/api/v1/data-entities/RAD.99.99.99',
  ])('%s → 404', async (path) => {
    const p = await expectProblem(path, 404);
    expect(p.type).toBe('/problems/not-found');
    expect(p.instance).toBe(new URL(path, 'http://x').pathname);
  });
});

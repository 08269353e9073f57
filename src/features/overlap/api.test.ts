import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';

const post = (app: Awaited<ReturnType<typeof createTestApp>>['app'], body: string) =>
  app.request('/api/v1/overlap', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });

type Report = {
  sharedCoverage: number;
  shared: {
    application: { acronym: string; scope: string };
    flagged: boolean;
    coveredFunctions: { code: string }[];
  }[];
  inferredFunctions: { code: string }[];
  matches: {
    application: { acronym: string; category: string };
    score: number;
    flagged: boolean;
    evidence: { terms: string[] };
  }[];
};

describe('POST /api/v1/overlap', () => {
  it('answers the contract of DESIGN.md: shared coverage and ranked matches with evidence', async () => {
    const { app } = await createTestApp();
    const res = await post(
      app,
      JSON.stringify({
        name: 'Aplikasi e-Office Kota Batu',
        description: 'Naskah dinas elektronik, disposisi surat masuk dan tanda tangan elektronik pejabat.',
      }),
    );
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.sharedCoverage).toBeGreaterThan(0);
    expect(report.sharedCoverage).toBeLessThanOrEqual(1);
    // In the order a reviewer reads it.
    expect(Object.keys(report)).toEqual([
      'sharedCoverage',
      'shared',
      'clusters',
      'matches',
      'inferredFunctions',
    ]);
    expect(report.shared[0]!.application.acronym).toBe('SRIKANDI');
    expect(report.shared[0]!.application.scope).toBe('national');
    expect(report.shared[0]!.flagged).toBe(true);
    expect(report.shared[0]!.coveredFunctions.map((f) => f.code)).toContain('RAL.02.06.02');
    expect(report.matches[0]!.application.acronym).toBe('SRIKANDI');
    // The proposal's words as typed, not stems.
    expect(report.matches[0]!.evidence.terms).toEqual(
      expect.arrayContaining(['Naskah', 'dinas', 'disposisi']),
    );
    expect(report.inferredFunctions.map((f) => f.code)).toContain('RAL.02.06.02');
    for (let i = 1; i < report.matches.length; i++) {
      expect(report.matches[i - 1]!.score).toBeGreaterThanOrEqual(report.matches[i]!.score);
    }
  });

  it('reports unknown codes by position', async () => {
    const { app } = await createTestApp();
    const res = await post(
      app,
      JSON.stringify({
        name: 'Uji coba',
        functions: ['RAB.09.06.01', 'RAB.09.06.77'],
        dataEntities: ['RAD.01.01.99'],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const p = (await res.json()) as { errors: { field: string }[] };
    expect(p.errors.map((e) => e.field)).toEqual(['functions.1', 'dataEntities.0']);
  });

  it.each([
    ['not JSON', '{name:', 'body'],
    ['an empty proposal', '{}', 'name'],
    ['a name of the wrong type', '{"name": ["x"]}', 'name'],
    ['a malformed function code', '{"name": "Uji", "functions": ["kepegawaian"]}', 'functions.0'],
  ])('refuses %s with 400 naming %s', async (_label, body, field) => {
    const { app } = await createTestApp();
    const res = await post(app, body);
    expect(res.status).toBe(400);
    const p = (await res.json()) as { errors: { field: string }[] };
    expect(p.errors.map((e) => e.field)).toContain(field);
  });

  it('bounds huge descriptions: over 5000 characters is refused, over 64 KiB never read', async () => {
    const { app } = await createTestApp();
    const long = await post(app, JSON.stringify({ name: 'Uji', description: 'kata '.repeat(1100) }));
    expect(long.status).toBe(400);
    const huge = await post(app, JSON.stringify({ name: 'Uji', description: 'x'.repeat(100_000) }));
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toContain('application/problem+json');
  });

  it('lets other origins call it (CORS preflight for POST)', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/api/v1/overlap', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.go.id', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
  });
});

describe('GET /api/v1/applications/{id}/overlap', () => {
  it('finds what an existing application duplicates, without itself', async () => {
    const { app, db } = await createTestApp();
    const row = await db.$client.execute(`select id from applications where acronym = 'SIRUP'`);
    const id = Number(row.rows[0]!.id);
    const res = await app.request(`/api/v1/applications/${id}/overlap`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.matches.map((m) => m.application.acronym)).not.toContain('SIRUP');
    expect(report.matches[0]!.application.acronym).toBe('SPSE');
  });
});

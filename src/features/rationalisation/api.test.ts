import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../seeds/demo';
import { createTestApp } from '../../../test/support/app';
import { runClustering } from './service';

describe('GET /api/v1/stats/rationalisation', () => {
  it('says the picture was never computed before the job runs', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/api/v1/stats/rationalisation');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      computedAt: null,
      clusters: [],
      functions: [],
      agencies: [],
      provinces: [],
    });
    expect(body.sharedCoverage.claim.share).toBe(0.65);
  });

  it('answers the demo catalogue’s clusters, coverage, functions, savings and areas', async () => {
    const { app, db } = await createTestApp();
    await generateDemo(db, { apps: 400, seed: 5 });
    const run = await runClustering(db);
    const res = await app.request('/api/v1/stats/rationalisation');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await res.json();
    expect(body.computedAt).toBe(run.computedAt.toISOString());
    expect(body.sharedCoverage.share).toBeGreaterThan(0);
    expect(body.sharedCoverage.share).toBeCloseTo(
      body.sharedCoverage.covered / body.sharedCoverage.instances,
      2,
    );
    expect(body.clusters.length).toBeGreaterThan(3);
    expect(body.clusters.length).toBeLessThanOrEqual(20);
    const first = body.clusters[0];
    expect(first.applicationIds).toHaveLength(first.size);
    expect(first.links.html).toBe(`/rasionalisasi/klaster/${first.id}`);
    // Every listed application is in the catalogue, and its page answers.
    const app1 = await app.request(`/api/v1/applications/${first.applicationIds[0]}`);
    expect(app1.status).toBe(200);
    expect(body.functions[0].nationals.length).toBeGreaterThan(0);
    expect(body.functions[0].localApplications).toBeGreaterThanOrEqual(body.functions[1].localApplications);
    expect(body.savings.estimatedYearlyCost).toBeGreaterThanOrEqual(body.savings.reportedYearlyCost);
    expect(body.savings.coveredApplications).toBeGreaterThan(0);
    const apps = body.agencies.reduce((s: number, a: { applications: number }) => s + a.applications, 0);
    expect(apps).toBe(body.savings.agencyApplications);
    expect(body.provinces.some((p: { name: string }) => p.name.includes('Jawa'))).toBe(true);
  });

  it('filters clusters by kind and province, and names a bad filter in problem+json', async () => {
    const { app, db } = await createTestApp();
    await generateDemo(db, { apps: 300, seed: 2 });
    await runClustering(db);
    const none = await (await app.request('/api/v1/stats/rationalisation?province=99')).json();
    expect(none.clusters).toEqual([]);
    expect(none.clustersTotal).toBe(0);
    const bad = await app.request('/api/v1/stats/rationalisation?sector=X&kind=desa');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const problem = await bad.json();
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'sector']);
  });
});

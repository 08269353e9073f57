import { describe, expect, it } from 'vitest';
import { sharedAppSeeds } from '../../../seeds/data/shared-apps';
import { generateDemo } from '../../../seeds/demo';
import { createTestApp } from '../../../test/support/app';

type AppItem = { id: number; acronym: string | null; category: string; scope: string };
type List = { items: AppItem[]; total: number };

const NATIONAL_PLATFORMS = ['SIAK Terpusat', 'Dapodik', 'OSS-RBA', 'SATUSEHAT', 'Siskeudes', 'SIKS-NG'];

describe('national services (scope)', () => {
  it('seeds every Aplikasi Umum and every mandated sector platform as national, each platform with its mandate', () => {
    for (const app of sharedAppSeeds) {
      if (app.category === 'umum') expect(app.scope, app.acronym).toBe('national');
      if (app.scope === 'national' && app.category === 'khusus')
        expect(app.mandate ?? '', app.acronym).toMatch(/\b(UU|PP|Perpres|Permen\w*|Kepmen\w*)\b|\[B\]/);
    }
    const national = sharedAppSeeds.filter((a) => a.scope === 'national').map((a) => a.acronym);
    expect(national).toEqual(expect.arrayContaining([...NATIONAL_PLATFORMS, 'SRIKANDI', 'SIASN', 'SPSE']));
  });

  it('answers scope on every application and filters by ?scope=national', async () => {
    const { app, db } = await createTestApp();
    await generateDemo(db, { apps: 60, seed: 3 });
    const all = (await (await app.request('/api/v1/applications?pageSize=100')).json()) as List;
    expect(all.items.length).toBeGreaterThan(0);
    for (const a of all.items) expect(['national', 'agency']).toContain(a.scope);

    const res = await app.request('/api/v1/applications?scope=national&pageSize=100');
    expect(res.status).toBe(200);
    const national = (await res.json()) as List;
    const acronyms = national.items.map((a) => a.acronym);
    expect(acronyms).toEqual(expect.arrayContaining([...NATIONAL_PLATFORMS, 'SRIKANDI', 'SIASN']));
    expect(national.items.every((a) => a.scope === 'national')).toBe(true);
    // Demo data is agency applications only: none of it is national.
    expect(national.total).toBe(sharedAppSeeds.filter((a) => a.scope === 'national').length);

    const siak = national.items.find((a) => a.acronym === 'SIAK Terpusat')!;
    const detail = (await (await app.request(`/api/v1/applications/${siak.id}`)).json()) as AppItem & {
      sourceNote: string;
    };
    expect(detail.scope).toBe('national');
    expect(detail.category).toBe('khusus');
    expect(detail.sourceNote).toContain('UU 24/2013');
  });

  it('rejects an unknown scope with a problem naming the field', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/api/v1/applications?scope=nasional');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(await res.json())).toContain('scope');
  });

  it('shows both groups of national services on /aplikasi-umum', async () => {
    const { app } = await createTestApp();
    const body = await (await app.request('/aplikasi-umum')).text();
    const sector = body.indexOf('id="sector"');
    expect(sector).toBeGreaterThan(body.indexOf('SRIKANDI'));
    for (const acronym of NATIONAL_PLATFORMS)
      expect(body.indexOf(acronym, sector), acronym).toBeGreaterThan(sector);
  });
});

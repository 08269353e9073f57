import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { addSearchFixtures } from '../../../test/support/search';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number; capped: boolean };
type Result = {
  type: string;
  id: number;
  code: string | null;
  title: string;
  subtitle: string | null;
  titleHtml: string;
  snippetHtml: string;
  agency: { code: string; name: string } | null;
  links: { html: string };
};
type Facet = { value: string; label: string | null; count: number };
type ApiItem = {
  id: number;
  name: string;
  version: string;
  protocol: string;
  access: string;
  auth: string;
  splpPublished: boolean;
  baseUrl: string | null;
  application: { id: number; name: string; acronym: string | null };
  agency: { code: string; name: string };
  links: { html: string };
};

async function setup() {
  const t = await createTestApp();
  return { ...t, ...(await addSearchFixtures(t.db)) };
}

async function getJson<T>(app: { request(path: string): Response | Promise<Response> }, path: string) {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  return (await res.json()) as T;
}

describe('GET /api/v1/search', () => {
  it('answers the list envelope with facet counts', async () => {
    const { app } = await setup();
    const r = await getJson<Page<Result> & { facets: Record<string, Facet[]> }>(
      app,
      '/api/v1/search?q=pegawai&pageSize=5&page=2',
    );
    expect(r).toMatchObject({ page: 2, pageSize: 5, capped: false });
    expect(r.items).toHaveLength(5);
    expect(r.total).toBeGreaterThan(10);
    expect(Object.keys(r.facets).sort()).toEqual(
      [
        'access',
        'agency',
        'agencyKind',
        'dataEntity',
        'function',
        'protocol',
        'splp',
        'status',
        'type',
      ].sort(),
    );
  });

  it('puts the exact acronym first and links every kind to its page', async () => {
    const { app } = await setup();
    const r = await getJson<Page<Result>>(app, '/api/v1/search?q=siasn');
    expect(r.items[0]).toMatchObject({
      type: 'application',
      title: 'Sistem Informasi Aparatur Sipil Negara',
    });
    expect(r.items[0]!.links.html).toMatch(/^\/aplikasi\/\d+$/);
    const api = r.items.find((i) => i.type === 'api')!;
    expect(api.links.html).toBe(`/katalog-api/${api.id}`);
    const fn = await getJson<Page<Result>>(app, '/api/v1/search?q=RAB.09.06.03');
    expect(fn.items[0]).toMatchObject({
      type: 'function',
      code: 'RAB.09.06.03',
      links: { html: '/fungsi/RAB.09.06.03' },
    });
  });

  it('returns highlights as escaped HTML with <mark> only', async () => {
    const { app, markup } = await setup();
    const r = await getJson<Page<Result>>(app, '/api/v1/search?q=zebra');
    const hit = r.items.find((i) => i.id === markup && i.type === 'application')!;
    expect(hit.title).toBe('Portal <script>alert(1)</script> Zebra');
    expect(hit.titleHtml).toBe('Portal &lt;script&gt;alert(1)&lt;/script&gt; <mark>Zebra</mark>');
    expect(hit.snippetHtml).toBe(
      'Uji &lt;b&gt;tebal&lt;/b&gt; &amp; &quot;kutip&quot; untuk <mark>Zebra</mark>.',
    );
  });

  it('never returns drafts or their APIs', async () => {
    const { app } = await setup();
    for (const q of ['kuda laut', 'KUDALAUT']) {
      const r = await getJson<Page<Result>>(app, `/api/v1/search?q=${encodeURIComponent(q)}`);
      expect(r.items, q).toEqual([]);
      expect(r.total).toBe(0);
    }
  });

  it.each([
    ['agency=ZZZ', ['agency']],
    ['agency=ZZZ&function=RAB.99.99.99', ['agency', 'function']],
    ['dataEntity=RAD.99.99.99', ['dataEntity']],
    ['protocol=ftp', ['protocol']],
    ['splp=maybe', ['splp']],
    ['status=draft', ['status']],
    ['type=planet', ['type']],
    ['pageSize=1000', ['pageSize']],
  ])('answers %s with 400 problem+json naming the field', async (query, fields) => {
    const { app } = await setup();
    const res = await app.request(`/api/v1/search?q=pegawai&${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { status: number; errors: { field: string }[] };
    expect(body.status).toBe(400);
    expect(body.errors.map((e) => e.field)).toEqual(fields);
  });
});

describe('GET /api/v1/search: the reusable source first', () => {
  it('puts the national service first for the words agencies use, and names no unrelated one', async () => {
    const { app } = await setup();
    const surat = await getJson<Page<Result> & { correctedQuery: string | null }>(
      app,
      '/api/v1/search?q=surat',
    );
    expect(surat.items[0]).toMatchObject({ type: 'application', subtitle: 'SRIKANDI' });
    expect(surat.correctedQuery).toBeNull();
    expect(surat.items.some((i) => i.subtitle === 'SIASN')).toBe(false);
    const pegawai = await getJson<Page<Result>>(app, '/api/v1/search?q=data%20pegawai');
    expect(pegawai.items[0]).toMatchObject({ type: 'application', subtitle: 'SIASN' });
  });

  it('answers a mistyped query with the corrected one, and says so', async () => {
    const { app } = await setup();
    const r = await getJson<Page<Result> & { correctedQuery: string | null }>(
      app,
      '/api/v1/search?q=srikandy',
    );
    expect(r.correctedQuery).toBe('srikandi');
    expect(r.items[0]).toMatchObject({ type: 'application', subtitle: 'SRIKANDI' });
    const apis = await getJson<Page<ApiItem> & { correctedQuery: string | null }>(
      app,
      '/api/v1/apis?q=kepegawain',
    );
    expect(apis.correctedQuery).toBe('kepegawaian');
    expect(apis.items[0]).toMatchObject({ name: 'API SIASN' });
    const nothing = await getJson<Page<Result> & { correctedQuery: string | null }>(
      app,
      '/api/v1/search?q=qwertyuiop',
    );
    expect(nothing).toMatchObject({ total: 0, items: [], correctedQuery: null });
  });
});

describe('GET /api/v1/apis', () => {
  it('lists the APIs of published applications with their owner and a link to the API page', async () => {
    const { app, draftApi, malangApi } = await setup();
    const r = await getJson<Page<ApiItem>>(app, '/api/v1/apis?pageSize=100');
    expect(r.items.map((i) => i.id)).not.toContain(draftApi);
    const malang = r.items.find((i) => i.id === malangApi)!;
    expect(malang).toMatchObject({
      name: 'Layanan Data Pegawai Malang',
      version: '1',
      protocol: 'soap',
      access: 'publik',
      auth: 'api_key',
      splpPublished: false,
      baseUrl: null,
      application: { name: 'Sistem Informasi Pegawai Malang', acronym: 'SIPEGMA' },
      agency: { code: '35.07' },
      links: { html: `/katalog-api/${malangApi}` },
    });
  });

  it('searches with facets', async () => {
    const { app, malangApi, englishApi } = await setup();
    const soap = await getJson<Page<ApiItem>>(app, '/api/v1/apis?q=pegawai&protocol=soap&access=publik');
    expect(soap.items.map((i) => i.id)).toEqual([malangApi]);
    const splp = await getJson<Page<ApiItem>>(app, '/api/v1/apis?q=personnel&splp=true');
    expect(splp.items.map((i) => i.id)).toContain(englishApi);
    expect(splp.items.every((i) => i.splpPublished)).toBe(true);
    const entity = await getJson<Page<ApiItem>>(app, '/api/v1/apis?dataEntity=RAD.09.06.01&agency=35.07');
    expect(entity.items.map((i) => i.id)).toEqual([malangApi]);
  });

  it('reports unknown codes by field', async () => {
    const { app } = await setup();
    const res = await app.request('/api/v1/apis?agency=ZZZ&dataEntity=RAD.99.99.99');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { field: string }[] };
    expect(body.errors.map((e) => e.field)).toEqual(['agency', 'dataEntity']);
  });
});

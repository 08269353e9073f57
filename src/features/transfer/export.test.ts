import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { createTestApp } from '../../../test/support/app';
import { addPublicationFixtures } from '../../../test/support/publication';
import { setApplicationDescriptionAndUnit } from '../../../test/support/repo';
import { sitemap } from './descriptors-service';

async function setup() {
  const t = await createTestApp();
  const ids = await addPublicationFixtures(t.db);
  return { ...t, ...ids };
}

type Record = {
  id: number;
  name: string;
  status: string;
  agency: { code: string };
  functions: { code: string }[];
  dataEntities: { code: string; role: string }[];
  apis: { name: string }[];
  consumedApis: number[];
  relations: { kind: string; application: number }[];
};

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record);

/** RFC 4180 cells of a CSV text (no library: the test reads what a spreadsheet would). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('bulk export', () => {
  it('streams every published application with its functions, data entities, APIs and relations as NDJSON, never a draft', async () => {
    const { app, regionalId, draftId } = await setup();
    const res = await app.request('/api/v1/export/applications.ndjson');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const records = lines(await res.text());
    const list = (await (await app.request('/api/v1/applications?pageSize=1')).json()) as { total: number };
    expect(records).toHaveLength(list.total);
    expect(records.map((r) => r.id)).not.toContain(draftId);
    expect(records.every((r) => ['approved', 'active', 'retired'].includes(r.status))).toBe(true);
    const regional = records.find((r) => r.id === regionalId)!;
    expect(regional.functions.map((f) => f.code)).toEqual(['RAB.09.06.01', 'RAB.09.06.03']);
    expect(regional.relations.length).toBeGreaterThan(0);
    expect(regional.consumedApis.length).toBeGreaterThan(0);
    const siasn = records.find((r) => r.name.includes('SIASN') || r.apis.some((a) => a.name === 'API SIASN'));
    expect(siasn?.apis.map((a) => a.name)).toContain('API SIASN');
  });

  it('applies the list API filters and answers 400 naming an unknown one', async () => {
    const { app } = await setup();
    const records = lines(
      await (await app.request('/api/v1/export/applications.ndjson?agency=35.07')).text(),
    );
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.agency.code === '35.07')).toBe(true);
    const umum = lines(await (await app.request('/api/v1/export/applications.ndjson?category=umum')).text());
    const listed = (await (await app.request('/api/v1/applications?category=umum&pageSize=1')).json()) as {
      total: number;
    };
    expect(umum).toHaveLength(listed.total);
    const bad = await app.request('/api/v1/export/applications.csv?agency=99.99');
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(['agency']);
  });

  it('writes CSV as UTF-8 with a BOM, one row per application, formula-like cells neutralised', async () => {
    const { app, db, regionalId } = await setup();
    await setApplicationDescriptionAndUnit(db, regionalId, '=HYPERLINK("http://x","klik")', '@SUM(A1)');
    const res = await app.request('/api/v1/export/applications.csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(new TextDecoder().decode(bytes.slice(3)));
    const header = rows[0]!;
    expect(header.slice(0, 3)).toEqual(['id', 'agency', 'name']);
    const row = rows.find((r) => r[0] === String(regionalId))!;
    expect(row[header.indexOf('description')]).toBe('\'=HYPERLINK("http://x","klik")');
    expect(row[header.indexOf('unit')]).toBe("'@SUM(A1)");
    expect(row[header.indexOf('functions')]).toBe('RAB.09.06.01;RAB.09.06.03');
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+@]/);
  });

  it('exports APIs and agencies in both formats', async () => {
    const { app } = await setup();
    const apis = lines(await (await app.request('/api/v1/export/apis.ndjson')).text()) as unknown as {
      name: string;
    }[];
    expect(apis.map((a) => a.name)).toContain('API SIASN');
    expect(apis.map((a) => a.name)).not.toContain('API Zirkon');
    const agencies = csvRows(await (await app.request('/api/v1/export/agencies.csv')).text());
    expect(agencies[0]).toEqual([
      'code',
      'name',
      'shortName',
      'kind',
      'parent',
      'province',
      'website',
      'applications',
    ]);
    expect(agencies.some((r) => r[0] === '35.07' && r[3] === 'kabupaten')).toBe(true);
  });

  it('gives one application as publiccode.yml and as a multi-document catalog-info.yaml; a draft stays hidden', async () => {
    const { app, regionalId, draftId } = await setup();
    const pc = await app.request(`/api/v1/applications/${regionalId}/publiccode.yml`);
    expect(pc.status).toBe(200);
    expect(pc.headers.get('content-type')).toMatch(/^application\/yaml/);
    const doc = parseYaml(await pc.text());
    expect(doc.publiccodeYmlVersion).toBe('0.4');
    expect(doc.name).toBe('Sistem Kepegawaian Kabupaten Malang');
    expect(doc['x-katalog'].functions).toEqual(['RAB.09.06.01', 'RAB.09.06.03']);
    const ci = await app.request(`/api/v1/applications/${regionalId}/catalog-info.yaml`);
    const docs = parseAllDocuments(await ci.text()).map((d) => d.toJS());
    expect(docs.map((d) => d.kind).slice(0, 2)).toEqual(['System', 'Component']);
    expect(docs[1].metadata.annotations['katalog.spbe.go.id/agency']).toBe('35.07');
    expect((await app.request(`/api/v1/applications/${draftId}/publiccode.yml`)).status).toBe(404);
  });
});

describe('open-data descriptors', () => {
  it('describes the exports as DCAT-AP datasets in JSON-LD', async () => {
    const { app } = await setup();
    const res = await app.request('/api/v1/dcat');
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const cat = (await res.json()) as {
      '@type': string;
      'dcat:dataset': {
        'dct:identifier': string;
        'dcat:distribution': { 'dcat:downloadURL': { '@id': string } }[];
      }[];
    };
    expect(cat['@type']).toBe('dcat:Catalog');
    expect(cat['dcat:dataset'].map((d) => d['dct:identifier'])).toEqual(['applications', 'apis', 'agencies']);
    const urls = cat['dcat:dataset'].flatMap((d) =>
      d['dcat:distribution'].map((x) => x['dcat:downloadURL']['@id']),
    );
    for (const url of urls) expect((await app.request(new URL(url).pathname)).status).toBe(200);
  });

  it('lists public pages in sitemap.xml, never a draft, and points robots.txt at it', async () => {
    const { app, regionalId, draftId } = await setup();
    const xml = await (await app.request('/sitemap.xml')).text();
    expect(xml).toContain('<urlset');
    expect(xml).toContain(`/aplikasi/${regionalId}</loc>`);
    expect(xml).not.toContain(`/aplikasi/${draftId}</loc>`);
    expect(xml).toContain('/instansi/35.07</loc>');
    const robots = await (await app.request('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: http.*\/sitemap\.xml$/m);
    expect(robots).toContain('Disallow: /impor');
  });

  it('splits a sitemap past its limit into an index of parts that together list every URL once', async () => {
    const { db } = await setup();
    const read = async (g: AsyncGenerator<string> | null) => {
      let s = '';
      for await (const chunk of g!) s += chunk;
      return s;
    };
    const whole = await read(await sitemap(db, 'https://k.test'));
    const all = [...whole.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const limit = Math.ceil(all.length / 3);
    const index = await read(await sitemap(db, 'https://k.test', undefined, limit));
    expect(index).toContain('<sitemapindex');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(parts).toEqual([
      'https://k.test/sitemap-1.xml',
      'https://k.test/sitemap-2.xml',
      'https://k.test/sitemap-3.xml',
    ]);
    const fromParts: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const part = await read(await sitemap(db, 'https://k.test', n, limit));
      fromParts.push(...[...part.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    }
    expect(fromParts).toEqual(all);
    expect(await sitemap(db, 'https://k.test', 4, limit)).toBeNull();
  });

  it('links the exports from the home page', async () => {
    const { app } = await setup();
    const html = await (await app.request('/')).text();
    expect(html).toContain('href="/api/v1/export/applications.csv"');
    expect(html).toContain('href="/api/v1/dcat"');
    expect(html).toContain('Data terbuka');
  });
});

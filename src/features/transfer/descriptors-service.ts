import type { Db } from '../../../db/client';
import { PUBLIC_STATUSES } from '../../../db/schema/applications';
import { type MessageKey, translator } from '../../kernel/i18n';
import * as repo from './repo';

/**
 * The open-data descriptors: a DCAT-AP catalogue of the exports, the sitemap of public pages and
 * robots.txt. Read-only, public, and built from counts and codes (never the catalogue itself).
 */

/** A sitemap may list 50,000 URLs (sitemaps.org); past that, an index names several. */
export const SITEMAP_LIMIT = 50_000;

/** Pages every visitor may open, besides one per application, agency, function and data entity. */
const STATIC_PAGES = [
  '/',
  '/aplikasi',
  '/aplikasi-umum',
  '/instansi',
  '/fungsi',
  '/data',
  '/referensi',
  '/keputusan',
  '/cari',
];

/** One distribution of a dataset: a downloadable file of this site. */
interface Distribution {
  path: string;
  mediaType: string;
  format: string;
}

const DATASETS: {
  id: string;
  title: MessageKey;
  description: MessageKey;
  keywords: string[];
  files: Distribution[];
}[] = [
  {
    id: 'applications',
    title: 'transfer.dcat.applications',
    description: 'transfer.dcat.applicationsText',
    keywords: ['SPBE', 'aplikasi', 'applications'],
    files: [
      { path: '/api/v1/export/applications.ndjson', mediaType: 'application/x-ndjson', format: 'NDJSON' },
      { path: '/api/v1/export/applications.csv', mediaType: 'text/csv', format: 'CSV' },
    ],
  },
  {
    id: 'apis',
    title: 'transfer.dcat.apis',
    description: 'transfer.dcat.apisText',
    keywords: ['SPBE', 'API', 'SPLP'],
    files: [
      { path: '/api/v1/export/apis.ndjson', mediaType: 'application/x-ndjson', format: 'NDJSON' },
      { path: '/api/v1/export/apis.csv', mediaType: 'text/csv', format: 'CSV' },
    ],
  },
  {
    id: 'agencies',
    title: 'transfer.dcat.agencies',
    description: 'transfer.dcat.agenciesText',
    keywords: ['SPBE', 'instansi', 'agencies'],
    files: [
      { path: '/api/v1/export/agencies.ndjson', mediaType: 'application/x-ndjson', format: 'NDJSON' },
      { path: '/api/v1/export/agencies.csv', mediaType: 'text/csv', format: 'CSV' },
    ],
  },
];

const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

/** Text in both languages as JSON-LD language-tagged literals (DCAT-AP asks for them). */
const both = (key: MessageKey) => [
  { '@value': translator('id')(key), '@language': 'id' },
  { '@value': translator('en')(key), '@language': 'en' },
];

/** The DCAT-AP 3 catalogue of the exports, as JSON-LD. */
export async function dcatCatalogue(db: Db, siteUrl: string) {
  const counts = await repo.publicCounts(db, PUBLIC_STATUSES);
  const modified = new Date(counts.lastUpdate ?? 0).toISOString();
  const sizes: Record<string, number> = {
    applications: counts.applications,
    apis: counts.apis,
    agencies: counts.agencies,
  };
  const publisher = {
    '@type': 'foaf:Agent',
    'foaf:name': 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    'foaf:homepage': { '@id': 'https://www.menpan.go.id' },
  };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      'dct:modified': { '@type': 'xsd:dateTime' },
    },
    '@id': `${siteUrl}/api/v1/dcat`,
    '@type': 'dcat:Catalog',
    'dct:title': both('transfer.dcat.title'),
    'dct:description': both('transfer.dcat.description'),
    'dct:publisher': publisher,
    'dct:language': [
      { '@id': 'http://publications.europa.eu/resource/authority/language/IND' },
      { '@id': 'http://publications.europa.eu/resource/authority/language/ENG' },
    ],
    'dct:license': { '@id': LICENSE },
    'dct:modified': modified,
    'foaf:homepage': { '@id': `${siteUrl}/` },
    'dcat:service': {
      '@type': 'dcat:DataService',
      'dct:title': both('transfer.dcat.service'),
      'dcat:endpointURL': { '@id': `${siteUrl}/api/v1` },
      'dcat:endpointDescription': { '@id': `${siteUrl}/api/v1/openapi.json` },
    },
    'dcat:dataset': DATASETS.map((d) => ({
      '@id': `${siteUrl}/api/v1/dcat#${d.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': d.id,
      'dct:title': both(d.title),
      'dct:description': both(d.description),
      'dcat:keyword': d.keywords,
      'dct:publisher': publisher,
      'dct:modified': modified,
      'dct:license': { '@id': LICENSE },
      'dct:extent': sizes[d.id],
      'dcat:distribution': d.files.map((f) => ({
        '@type': 'dcat:Distribution',
        'dcat:accessURL': { '@id': `${siteUrl}${f.path}` },
        'dcat:downloadURL': { '@id': `${siteUrl}${f.path}` },
        'dcat:mediaType': f.mediaType,
        'dct:format': f.format,
        'dct:license': { '@id': LICENSE },
      })),
    })),
  };
}

const xmlEscape = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!,
  );

const urlEntry = (loc: string, lastmod?: number) =>
  `<url><loc>${xmlEscape(loc)}</loc>${lastmod ? `<lastmod>${new Date(lastmod).toISOString()}</lastmod>` : ''}</url>\n`;

/**
 * The sitemap: one `urlset` when every public page fits in one file, else a `sitemapindex`
 * naming `/sitemap-N.xml` parts. Returns the chunks to stream, or null for a part that does not exist.
 */
export async function sitemap(
  db: Db,
  siteUrl: string,
  part?: number,
  limit = SITEMAP_LIMIT,
): Promise<AsyncGenerator<string> | null> {
  const [counts, codes] = await Promise.all([
    repo.publicCounts(db, PUBLIC_STATUSES),
    repo.catalogueCodes(db),
  ]);
  const fixed = [
    ...STATIC_PAGES,
    ...codes.agencies.map((a) => `/instansi/${encodeURIComponent(a.code)}`),
    ...codes.functions.map((f) => `/fungsi/${encodeURIComponent(f.code)}`),
    ...codes.entities.map((e) => `/data/${encodeURIComponent(e.code)}`),
  ];
  const total = fixed.length + counts.applications;
  const parts = Math.max(1, Math.ceil(total / limit));
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (part === undefined && parts > 1) {
    return (async function* () {
      yield `${head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n`;
      for (let n = 1; n <= parts; n++)
        yield `<sitemap><loc>${xmlEscape(`${siteUrl}/sitemap-${n}.xml`)}</loc></sitemap>\n`;
      yield '</sitemapindex>\n';
    })();
  }
  const n = part ?? 1;
  if (n < 1 || n > parts) return null;
  // Positions [start, end) of the whole list: the fixed pages first, then applications by id.
  const start = (n - 1) * limit;
  const end = Math.min(total, start + limit);
  return (async function* () {
    yield `${head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n`;
    yield fixed
      .slice(start, end)
      .map((p) => urlEntry(siteUrl + p))
      .join('');
    let skip = Math.max(0, start - fixed.length);
    let want = end - Math.max(start, fixed.length);
    let after = 0;
    while (want > 0) {
      const page = await repo.applicationIdsAfter(db, PUBLIC_STATUSES, after, Math.min(5_000, skip + want));
      if (!page.length) break;
      after = page[page.length - 1]!.id;
      const used = page.slice(skip, skip + want);
      skip = Math.max(0, skip - page.length);
      want -= used.length;
      yield used.map((a) => urlEntry(`${siteUrl}/aplikasi/${a.id}`, a.updatedAt)).join('');
    }
    yield '</urlset>\n';
  })();
}

/** robots.txt: public pages may be crawled; sign-in, forms, accounts and the API's writes not. */
export function robotsTxt(siteUrl: string): string {
  return [
    'User-agent: *',
    'Disallow: /login',
    'Disallow: /logout',
    'Disallow: /akun',
    'Disallow: /admin',
    'Disallow: /impor',
    'Disallow: /usulan',
    'Disallow: /penilaian',
    'Disallow: /aplikasi/baru',
    'Allow: /',
    '',
    `Sitemap: ${siteUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

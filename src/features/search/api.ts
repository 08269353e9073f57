import { Hono } from 'hono';
import { segmentsHtml } from '../../domain/search';
import type { AppEnv } from '../../kernel/env';
import { openData, openDataHeaders } from '../../kernel/http/open-data';
import { describe, input, problemResponse } from '../../kernel/http/openapi';
import {
  type ApiListItem,
  ApiListPage,
  ApiSearchQuery,
  SearchPage,
  SearchQuery,
  type SearchResultItem,
} from './schemas';
import * as searchService from './service';

const plain = (s: { text: string }[]) => s.map((p) => p.text).join('');

const searchItem = (i: searchService.SearchItem): SearchResultItem => ({
  type: i.type,
  id: i.id,
  code: i.code,
  title: plain(i.title),
  titleHtml: segmentsHtml(i.title),
  subtitle: i.subtitle ? plain(i.subtitle) : null,
  snippetHtml: segmentsHtml(i.snippet),
  status: i.status,
  protocol: i.protocol,
  access: i.access,
  splpPublished: i.splpPublished,
  method: i.method,
  path: i.path,
  application: i.application,
  api: i.api,
  agency: i.agency ? { code: i.agency.code, name: i.agency.name } : null,
  links: { html: i.href },
});

const apiItem = (p: searchService.ApiListItem): ApiListItem => ({
  id: p.id,
  name: p.name,
  version: p.apiVersion,
  description: p.description,
  protocol: p.protocol,
  access: p.access,
  auth: p.auth,
  splpPublished: Boolean(p.splpPublished),
  baseUrl: p.baseUrl,
  snippetHtml: segmentsHtml(p.snippetSegments),
  application: { id: p.applicationId, name: p.applicationName, acronym: p.applicationAcronym },
  agency: { code: p.agencyCode, name: p.agencyName },
  links: { html: `/katalog-api/${p.id}` },
});

/**
 * `GET /api/v1/search` (everything, with facet counts) and `GET /api/v1/apis` (APIs only): the
 * same schemas and services as the `/cari` page. Public data only; bad or unknown facet values
 * answer 400 problem+json naming the field (`app.onError`).
 */
export function searchApi() {
  const api = new Hono<AppEnv>();
  api.use('/search', openData());
  api.use('/apis', openData());

  api.get(
    '/search',
    describe({
      operationId: 'search',
      tags: ['search'],
      summary: 'Search applications, APIs, API operations, functions and data entities',
      description:
        'Ranked by relevance (exact name, acronym or code first, then bm25), the reusable source first: national services, then applications and APIs published on SPLP with many consumers. An application matches by its name, acronym, description and the titles of its functions; Indonesian words match their derived forms (`kepegawaian` ⇄ `pegawai`), agency jargon its formal words (`surat` → `naskah dinas`, `ASN`, `lelang` → `tender`) and English words their Indonesian equivalents (`personnel` → `pegawai`); the last word matches as a prefix. When nothing matches, mistyped words are corrected and `correctedQuery` says which query was answered. At most ' +
        `${searchService.MATCHES_EXAMINED}` +
        ' matches of each kind are examined: when more match, `capped` is true and `total` and the facet counts are lower bounds. Only published applications and their APIs are searched. Unknown agency, data entity or function codes answer 400 naming the field.',
      access: 'public',
      responses: {
        200: {
          description: 'A page of results with facet counts',
          schema: SearchPage,
          headers: openDataHeaders,
        },
        400: problemResponse('Invalid filter; `errors` names each bad query parameter.'),
      },
    }),
    input('query', SearchQuery),
    async (c) => {
      const r = await searchService.search(c.get('db'), c.req.valid('query'));
      const body: SearchPage = {
        items: r.items.map(searchItem),
        total: r.total,
        page: r.page,
        pageSize: r.pageSize,
        capped: r.capped,
        correctedQuery: r.correctedQuery,
        facets: r.facets,
      };
      return c.json(body);
    },
  );

  api.get(
    '/apis',
    describe({
      operationId: 'listApis',
      tags: ['search'],
      summary: 'List and search the APIs of published applications',
      description:
        'With `q`, by relevance, APIs of national services first, then those published on SPLP with many consumers: an API matches by its own name and description or by its operations; when nothing matches, mistyped words are corrected (`correctedQuery`). Without, by name; `total` counts up to 1,000 (`capped` beyond).',
      access: 'public',
      responses: {
        200: { description: 'A page of APIs', schema: ApiListPage, headers: openDataHeaders },
        400: problemResponse('Invalid filter; `errors` names each bad query parameter.'),
      },
    }),
    input('query', ApiSearchQuery),
    async (c) => {
      const r = await searchService.searchApis(c.get('db'), c.req.valid('query'));
      const body: ApiListPage = {
        items: r.items.map(apiItem),
        total: r.total,
        page: r.page,
        pageSize: r.pageSize,
        capped: r.capped,
        correctedQuery: r.correctedQuery,
      };
      return c.json(body);
    },
  );

  return api;
}

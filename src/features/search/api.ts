import { Hono } from 'hono';
import { segmentsHtml } from '../../domain/search';
import type { AppEnv } from '../../kernel/env';
import { queryRecord } from '../../kernel/http/render';
import { parseOrThrow } from '../../kernel/schemas';
import { openData } from '../catalogue/api';
import { ApiSearchQuery, SearchQuery } from './schemas';
import * as searchService from './service';

const plain = (s: { text: string }[]) => s.map((p) => p.text).join('');

const searchItem = (i: searchService.SearchItem) => ({
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

const apiItem = (p: searchService.ApiListItem) => ({
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

  api.get('/search', async (c) => {
    const q = parseOrThrow(SearchQuery, queryRecord(c));
    const r = await searchService.search(c.get('db'), q);
    return c.json({
      items: r.items.map(searchItem),
      total: r.total,
      page: r.page,
      pageSize: r.pageSize,
      capped: r.capped,
      correctedQuery: r.correctedQuery,
      facets: r.facets,
    });
  });

  api.get('/apis', async (c) => {
    const q = parseOrThrow(ApiSearchQuery, queryRecord(c));
    const r = await searchService.searchApis(c.get('db'), q);
    return c.json({
      items: r.items.map(apiItem),
      total: r.total,
      page: r.page,
      pageSize: r.pageSize,
      capped: r.capped,
      correctedQuery: r.correctedQuery,
    });
  });

  return api;
}

import type { Db } from '../../../db/client';
import type { AgencyKind } from '../../../db/schema/agencies';
import type { ApiAccess, Protocol } from '../../../db/schema/apis';
import { type AppStatus, PUBLIC_STATUSES } from '../../../db/schema/applications';
import {
  correctableWords,
  correctedText,
  corrections,
  highlight,
  type Needle,
  parseSearchText,
  type SearchText,
  type SearchType,
  type Segment,
  searchableTypes,
  snippet,
} from '../../domain/search';
import { type FieldIssue, Invalid } from '../../kernel/errors';
import { msg } from '../../kernel/i18n';
import { webPath } from '../../kernel/links';
import { readAll } from '../../kernel/repo';
import * as repo from './repo';
import type { ApiSearchQuery, SearchQuery } from './schemas';

/** Matches examined per kind of result; beyond it a search is `capped` (src/features/search/repo.ts). */
export const MATCHES_EXAMINED = repo.CANDIDATES;

/** One result of the catalogue search, whatever its kind; highlighted pieces are `Segment`s. */
export interface SearchItem {
  type: SearchType;
  id: number;
  /** Function or data entity code. */
  code: string | null;
  title: Segment[];
  /** Acronym, English title, or an operation's method and path. */
  subtitle: Segment[] | null;
  snippet: Segment[];
  status: AppStatus | null;
  category: string | null;
  /** The application, or the API's owner, is a national service. */
  national: boolean;
  protocol: Protocol | null;
  access: ApiAccess | null;
  splpPublished: boolean | null;
  method: string | null;
  path: string | null;
  sensitivity: string | null;
  application: { id: number; name: string; acronym: string | null } | null;
  api: { id: number; name: string } | null;
  agency: { code: string; name: string; kind: AgencyKind } | null;
  /** The item's page. */
  href: string;
}

export interface SearchResult {
  items: SearchItem[];
  total: number;
  /** More matched than were examined: the total and facet counts are lower bounds. */
  capped: boolean;
  page: number;
  pageSize: number;
  facets: repo.SearchHits['facets'];
  /** The named facets, resolved, for the page to show. */
  filters: {
    agency: { code: string; name: string } | null;
    dataEntity: { code: string; name: string } | null;
    function: { code: string; title: string } | null;
  };
  /** Kinds searched (a facet narrows them). */
  types: SearchType[];
  ranked: boolean;
  /** Nothing matched what was typed; these are the results for this corrected query instead. */
  correctedQuery: string | null;
}

type Facets = Pick<
  SearchQuery,
  'protocol' | 'access' | 'splp' | 'agency' | 'agencyKind' | 'dataEntity' | 'function' | 'status'
>;

/** Resolves the facet codes; unknown ones are reported by field, never silently dropped. */
async function resolveFacets(db: Db, q: Facets) {
  const ids =
    q.agency || q.dataEntity || q.function
      ? await repo.facetIds(db, { agency: q.agency, dataEntity: q.dataEntity, function: q.function })
      : null;
  const issues: FieldIssue[] = [];
  if (q.agency && !ids?.agencyId)
    issues.push({ field: 'agency', message: msg('search.err.unknownAgency', { code: q.agency }) });
  if (q.dataEntity && !ids?.dataEntityId)
    issues.push({
      field: 'dataEntity',
      message: msg('search.err.unknownDataEntity', { code: q.dataEntity }),
    });
  // Proposed, merged or rejected functions are not part of the catalogue (repo: status = active).
  if (q.function && !ids?.functionId)
    issues.push({ field: 'function', message: msg('search.err.unknownFunction', { code: q.function }) });
  if (issues.length) throw new Invalid(msg('search.err.unknownFilter'), issues);
  return {
    filter: {
      statuses: PUBLIC_STATUSES,
      status: q.status,
      agencyId: ids?.agencyId ?? undefined,
      agencyKind: q.agencyKind,
      dataEntityId: ids?.dataEntityId ?? undefined,
      functionId: ids?.functionId ?? undefined,
      protocol: q.protocol,
      access: q.access,
      splp: q.splp,
    },
    filters: {
      agency: q.agency && ids?.agencyName ? { code: q.agency, name: ids.agencyName } : null,
      dataEntity:
        q.dataEntity && ids?.dataEntityName ? { code: q.dataEntity, name: ids.dataEntityName } : null,
      function: q.function && ids?.functionTitle ? { code: q.function, title: ids.functionTitle } : null,
    },
    use: {
      api: !!q.protocol || !!q.access || q.splp !== undefined,
      application: !!q.agency || !!q.agencyKind || !!q.status || !!q.dataEntity || !!q.function,
    },
  };
}

const repoText = (t: SearchText): repo.SearchText | null =>
  t.match
    ? { match: t.match, matchIndonesian: t.matchIndonesian ?? t.match, ranked: t.selective, exact: t.exact }
    : null;

/**
 * An item with every field present, in one order, so every item shares one shape. Built by
 * spreading a base object instead, old space grew by ~1.3 MB per scavenge and each scavenge took
 * 3–6 ms instead of ~1.5 (measured on the search loop; decision 0049).
 */
function blankItem(
  type: SearchType,
  id: number,
  href: string,
  title: Segment[],
  snip: Segment[],
): SearchItem {
  return {
    type,
    id,
    code: null,
    title,
    subtitle: null,
    snippet: snip,
    status: null,
    category: null,
    national: false,
    protocol: null,
    access: null,
    splpPublished: null,
    method: null,
    path: null,
    sensitivity: null,
    application: null,
    api: null,
    agency: null,
    href,
  };
}

/** Loads the page's rows, with highlights, and puts them in the page's order. */
async function pageItems(db: Db, page: repo.HitRef[], needles: Needle[]): Promise<SearchItem[]> {
  const idsOf = (type: SearchType) => page.filter((h) => h.type === type).map((h) => h.id);
  // One read batch: one round trip on a remote database (a kind not on the page reads nothing).
  const [apps, apis, ops, fns, des] = await readAll(db, [
    repo.applicationHitsRead(idsOf('application')),
    repo.apiHitsRead(idsOf('api')),
    repo.operationHitsRead(idsOf('operation')),
    repo.referenceHitsRead('function', idsOf('function')),
    repo.referenceHitsRead('dataEntity', idsOf('dataEntity')),
  ]);
  const hl = (text: string) => highlight(text, needles);
  const snip = (text: string) => snippet(text, needles);
  const items = new Map<string, SearchItem>();
  for (const a of apps) {
    const it = blankItem('application', a.id, webPath.application(a.id), hl(a.name), snip(a.description));
    it.subtitle = a.acronym && a.acronym !== a.name ? hl(a.acronym) : null;
    it.status = a.status;
    it.category = a.category;
    it.national = Boolean(a.national);
    it.agency = { code: a.agencyCode, name: a.agencyName, kind: a.agencyKind };
    items.set(`application:${a.id}`, it);
  }
  for (const p of apis) {
    const it = blankItem('api', p.id, webPath.api(p.id), hl(p.name), snip(p.description));
    it.protocol = p.protocol;
    it.access = p.access;
    it.splpPublished = Boolean(p.splpPublished);
    it.national = Boolean(p.national);
    it.application = { id: p.applicationId, name: p.applicationName, acronym: p.applicationAcronym };
    it.agency = { code: p.agencyCode, name: p.agencyName, kind: p.agencyKind };
    items.set(`api:${p.id}`, it);
  }
  for (const o of ops) {
    const path = hl(o.path);
    // The operation on its API's page (opened there by its anchor).
    const it = blankItem(
      'operation',
      o.id,
      webPath.apiOperation(o.apiId, o.id),
      o.summary ? hl(o.summary) : path,
      snip(o.description),
    );
    it.subtitle = [{ text: `${o.method} `, mark: false }, ...path];
    it.protocol = o.protocol;
    it.method = o.method;
    it.path = o.path;
    it.national = Boolean(o.national);
    it.api = { id: o.apiId, name: o.apiName };
    it.application = { id: o.applicationId, name: o.applicationName, acronym: o.applicationAcronym };
    it.agency = { code: o.agencyCode, name: o.agencyName, kind: o.agencyKind };
    items.set(`operation:${o.id}`, it);
  }
  for (const [type, list] of [
    ['function', fns],
    ['dataEntity', des],
  ] as const)
    for (const r of list) {
      const href = type === 'function' ? webPath.function(r.code) : webPath.dataEntity(r.code);
      const it = blankItem(type, r.id, href, hl(r.title), snip(r.description));
      it.code = r.code;
      it.subtitle = r.titleEn && r.titleEn !== r.title ? hl(r.titleEn) : null;
      it.sensitivity = r.sensitivity;
      items.set(`${type}:${r.id}`, it);
    }
  return page.map((h) => items.get(`${h.type}:${h.id}`)).filter((x): x is SearchItem => !!x);
}

/** For each mistyped word of the query, the indexed words it may have meant (none: empty map). */
async function typoAlternatives(db: Db, typed: string): Promise<Map<string, string[]>> {
  const words = correctableWords(typed);
  const near = await repo.nearTerms(db, words);
  const alternatives = new Map<string, string[]>();
  for (const w of words) {
    const alts = corrections(w, near.get(w) ?? []);
    if (alts.length) alternatives.set(w, alts);
  }
  return alternatives;
}

/**
 * Runs `run` on what was typed; when that finds nothing, once more with each mistyped word
 * replaced by the indexed words it may have meant ("kepegawain" → kepegawaian). `corrected`
 * phrases the query that was answered, given the best result's text (to tell the alternatives
 * apart), so the caller can take that text from the page it loads anyway. Only a search that
 * found nothing pays for it.
 */
async function withCorrection<T extends { total: number }>(
  db: Db,
  typed: string | undefined,
  run: (text: SearchText) => Promise<T>,
): Promise<{ hits: T; text: SearchText; corrected: ((found: string) => string) | null }> {
  const text = parseSearchText(typed);
  const hits = await run(text);
  if (!typed || hits.total > 0 || !text.match || !text.selective) return { hits, text, corrected: null };
  const alternatives = await typoAlternatives(db, typed);
  if (!alternatives.size) return { hits, text, corrected: null };
  const fixedText = parseSearchText(typed, alternatives);
  const fixedHits = await run(fixedText);
  if (fixedHits.total === 0) return { hits, text, corrected: null };
  return {
    hits: fixedHits,
    text: fixedText,
    corrected: (found) => correctedText(typed, alternatives, found),
  };
}

/**
 * The catalogue search: applications, APIs, API operations, functions and data entities, with
 * facets. Only published applications and their APIs are searched (PUBLIC_STATUSES). National
 * services come first, then applications and APIs that others reuse, within relevance (repo.ts).
 */
export async function search(db: Db, q: SearchQuery): Promise<SearchResult> {
  const { filter, filters, use } = await resolveFacets(db, q);
  const types = searchableTypes(use, !!parseSearchText(q.q).match, q.type);
  const { hits, text, corrected } = await withCorrection(db, q.q, (t) =>
    repo.searchHits(db, {
      ...filter,
      text: repoText(t),
      types,
      listType: q.type,
      page: q.page,
      pageSize: q.pageSize,
    }),
  );
  const items = await pageItems(db, hits.page, text.needles);
  // The best result's own text (its first item; the page's first when asked for a later page).
  const best = items[0];
  const correctedQuery = corrected
    ? corrected(
        best
          ? [best.title, best.subtitle ?? [], best.snippet]
              .flat()
              .map((p) => p.text)
              .join(' ')
          : '',
      )
    : null;
  return {
    items,
    total: hits.total,
    capped: hits.capped,
    page: q.page,
    pageSize: q.pageSize,
    facets: hits.facets,
    filters,
    types,
    ranked: !!text.match && text.selective,
    correctedQuery,
  };
}

/** One API in the API list. */
export type ApiListItem = repo.ApiHit & { snippetSegments: Segment[] };

/**
 * The published APIs, by relevance when `q` is given (an API matches by its own text or by its
 * operations'), else by name, with the same facets as the search.
 */
export async function searchApis(
  db: Db,
  q: ApiSearchQuery,
): Promise<{
  items: ApiListItem[];
  total: number;
  capped: boolean;
  page: number;
  pageSize: number;
  correctedQuery: string | null;
}> {
  const { filter } = await resolveFacets(db, q);
  let text = parseSearchText(q.q);
  const base = { ...filter, page: q.page, pageSize: q.pageSize };
  let ids: number[];
  let total: number;
  let capped: boolean;
  let corrected: ((found: string) => string) | null = null;
  if (text.match) {
    const found = await withCorrection(db, q.q, (t) =>
      repo.searchHits(db, { ...base, text: repoText(t), types: ['api'] }),
    );
    ({ text, corrected } = found);
    ids = found.hits.page.map((h) => h.id);
    total = found.hits.total;
    capped = found.hits.capped;
  } else {
    const page = await repo.listApis(db, { ...base, text: null, types: ['api'] });
    ids = page.items;
    total = page.total;
    capped = page.capped;
  }
  const rows = new Map((await repo.apiHits(db, ids)).map((r) => [r.id, r]));
  const items = ids
    .map((id) => rows.get(id))
    .filter((r): r is repo.ApiHit => !!r)
    // Added to the row rather than spread into a copy of it: with the spread, old space grew at
    // every scavenge (decision 0049).
    .map((r): ApiListItem => Object.assign(r, { snippetSegments: snippet(r.description, text.needles) }));
  const correctedQuery = corrected
    ? corrected(items[0] ? `${items[0].name} ${items[0].description}` : '')
    : null;
  return { items, total, capped, page: q.page, pageSize: q.pageSize, correctedQuery };
}

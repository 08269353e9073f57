import * as v from 'valibot';
import { AGENCY_KINDS } from '../../../db/schema/agencies';
import { API_ACCESS, API_AUTH, PROTOCOLS } from '../../../db/schema/apis';
import { APP_STATUSES, PUBLIC_STATUSES } from '../../../db/schema/applications';
import { SEARCH_TYPES } from '../../domain/search';
import { int, intMin, links, named } from '../../kernel/http/openapi';
import { pagingEntries, searchText, vmsg } from '../../kernel/schemas';
import { AGENCY_CODE, DATA_ENTITY_CODE, FUNCTION_CODE } from '../catalogue/schemas';

const picklist = <T extends readonly [string, ...string[]]>(options: T, label: string, description: string) =>
  v.optional(
    v.pipe(
      v.picklist(options, vmsg('catalogue.oneOf', { label, options: options.join(', ') })),
      v.description(description),
    ),
  );

const code = (re: RegExp, message: string, description: string) =>
  v.optional(v.pipe(v.string(), v.toUpperCase(), v.regex(re, message), v.description(description)));

/**
 * The facets shared by the catalogue search and the API list. Codes (agency, data entity,
 * function) are checked against the catalogue by the service, which names an unknown one.
 */
const facetEntries = {
  ...pagingEntries,
  q: searchText,
  protocol: picklist(PROTOCOLS, 'protocol', 'API protocol; keeps APIs and operations only.'),
  access: picklist(API_ACCESS, 'access', 'API access; keeps APIs and operations only.'),
  splp: v.optional(
    v.pipe(
      v.picklist(['true', 'false'], vmsg('search.err.splp')),
      v.description('Published on SPLP; keeps APIs and operations only.'),
      v.transform((s) => s === 'true'),
    ),
  ),
  agency: code(
    AGENCY_CODE,
    vmsg('search.err.agencyCode'),
    'Owner agency code (`35.07`, `BKN`); keeps applications, APIs and operations.',
  ),
  agencyKind: picklist(AGENCY_KINDS, 'agencyKind', 'Kind of owner agency.'),
  dataEntity: code(
    DATA_ENTITY_CODE,
    vmsg('search.err.dataEntityCode'),
    'Data entity code: applications that handle it, APIs that expose it (and their operations).',
  ),
  function: code(
    FUNCTION_CODE,
    vmsg('search.err.functionCode'),
    'Function code: applications performing it, and their APIs.',
  ),
  // Drafts and proposals are never searchable by the public: only published statuses are accepted.
  status: picklist(PUBLIC_STATUSES, 'status', 'Lifecycle status of the (owning) application.'),
};

/** `GET /cari` and `GET /api/v1/search`. */
export const SearchQuery = v.object({
  ...facetEntries,
  type: picklist(SEARCH_TYPES, 'type', 'List only this kind (the `type` facet still counts every kind).'),
});
export type SearchQuery = v.InferOutput<typeof SearchQuery>;

/** `GET /api/v1/apis`: the same facets, APIs only. */
export const ApiSearchQuery = v.object(facetEntries);
export type ApiSearchQuery = v.InferOutput<typeof ApiSearchQuery>;

// --- Responses: the JSON mappers in api.ts return these types, the OpenAPI document shows them ---

const html = (what: string) =>
  v.pipe(v.string(), v.description(`${what} as HTML: the text escaped, the matched words in \`<mark>\`.`));
const appName = v.strictObject({ id: int, name: v.string(), acronym: v.nullable(v.string()) });
const agencyName = v.strictObject({ code: v.string(), name: v.string() });

export const SearchResultItem = named(
  'SearchResult',
  v.pipe(
    v.strictObject({
      type: v.picklist(SEARCH_TYPES),
      id: int,
      code: v.nullable(v.pipe(v.string(), v.description('Function or data entity code.'))),
      title: v.string(),
      titleHtml: html('The title'),
      subtitle: v.nullable(
        v.pipe(v.string(), v.description('Acronym, English title, or an operation’s method and path.')),
      ),
      snippetHtml: html('The best matching passage of the description'),
      status: v.nullable(
        v.pipe(
          v.picklist(APP_STATUSES),
          v.description('The (owning) application’s status; only published ones are searched.'),
        ),
      ),
      protocol: v.nullable(v.picklist(PROTOCOLS)),
      access: v.nullable(v.picklist(API_ACCESS)),
      splpPublished: v.nullable(v.boolean()),
      method: v.nullable(v.string()),
      path: v.nullable(v.string()),
      application: v.nullable(appName),
      api: v.nullable(
        v.pipe(v.strictObject({ id: int, name: v.string() }), v.description('The API of an operation.')),
      ),
      agency: v.nullable(agencyName),
      links: links('html'),
    }),
    v.description('One result: an application, API, API operation, function or data entity.'),
  ),
);
export type SearchResultItem = v.InferOutput<typeof SearchResultItem>;

const FacetValue = named(
  'FacetValue',
  v.strictObject({
    value: v.pipe(v.string(), v.description('The filter value to send back.')),
    label: v.nullable(v.string()),
    count: intMin(1),
  }),
);
const facetValues = v.array(FacetValue);

const searchEnvelope = {
  total: v.pipe(intMin(0), v.description('Matching items examined (see `capped`).')),
  page: intMin(1),
  pageSize: intMin(0),
  capped: v.pipe(v.boolean(), v.description('More matched than were examined: `total` is a lower bound.')),
  correctedQuery: v.nullable(
    v.pipe(
      v.string(),
      v.description('Nothing matched `q` as typed: these are the results for this corrected query.'),
    ),
  ),
};

export const SearchPage = named(
  'SearchPage',
  v.strictObject({
    items: v.array(SearchResultItem),
    ...searchEnvelope,
    facets: named(
      'SearchFacets',
      v.pipe(
        v.strictObject({
          type: facetValues,
          protocol: facetValues,
          access: facetValues,
          splp: facetValues,
          agencyKind: facetValues,
          status: facetValues,
          agency: facetValues,
          dataEntity: facetValues,
          function: facetValues,
        }),
        v.description(
          'Counts over the results examined; agency, data entity and function: the ten most frequent, over the top results.',
        ),
      ),
    ),
  }),
);
export type SearchPage = v.InferOutput<typeof SearchPage>;

export const ApiListItem = named(
  'ApiListItem',
  v.pipe(
    v.strictObject({
      id: int,
      name: v.string(),
      version: v.string(),
      description: v.string(),
      protocol: v.picklist(PROTOCOLS),
      access: v.picklist(API_ACCESS),
      auth: v.picklist(API_AUTH),
      splpPublished: v.boolean(),
      baseUrl: v.nullable(v.string()),
      snippetHtml: html('The description'),
      application: appName,
      agency: agencyName,
      links: links('html'),
    }),
    v.description('An API of a published application.'),
  ),
);
export type ApiListItem = v.InferOutput<typeof ApiListItem>;

export const ApiListPage = named(
  'ApiListPage',
  v.strictObject({ items: v.array(ApiListItem), ...searchEnvelope }),
);
export type ApiListPage = v.InferOutput<typeof ApiListPage>;

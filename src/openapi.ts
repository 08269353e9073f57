import { Hono } from 'hono';
import { AGENCY_KINDS } from '../db/schema/agencies';
import { API_ACCESS, API_AUTH, PROTOCOLS } from '../db/schema/apis';
import {
  CATEGORIES,
  DATA_ROLES,
  HOSTINGS,
  PUBLIC_STATUSES,
  RELATION_KINDS,
  SCOPES,
} from '../db/schema/applications';
import { CONFIDENCE } from '../db/schema/common';
import { DATA_KINDS, SENSITIVITIES } from '../db/schema/data';
import { SHARED_FIELDS } from '../db/schema/functions';
import { REFERENCE_DOMAINS } from '../db/schema/reference';
import { DECISIONS, PROPOSAL_KINDS } from '../db/schema/reviews';
import { SEARCH_TYPES } from './domain/search';
import { openData } from './features/catalogue/api';
import {
  AGENCY_CODE,
  DATA_ENTITY_CODE,
  FUNCTION_CODE,
  PROVINCE_CODE,
  SECTOR_CODE,
  SORTS,
} from './features/catalogue/schemas';
import type { AppEnv } from './kernel/env';
import { MAX_PAGE, MAX_PAGE_SIZE } from './kernel/schemas';

// The subset of OpenAPI 3.1 (and its JSON Schema 2020-12 dialect) this document uses; typed so a
// misspelt keyword fails the type check instead of silently describing nothing.

export interface SchemaObject {
  $ref?: string;
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';
  description?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  anyOf?: SchemaObject[];
  enum?: readonly (string | number)[];
  format?: 'date-time' | 'uri' | 'uri-reference' | 'email';
  pattern?: string;
  minimum?: number;
  maxItems?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: string | number;
}

export interface ParameterObject {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description: string;
  schema: SchemaObject;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, { description: string; schema: SchemaObject }>;
  content?: Record<string, { schema: SchemaObject }>;
}

export interface OperationObject {
  tags: string[];
  operationId: string;
  summary: string;
  description?: string;
  parameters?: ParameterObject[];
  requestBody?: { required: boolean; content: Record<string, { schema: SchemaObject }> };
  responses: Record<string, ResponseObject>;
  security?: Record<string, string[]>[];
}

type Method = 'get' | 'post' | 'put' | 'delete';

export interface OpenApiDocument {
  openapi: `3.1.${number}`;
  info: { title: string; version: string; description: string };
  servers: { url: string; description?: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Partial<Record<Method, OperationObject>>>;
  components: {
    schemas: Record<string, SchemaObject>;
    securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; description: string }>;
  };
}

const ref = (name: string): SchemaObject => ({ $ref: `#/components/schemas/${name}` });
const str = (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', ...extra });
const int = (extra: SchemaObject = {}): SchemaObject => ({ type: 'integer', ...extra });
const bool: SchemaObject = { type: 'boolean' };
const nullable = (s: SchemaObject): SchemaObject => ({ anyOf: [s, { type: 'null' }] });
const oneOf = (values: readonly string[], extra: SchemaObject = {}) => str({ enum: values, ...extra });
const arrayOf = (items: SchemaObject): SchemaObject => ({ type: 'array', items });
/** An object whose listed properties are all always present (possibly null). */
const object = (properties: Record<string, SchemaObject>, description?: string): SchemaObject => ({
  type: 'object',
  ...(description ? { description } : {}),
  required: Object.keys(properties),
  properties,
});
/** Hyperlinks to the same resource: its JSON and its HTML page. */
const links = (...names: string[]) =>
  object(Object.fromEntries(names.map((n) => [n, str({ format: 'uri-reference' })])));

const query = (name: string, schema: SchemaObject, description: string): ParameterObject => ({
  name,
  in: 'query',
  required: false,
  schema,
  description,
});
const path = (name: string, schema: SchemaObject, description: string): ParameterObject => ({
  name,
  in: 'path',
  required: true,
  schema,
  description,
});
/** JSON Schema patterns have no flags; codes are matched after upper-casing the input. */
const codePattern = (re: RegExp) => str({ pattern: re.source });

const paging = [
  query('page', int({ minimum: 1, maximum: MAX_PAGE, default: 1 }), 'Page number, from 1.'),
  query('pageSize', int({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 }), 'Items per page.'),
];
const q = query(
  'q',
  str({ maxLength: 200 }),
  'Full-text search (trimmed, at most 200 characters); the last word matches as a prefix.',
);

const problem = (description: string): ResponseObject => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const invalid = problem('Invalid input; `errors` names each bad field (query parameter or path parameter).');
const notFound = problem('Not found, or not published.');
const ok = (schema: SchemaObject, description: string): ResponseObject => ({
  description,
  headers: {
    'Cache-Control': { description: 'Successful reads may be cached for a minute.', schema: str() },
    'Access-Control-Allow-Origin': { description: 'Open data: any origin may read.', schema: str() },
  },
  content: { 'application/json': { schema } },
});
/** A list endpoint answers 200 or 400 (bad filter); it never answers 404. */
const listResponses = (item: string, description: string) => ({
  '200': ok(ref(`${item}Page`), description),
  '400': invalid,
});
/** A resource endpoint: 400 for a malformed key, 404 for one that is absent or unpublished. */
const oneResponses = (schema: string, description: string) => ({
  '200': ok(ref(schema), description),
  '400': invalid,
  '404': notFound,
});
const listPage = (item: string): SchemaObject =>
  object(
    {
      items: arrayOf(ref(item)),
      total: int({ minimum: 0, description: 'Matching items over all pages.' }),
      page: int({ minimum: 1 }),
      pageSize: int({ minimum: 0 }),
    },
    `A page of ${item} items.`,
  );

const agencyRef = object({ code: str(), name: str(), kind: oneOf(AGENCY_KINDS) });
const applicationRef = object(
  {
    id: int(),
    name: str(),
    acronym: nullable(str()),
    category: oneOf(CATEGORIES),
    scope: oneOf(SCOPES),
    agency: str({ description: 'Owner agency name.' }),
    links: links('self', 'html'),
  },
  'Another published application.',
);
const apiOwner = object(
  {
    id: int(),
    name: str(),
    agency: str({ description: 'Owner agency name.' }),
    links: links('self', 'html'),
  },
  'The application providing the API.',
);
const agencyProperties = {
  code: str(),
  name: str(),
  shortName: nullable(str()),
  kind: oneOf(AGENCY_KINDS),
  provinceCode: nullable(str()),
  parent: nullable(str({ description: 'Parent agency code (the province of a kabupaten/kota).' })),
  applications: int({ minimum: 0, description: 'Published applications owned.' }),
};
const dataEntityProperties = {
  code: str(),
  name: str(),
  nameEn: str(),
  description: str(),
  parent: str({ description: 'RAD code.' }),
  sensitivity: oneOf(SENSITIVITIES),
  personalData: bool,
  dataKind: oneOf(DATA_KINDS),
  steward: nullable(object({ code: str(), name: str() }, 'Wali data.')),
  masterCount: int({ minimum: 0, description: 'Published applications that master this data.' }),
  apiCount: int({ minimum: 0, description: 'APIs exposing this data.' }),
  links: links('self', 'html'),
};

const bearer = [{ token: [] }];
const json = (schema: SchemaObject) => ({ required: true, content: { 'application/json': { schema } } });
const jsonOk = (schema: SchemaObject, description: string): ResponseObject => ({
  description,
  content: { 'application/json': { schema } },
});
/** What every write can answer besides success. */
const writeErrors = {
  '400': problem(
    'Invalid input; `errors` names each bad field (`name`, `functions.1`, `dataEntities.0.code`, …).',
  ),
  '401': problem('No valid API token (or session).'),
  '403': problem(
    'Signed in, but not allowed: only the owning agency’s operators and admins change an entry.',
  ),
  '404': problem(
    'Not found, or not visible to you (another agency’s draft looks the same as a missing one).',
  ),
  '409': problem(
    'Conflict: the `version` sent is not the stored one (`currentVersion` and `changes` say what changed meanwhile), or the lifecycle does not allow the action.',
  ),
  '413': problem('Request body larger than 2 MiB.'),
  '422': problem(
    'Valid shape but refused: unknown codes, a name the agency already uses, an unrecognised spec.',
  ),
};
/** The write errors an operation can really answer (a test produces each one). */
const errorsOf = (...codes: (keyof typeof writeErrors)[]) =>
  Object.fromEntries(codes.map((c) => [c, writeErrors[c]])) as Record<string, ResponseObject>;
const idPath = (what: string) => path('id', int({ minimum: 1 }), `${what} id.`);
const versionQuery = query('version', int({ minimum: 1 }), 'The version being deleted (optimistic locking).');
const applicationInputProperties: Record<string, SchemaObject> = {
  agency: str({
    description: 'Owner agency code; operators may only name their own (or leave it out); admins must.',
  }),
  unit: nullable(str({ maxLength: 200 })),
  name: str({ minLength: 3, maxLength: 200 }),
  acronym: nullable(str({ maxLength: 40 })),
  description: str({ maxLength: 5000 }),
  category: oneOf(CATEGORIES, { description: 'Only admins may set `umum`.' }),
  raa: nullable(str({ pattern: '^RAA\\.\\d{2}\\.\\d{2}$' })),
  hosting: nullable(oneOf(HOSTINGS)),
  url: nullable(str({ format: 'uri' })),
  repositoryUrl: nullable(str({ format: 'uri' })),
  licence: nullable(str({ maxLength: 100 })),
  yearlyCost: nullable(int({ minimum: 0 })),
  launchYear: nullable(int({ minimum: 1980, maximum: 2100 })),
  contactName: nullable(str()),
  contactEmail: nullable(str({ format: 'email' })),
  contactPhone: nullable(str()),
  functions: { ...arrayOf(codePattern(FUNCTION_CODE)), maxItems: 60 },
  dataEntities: {
    ...arrayOf(object({ code: codePattern(DATA_ENTITY_CODE), role: oneOf(DATA_ROLES) })),
    maxItems: 60,
  },
  consumedApis: {
    ...arrayOf(int({ minimum: 1 })),
    maxItems: 100,
    description: 'Ids of APIs this application uses.',
  },
  relations: {
    ...arrayOf(object({ application: int({ minimum: 1 }), kind: oneOf(RELATION_KINDS) })),
    maxItems: 100,
  },
};
const apiInputProperties: Record<string, SchemaObject> = {
  name: str({ minLength: 3, maxLength: 200 }),
  apiVersion: str({ maxLength: 40, default: '1' }),
  description: str({ maxLength: 5000 }),
  protocol: oneOf(PROTOCOLS),
  baseUrl: nullable(str({ format: 'uri' })),
  documentationUrl: nullable(str({ format: 'uri' })),
  access: oneOf(API_ACCESS),
  auth: oneOf(API_AUTH),
  splpPublished: bool,
  contactEmail: nullable(str({ format: 'email' })),
  dataEntities: arrayOf(codePattern(DATA_ENTITY_CODE)),
  spec: {
    description:
      'The original OpenAPI 3, Swagger 2.0 or WSDL document: a string (JSON, YAML or XML) or a JSON object. At most 1 MiB.',
  },
};
const written = object({ id: int(), version: int({ minimum: 1 }) }, 'The entry and its new version.');

/** The write API: registering and maintaining applications and APIs with a personal API token. */
function writePaths(): OpenApiDocument['paths'] {
  return {
    '/api/v1/me': {
      get: {
        tags: ['registry'],
        operationId: 'getMe',
        summary: 'Who the token (or session) belongs to',
        security: bearer,
        responses: {
          '200': jsonOk(ref('User'), 'The signed-in user'),
          ...errorsOf('401'),
        },
      },
    },
    '/api/v1/applications/{id}/history': {
      get: {
        tags: ['registry'],
        operationId: 'getApplicationHistory',
        summary: 'The audit trail of an application: who changed what, newest first',
        parameters: [idPath('Application')],
        responses: {
          '200': jsonOk(
            object({ application: object({ id: int(), name: str() }), items: arrayOf(ref('AuditEvent')) }),
            'History',
          ),
          '400': invalid,
          '404': notFound,
        },
      },
    },
    '/api/v1/applications/{id}/status': {
      post: {
        tags: ['registry'],
        operationId: 'changeApplicationStatus',
        summary: 'Activate (a draft or an approved application), retire or reopen',
        security: bearer,
        parameters: [idPath('Application')],
        requestBody: json(
          object({ action: oneOf(['activate', 'retire', 'reopen']), version: int({ minimum: 1 }) }),
        ),
        responses: {
          '200': jsonOk(object({ id: int(), status: str(), version: int() }), 'The new status'),
          ...errorsOf('400', '401', '403', '404', '409'),
        },
      },
    },
    '/api/v1/applications/{id}/apis': {
      post: {
        tags: ['registry'],
        operationId: 'createApi',
        summary: 'Add an API the application provides, optionally with its spec',
        security: bearer,
        parameters: [idPath('Application')],
        requestBody: json({ type: 'object', required: ['name'], properties: apiInputProperties }),
        responses: {
          '201': jsonOk(object({ id: int(), applicationId: int(), version: int() }), 'Created'),
          ...errorsOf('400', '401', '403', '404', '413', '422'),
        },
      },
    },
    '/api/v1/apis/{id}': {
      put: {
        tags: ['registry'],
        operationId: 'updateApi',
        summary: 'Replace an API’s fields (and spec, if sent) from the version it was read at',
        security: bearer,
        parameters: [idPath('API')],
        requestBody: json({
          type: 'object',
          required: ['name', 'version'],
          properties: { ...apiInputProperties, version: int({ minimum: 1 }) },
        }),
        responses: {
          '200': jsonOk(object({ id: int(), applicationId: int(), version: int() }), 'Saved'),
          ...errorsOf('400', '401', '403', '404', '409', '413', '422'),
        },
      },
      delete: {
        tags: ['registry'],
        operationId: 'deleteApi',
        summary: 'Delete an API',
        security: bearer,
        parameters: [idPath('API'), versionQuery],
        responses: { '204': { description: 'Deleted' }, ...errorsOf('400', '401', '403', '404', '409') },
      },
    },
    '/api/v1/functions/proposals': {
      post: {
        tags: ['registry'],
        operationId: 'proposeFunction',
        summary: 'Propose a business function the catalogue lacks (an admin accepts or merges it)',
        security: bearer,
        requestBody: json({
          type: 'object',
          required: ['parent', 'title'],
          properties: {
            parent: str({ pattern: '^RA[BL]\\.\\d{2}\\.\\d{2}$' }),
            title: str({ minLength: 3, maxLength: 150 }),
            titleEn: str({ maxLength: 150 }),
            description: str({ maxLength: 2000 }),
          },
        }),
        responses: {
          '201': jsonOk(object({ code: str(), status: oneOf(['proposed']) }), 'Proposed'),
          ...errorsOf('400', '401', '403', '422'),
        },
      },
    },
  };
}

/** The facets of the search and the API list (`src/features/search/schemas.ts`). */
const searchFacetParams = () => [
  q,
  query('protocol', oneOf(PROTOCOLS), 'API protocol; keeps APIs and operations only.'),
  query('access', oneOf(API_ACCESS), 'API access; keeps APIs and operations only.'),
  query('splp', oneOf(['true', 'false']), 'Published on SPLP; keeps APIs and operations only.'),
  query(
    'agency',
    codePattern(AGENCY_CODE),
    'Owner agency code (`35.07`, `BKN`); keeps applications, APIs and operations.',
  ),
  query('agencyKind', oneOf(AGENCY_KINDS), 'Kind of owner agency.'),
  query(
    'dataEntity',
    codePattern(DATA_ENTITY_CODE),
    'Data entity code: applications that handle it, APIs that expose it (and their operations).',
  ),
  query('function', codePattern(FUNCTION_CODE), 'Function code: applications performing it, and their APIs.'),
  query('status', oneOf(PUBLIC_STATUSES), 'Lifecycle status of the (owning) application.'),
];

/** `GET /api/v1/search` and `GET /api/v1/apis`. */
function searchPaths(): OpenApiDocument['paths'] {
  return {
    '/api/v1/search': {
      get: {
        tags: ['search'],
        operationId: 'search',
        summary: 'Search applications, APIs, API operations, functions and data entities',
        description:
          'Ranked by relevance (exact name, acronym or code first, then bm25), the reusable source first: national services, then applications and APIs published on SPLP with many consumers. An application matches by its name, acronym, description and the titles of its functions; Indonesian words match their derived forms (`kepegawaian` ⇄ `pegawai`), agency jargon its formal words (`surat` → `naskah dinas`, `ASN`, `lelang` → `tender`) and English words their Indonesian equivalents (`personnel` → `pegawai`); the last word matches as a prefix. When nothing matches, mistyped words are corrected and `correctedQuery` says which query was answered. At most 200 matches of each kind are examined: when more match, `capped` is true and `total` and the facet counts are lower bounds. Only published applications and their APIs are searched. Unknown agency, data entity or function codes answer 400 naming the field.',
        parameters: [
          ...searchFacetParams(),
          query(
            'type',
            oneOf(SEARCH_TYPES),
            'List only this kind (the `type` facet still counts every kind).',
          ),
          ...paging,
        ],
        responses: { '200': ok(ref('SearchPage'), 'A page of results with facet counts'), '400': invalid },
      },
    },
    '/api/v1/apis': {
      get: {
        tags: ['search'],
        operationId: 'listApis',
        summary: 'List and search the APIs of published applications',
        description:
          'With `q`, by relevance, APIs of national services first, then those published on SPLP with many consumers: an API matches by its own name and description or by its operations; when nothing matches, mistyped words are corrected (`correctedQuery`). Without, by name; `total` counts up to 1,000 (`capped` beyond).',
        parameters: [...searchFacetParams(), ...paging],
        responses: { '200': ok(ref('ApiListPage'), 'A page of APIs'), '400': invalid },
      },
    },
  };
}

const facetValues = () => arrayOf(ref('FacetValue'));
const searchPage = (item: string, extra: Record<string, SchemaObject>, description: string) =>
  object(
    {
      items: arrayOf(ref(item)),
      total: int({ minimum: 0, description: 'Matching items examined (see `capped`).' }),
      page: int({ minimum: 1 }),
      pageSize: int({ minimum: 0 }),
      capped: { ...bool, description: 'More matched than were examined: `total` is a lower bound.' },
      correctedQuery: nullable(
        str({ description: 'Nothing matched `q` as typed: these are the results for this corrected query.' }),
      ),
      ...extra,
    },
    description,
  );

function searchSchemas(): Record<string, SchemaObject> {
  const html = (what: string) =>
    str({ description: `${what} as HTML: the text escaped, the matched words in \`<mark>\`.` });
  return {
    SearchResult: object(
      {
        type: oneOf(SEARCH_TYPES),
        id: int(),
        code: nullable(str({ description: 'Function or data entity code.' })),
        title: str(),
        titleHtml: html('The title'),
        subtitle: nullable(
          str({ description: 'Acronym, English title, or an operation’s method and path.' }),
        ),
        snippetHtml: html('The best matching passage of the description'),
        status: nullable(oneOf(PUBLIC_STATUSES)),
        protocol: nullable(oneOf(PROTOCOLS)),
        access: nullable(oneOf(API_ACCESS)),
        splpPublished: nullable(bool),
        method: nullable(str()),
        path: nullable(str()),
        application: nullable(object({ id: int(), name: str(), acronym: nullable(str()) })),
        api: nullable(object({ id: int(), name: str() }, 'The API of an operation.')),
        agency: nullable(object({ code: str(), name: str() })),
        links: links('html'),
      },
      'One result: an application, API, API operation, function or data entity.',
    ),
    FacetValue: object({
      value: str({ description: 'The filter value to send back.' }),
      label: nullable(str()),
      count: int({ minimum: 1 }),
    }),
    SearchFacets: object(
      {
        type: facetValues(),
        protocol: facetValues(),
        access: facetValues(),
        splp: facetValues(),
        agencyKind: facetValues(),
        status: facetValues(),
        agency: facetValues(),
        dataEntity: facetValues(),
        function: facetValues(),
      },
      'Counts over the results examined; agency, data entity and function: the ten most frequent, over the top results.',
    ),
    SearchPage: searchPage('SearchResult', { facets: ref('SearchFacets') }, 'A page of search results.'),
    ApiListItem: object(
      {
        id: int(),
        name: str(),
        version: str(),
        description: str(),
        protocol: oneOf(PROTOCOLS),
        access: oneOf(API_ACCESS),
        auth: oneOf(API_AUTH),
        splpPublished: bool,
        baseUrl: nullable(str()),
        snippetHtml: html('The description'),
        application: object({ id: int(), name: str(), acronym: nullable(str()) }),
        agency: object({ code: str(), name: str() }),
        links: links('html'),
      },
      'An API of a published application.',
    ),
    ApiListPage: searchPage('ApiListItem', {}, 'A page of APIs.'),
  };
}

/** The OpenAPI 3.1 description of /api/v1; a test checks it matches the registered routes. */
export function openApiDocument(serverUrl = '/'): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Katalog Aplikasi SPBE API',
      version: '1.0.0',
      description:
        'Read-only access to the national catalogue of Indonesian government applications: applications, agencies, business functions, data entities and the SPBE reference architecture. Only published entries are returned. Codes in paths and filters are case-insensitive. Errors are RFC 9457 problem documents.',
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: 'applications', description: 'Government applications.' },
      { name: 'agencies', description: 'Ministries, agencies, provinces, regencies and cities.' },
      { name: 'catalogue', description: 'Business functions, data entities and SPBE reference codes.' },
      { name: 'overlap', description: 'Duplicate detection: does a proposal repeat what already exists?' },
      {
        name: 'review',
        description: 'KemenPANRB decisions on proposals and the clearances they issue, open to everyone.',
      },
      {
        name: 'registry',
        description:
          'Registering and maintaining applications and APIs, for agency operators and admins, with a personal API token (created on /akun). Every change is audited; every update names the version it started from.',
      },
      {
        name: 'search',
        description:
          'One search over applications, APIs, API operations, functions and data entities, and the API list, with facets.',
      },
      { name: 'meta', description: 'This description.' },
    ],
    paths: {
      '/api/v1/openapi.json': {
        get: {
          tags: ['meta'],
          operationId: 'getOpenApi',
          summary: 'This document',
          responses: {
            '200': ok({ type: 'object', description: 'An OpenAPI 3.1 document.' }, 'OpenAPI 3.1 document'),
          },
        },
      },
      '/api/v1/applications': {
        get: {
          tags: ['applications'],
          operationId: 'listApplications',
          summary: 'List and search published applications',
          description: 'Unknown agency, sector or function codes answer 400 naming the field.',
          parameters: [
            q,
            query(
              'agency',
              codePattern(AGENCY_CODE),
              'Owner agency code: a Kemendagri region code (`35.07`) or a central agency code (`BKN`).',
            ),
            query('agencyKind', oneOf(AGENCY_KINDS), 'Kind of owner agency.'),
            query('province', codePattern(PROVINCE_CODE), 'Two-digit province code.'),
            query(
              'category',
              oneOf(CATEGORIES),
              '`umum` = national shared application, `khusus` = agency-specific.',
            ),
            query(
              'scope',
              oneOf(SCOPES),
              '`national` = a national service (every Aplikasi Umum and the mandated national sector platforms), `agency` = the rest.',
            ),
            query('status', oneOf(PUBLIC_STATUSES), 'Lifecycle status.'),
            query('sector', codePattern(SECTOR_CODE), 'RAB sector (level 1) or urusan (level 2) code.'),
            query('function', codePattern(FUNCTION_CODE), 'Catalogue function code.'),
            query('sort', oneOf(SORTS), 'Order; `relevance` by default when `q` is given, else `name`.'),
            ...paging,
          ],
          responses: listResponses('ApplicationSummary', 'A page of applications'),
        },
        post: {
          tags: ['registry'],
          operationId: 'createApplication',
          summary: 'Register an application (as a draft, or active if it already runs)',
          description: 'Operators register for their own agency; unknown codes are reported by field.',
          security: bearer,
          requestBody: json({
            type: 'object',
            required: ['name'],
            properties: { ...applicationInputProperties, status: oneOf(['draft', 'active']) },
          }),
          responses: { '201': jsonOk(written, 'Created'), ...errorsOf('400', '401', '403', '413', '422') },
        },
      },
      '/api/v1/applications/{id}': {
        put: {
          tags: ['registry'],
          operationId: 'updateApplication',
          summary: 'Replace an application’s fields and links, from the version it was read at',
          description:
            'Send every field (omitted ones are cleared) and the `version` you started from. A stale version answers 409 with what changed meanwhile; nothing is overwritten.',
          security: bearer,
          parameters: [idPath('Application')],
          requestBody: json({
            type: 'object',
            required: ['name', 'version'],
            properties: { ...applicationInputProperties, version: int({ minimum: 1 }) },
          }),
          responses: {
            '200': jsonOk(written, 'Saved'),
            ...errorsOf('400', '401', '403', '404', '409', '413', '422'),
          },
        },
        delete: {
          tags: ['registry'],
          operationId: 'deleteApplication',
          summary: 'Delete a draft (anything else is retired instead, so its history stays)',
          security: bearer,
          parameters: [idPath('Application'), versionQuery],
          responses: { '204': { description: 'Deleted' }, ...errorsOf('400', '401', '403', '404', '409') },
        },
        get: {
          tags: ['applications'],
          operationId: 'getApplication',
          summary: 'One application with its functions, data entities, APIs and relations',
          parameters: [path('id', int({ minimum: 0, maximum: 999_999_999_999 }), 'Application id.')],
          responses: oneResponses('Application', 'The application'),
        },
      },
      '/api/v1/agencies': {
        get: {
          tags: ['agencies'],
          operationId: 'listAgencies',
          summary: 'List agencies',
          parameters: [
            q,
            query('kind', oneOf(AGENCY_KINDS), 'Agency kind.'),
            query('province', codePattern(PROVINCE_CODE), 'Two-digit province code.'),
            ...paging,
          ],
          responses: listResponses('Agency', 'A page of agencies'),
        },
      },
      '/api/v1/agencies/{code}': {
        get: {
          tags: ['agencies'],
          operationId: 'getAgency',
          summary: 'One agency, its application count and (for a province) its kabupaten/kota',
          parameters: [path('code', codePattern(AGENCY_CODE), 'Agency code.')],
          responses: oneResponses('AgencyDetail', 'The agency'),
        },
      },
      '/api/v1/functions': {
        get: {
          tags: ['catalogue'],
          operationId: 'listFunctions',
          summary: 'The business function catalogue',
          description: 'An unknown `parent` code answers 400.',
          parameters: [
            q,
            query('sharedField', oneOf(SHARED_FIELDS), 'One of the eight shared-application fields.'),
            query('parent', codePattern(/^RA[BL]\.\d{2}(\.\d{2})?$/), 'RAB or RAL code (level 1 or 2).'),
            ...paging,
          ],
          responses: listResponses('Function', 'A page of functions'),
        },
      },
      '/api/v1/functions/{code}': {
        get: {
          tags: ['catalogue'],
          operationId: 'getFunction',
          summary: 'One business function',
          parameters: [path('code', codePattern(FUNCTION_CODE), 'Function code.')],
          responses: oneResponses('Function', 'The function'),
        },
      },
      '/api/v1/data-entities': {
        get: {
          tags: ['catalogue'],
          operationId: 'listDataEntities',
          summary: 'The data entity catalogue',
          description: 'An unknown `parent` code answers 400.',
          parameters: [
            q,
            query('sensitivity', oneOf(SENSITIVITIES), 'Sensitivity (sifat).'),
            query('parent', codePattern(/^RAD\.\d{2}(\.\d{2})?$/), 'RAD code (level 1 or 2).'),
            ...paging,
          ],
          responses: listResponses('DataEntity', 'A page of data entities'),
        },
      },
      '/api/v1/data-entities/{code}': {
        get: {
          tags: ['catalogue'],
          operationId: 'getDataEntity',
          summary: 'One data entity and who serves it: holders (masters first) and the APIs exposing it',
          parameters: [path('code', codePattern(DATA_ENTITY_CODE), 'Data entity code.')],
          responses: oneResponses('DataEntityDetail', 'The data entity'),
        },
      },
      ...searchPaths(),
      '/api/v1/overlap': {
        post: {
          tags: ['overlap'],
          operationId: 'checkOverlap',
          summary: 'Check a proposed application for overlap with every published application',
          description:
            'Scores candidates by rarity-weighted shared functions, data entities mastered or produced, and Indonesian-aware text similarity; returns the shared coverage and the ranked matches with their evidence. Unknown codes are reported, never dropped.',
          requestBody: { required: true, content: { 'application/json': { schema: ref('OverlapRequest') } } },
          responses: {
            '200': {
              description: 'The overlap report',
              content: { 'application/json': { schema: ref('OverlapReport') } },
            },
            '400': problem('Invalid proposal; `errors` names each bad field (`name`, `functions.2`, …).'),
            '413': problem('Request body larger than 64 KiB.'),
          },
        },
      },
      '/api/v1/applications/{id}/overlap': {
        get: {
          tags: ['overlap'],
          operationId: 'getApplicationOverlap',
          summary: 'What does this application duplicate? The same check for a published application',
          parameters: [path('id', int({ minimum: 1 }), 'Application id.')],
          responses: oneResponses('OverlapReport', 'The overlap report'),
        },
      },
      ...writePaths(),
      '/api/v1/decisions': {
        get: {
          tags: ['review'],
          operationId: 'listDecisions',
          summary: 'The public decision log: KemenPANRB decisions on published proposals, newest first',
          parameters: [
            query('decision', oneOf(DECISIONS), 'Only this decision.'),
            query('agency', str({ maxLength: 30 }), 'Proposing agency code.'),
            query('reason', str({ maxLength: 60 }), 'Only decisions giving this reason code.'),
            query('year', str({ pattern: '^\\d{4}$' }), 'Fiscal year of the proposal.'),
            query('page', int({ minimum: 1, maximum: 9999, default: 1 }), 'Page number, from 1.'),
            query('pageSize', int({ minimum: 1, maximum: 100, default: 20 }), 'Items per page.'),
          ],
          responses: listResponses('Decision', 'A page of decisions'),
        },
      },
      '/api/v1/clearances/{number}': {
        get: {
          tags: ['review'],
          operationId: 'verifyClearance',
          summary: 'Verify a clearance (rekomendasi): genuine, and not revoked?',
          description:
            '`valid` is true only when the content matches its keyed hash and the clearance was not revoked. An unknown number answers 404.',
          parameters: [
            path(
              'number',
              str({ pattern: '^REK-\\d{4}-\\d{5,}-[0-9A-Fa-f]{4}$' }),
              'Clearance number, e.g. `REK-2027-00001-AB12`.',
            ),
          ],
          responses: {
            '200': jsonOk(ref('Clearance'), 'The verification (never cached)'),
            '404': notFound,
          },
        },
      },
      '/api/v1/reference/{domain}': {
        get: {
          tags: ['catalogue'],
          operationId: 'listReferenceCodes',
          summary: 'All codes of one SPBE reference-architecture domain, in one page',
          parameters: [path('domain', oneOf(REFERENCE_DOMAINS), 'Domain (case-insensitive).')],
          responses: {
            '200': ok(ref('ReferenceCodePage'), 'All codes of the domain'),
            '400': invalid,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        token: {
          type: 'http',
          scheme: 'bearer',
          description: 'A personal API token (`kat_…`) created on /akun; it acts with its owner’s rights.',
        },
      },
      schemas: {
        Decision: object({
          proposal: object({
            id: int(),
            round: int({ minimum: 1 }),
            kind: oneOf(PROPOSAL_KINDS),
            fiscalYear: int(),
            requestedBudget: int({ minimum: 0 }),
          }),
          application: object({ id: int(), name: str(), acronym: nullable(str()) }),
          agency: object({ code: str(), name: str() }),
          decision: oneOf(DECISIONS),
          reasonCodes: arrayOf(str()),
          conditions: nullable(str()),
          comment: str(),
          suggestedAlternatives: arrayOf(object({ id: int(), name: str(), acronym: nullable(str()) })),
          decidedAt: str({ format: 'date-time' }),
          clearanceNumber: nullable(str()),
        }),
        DecisionPage: listPage('Decision'),
        Clearance: object({
          number: str(),
          valid: bool,
          revoked: bool,
          application: object({ id: int(), name: str() }),
          agency: object({ code: str(), name: str() }),
          fiscalYear: int(),
          budgetCeiling: int({ minimum: 0 }),
          issuedAt: str({ format: 'date-time' }),
        }),
        User: object({
          id: int(),
          email: str({ format: 'email' }),
          name: str(),
          role: oneOf(['operator', 'reviewer', 'admin']),
          agencyId: nullable(int()),
          agencyCode: nullable(str()),
          agencyName: nullable(str()),
          locale: str(),
        }),
        AuditEvent: object({
          id: int(),
          at: str({ format: 'date-time' }),
          actor: str(),
          action: str({ description: '`create`, `update`, `delete`, `status:<action>`.' }),
          version: nullable(int()),
          changes: arrayOf(ref('FieldChange')),
        }),
        Problem: {
          type: 'object',
          description: 'RFC 9457 problem details.',
          required: ['type', 'title', 'status'],
          properties: {
            type: str({ format: 'uri-reference' }),
            title: str(),
            status: int({ minimum: 400, maximum: 599 }),
            detail: str(),
            instance: str({ format: 'uri-reference' }),
            errors: arrayOf(
              object(
                {
                  field: str({ description: 'The query or path parameter at fault.' }),
                  message: str({ description: 'What is wrong, in Bahasa Indonesia / English.' }),
                },
                'One invalid field.',
              ),
            ),
            currentVersion: int({
              minimum: 1,
              description: 'On a stale-version conflict: the version now stored.',
            }),
            changes: {
              ...arrayOf(ref('FieldChange')),
              description: 'On a stale-version conflict: what others changed since the version you sent.',
            },
          },
        },
        FieldChange: {
          type: 'object',
          required: ['field', 'before', 'after'],
          properties: {
            field: str(),
            before: {},
            after: {},
            added: { type: 'array', items: {} },
            removed: { type: 'array', items: {} },
          },
        },
        ApplicationSummary: object({
          id: int(),
          name: str(),
          acronym: nullable(str()),
          summary: str({ description: 'The start of the description.' }),
          category: oneOf(CATEGORIES),
          scope: oneOf(SCOPES),
          status: oneOf(PUBLIC_STATUSES),
          agency: agencyRef,
          updatedAt: str({ format: 'date-time' }),
          links: links('self', 'html'),
        }),
        ApplicationSummaryPage: listPage('ApplicationSummary'),
        Api: object(
          {
            id: int(),
            name: str(),
            version: str(),
            description: str(),
            protocol: oneOf(PROTOCOLS),
            baseUrl: nullable(str()),
            access: oneOf(API_ACCESS),
            auth: oneOf(API_AUTH),
            splpPublished: { ...bool, description: 'Published on SPLP (the national integration layer).' },
            operations: int({ minimum: 0, description: 'Operations extracted from its spec.' }),
            application: apiOwner,
          },
          'An API provided by an application.',
        ),
        Application: object({
          id: int(),
          name: str(),
          acronym: nullable(str()),
          description: str(),
          category: oneOf(CATEGORIES),
          scope: oneOf(SCOPES),
          status: oneOf(PUBLIC_STATUSES),
          agency: agencyRef,
          unit: nullable(str()),
          raa: nullable(
            object({ code: str(), title: nullable(str()) }, 'RAA (application architecture) code.'),
          ),
          hosting: nullable(oneOf(HOSTINGS)),
          url: nullable(str()),
          repositoryUrl: nullable(str()),
          licence: nullable(str()),
          yearlyCost: nullable(int({ minimum: 0, description: 'Rupiah per year.' })),
          launchYear: nullable(int()),
          contact: object({ name: nullable(str()), email: nullable(str()), phone: nullable(str()) }),
          confidence: nullable(oneOf(CONFIDENCE, { description: 'Source confidence of seeded entries.' })),
          sourceNote: nullable(str()),
          version: int({ minimum: 1 }),
          createdAt: str({ format: 'date-time' }),
          updatedAt: str({ format: 'date-time' }),
          functions: arrayOf(object({ code: str(), title: str(), titleEn: str(), parent: str() })),
          dataEntities: arrayOf(
            object({
              code: str(),
              name: str(),
              role: oneOf(DATA_ROLES),
              sensitivity: oneOf(SENSITIVITIES),
              personalData: bool,
            }),
          ),
          apis: arrayOf(ref('Api')),
          consumesApis: arrayOf(ref('Api')),
          relations: arrayOf(
            object({
              kind: oneOf(RELATION_KINDS),
              direction: oneOf(['out', 'in'], { description: '`out`: this application → the other.' }),
              application: applicationRef,
            }),
          ),
          similar: arrayOf(
            object(
              {
                application: applicationRef,
                sharedFunctions: int({ minimum: 1, description: 'Functions both perform.' }),
              },
              'Applications performing the most of the same functions.',
            ),
          ),
          links: links('self', 'html'),
        }),
        Agency: object({ ...agencyProperties, links: links('self', 'html') }),
        AgencyPage: listPage('Agency'),
        AgencyDetail: object({
          ...agencyProperties,
          website: nullable(str()),
          sourceNote: nullable(str()),
          children: arrayOf(ref('Agency')),
          links: links('self', 'html', 'applications'),
        }),
        Function: object({
          code: str(),
          title: str(),
          titleEn: str(),
          description: str(),
          parent: str({ description: 'RAB or RAL level-2 code.' }),
          sharedField: nullable(oneOf(SHARED_FIELDS)),
          applications: int({ minimum: 0, description: 'Published applications performing it.' }),
          sharedApplications: int({ minimum: 0, description: 'Of which shared (`umum`).' }),
          links: links('self', 'html', 'applications'),
        }),
        FunctionPage: listPage('Function'),
        DataEntity: object(dataEntityProperties),
        DataEntityPage: listPage('DataEntity'),
        DataEntityDetail: object({
          ...dataEntityProperties,
          holders: arrayOf(
            object(
              { role: oneOf(DATA_ROLES), application: applicationRef },
              'An application holding the data; masters first.',
            ),
          ),
          apis: arrayOf(
            object(
              {
                id: int(),
                name: str(),
                protocol: oneOf(PROTOCOLS),
                access: oneOf(API_ACCESS),
                splpPublished: bool,
                application: apiOwner,
              },
              'An API exposing the data.',
            ),
          ),
        }),
        ReferenceCode: object({
          code: str(),
          level: int({ minimum: 1 }),
          parent: nullable(str()),
          title: str(),
          titleEn: nullable(str()),
          confidence: oneOf(CONFIDENCE),
          sourceNote: nullable(str()),
        }),
        OverlapRequest: {
          type: 'object',
          required: ['name'],
          properties: {
            name: str({ minLength: 3, maxLength: 200 }),
            description: str({ maxLength: 5000 }),
            functions: {
              type: 'array',
              maxItems: 50,
              items: str({
                pattern: '^RA[BL]\\.\\d{2}\\.\\d{2}(\\.\\d{2})?$',
                description: 'Function code or level-2 RAB/RAL code.',
              }),
            },
            dataEntities: { type: 'array', maxItems: 50, items: codePattern(DATA_ENTITY_CODE) },
          },
        },
        OverlapApplication: object({
          id: int(),
          name: str(),
          acronym: nullable(str()),
          agency: object({ code: str(), name: str() }),
          category: oneOf(CATEGORIES),
          scope: oneOf(SCOPES),
        }),
        OverlapEvidence: object(
          {
            functionScore: nullable({ type: 'number', minimum: 0, maximum: 1 }),
            dataScore: nullable({ type: 'number', minimum: 0, maximum: 1 }),
            textScore: { type: 'number', minimum: 0, maximum: 1 },
            functions: arrayOf(
              object({
                code: str(),
                title: str(),
                match: oneOf(['exact', 'parent']),
                inferred: { ...bool, description: 'Inferred from the text rather than picked.' },
              }),
            ),
            dataEntities: arrayOf(object({ code: str(), name: str(), role: oneOf(['master', 'producer']) })),
            terms: arrayOf(str({ description: 'A word as the proposal wrote it.' })),
          },
          'What the application shares with the proposal.',
        ),
        OverlapMatch: object({
          application: ref('OverlapApplication'),
          score: { type: 'number', minimum: 0, maximum: 1 },
          flagged: bool,
          evidence: ref('OverlapEvidence'),
        }),
        OverlapShared: object(
          {
            application: ref('OverlapApplication'),
            score: { type: 'number', minimum: 0, maximum: 1 },
            flagged: bool,
            coveredFunctions: arrayOf(object({ code: str(), title: str() })),
            evidence: ref('OverlapEvidence'),
          },
          "A national service that overlaps; `coveredFunctions` are the proposal's functions it really performs.",
        ),
        OverlapCluster: object(
          {
            label: str(),
            size: int({ minimum: 1 }),
            agencies: int({ minimum: 1, description: 'How many agencies own the applications.' }),
            score: { type: 'number', minimum: 0, maximum: 1 },
            flagged: bool,
            example: object({ id: int(), name: str(), agency: object({ code: str(), name: str() }) }),
            applicationIds: arrayOf(int()),
          },
          'Local look-alikes grouped by the same name without the region, or the same functions.',
        ),
        OverlapReport: object({
          sharedCoverage: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: "Weighted share of the proposal's functions that national services really perform.",
          },
          shared: arrayOf(ref('OverlapShared')),
          clusters: arrayOf(ref('OverlapCluster')),
          matches: arrayOf(ref('OverlapMatch')),
          inferredFunctions: arrayOf(
            object({
              code: str(),
              title: str(),
              confidence: { type: 'number', minimum: 0, maximum: 1 },
              words: arrayOf(str()),
            }),
          ),
        }),
        ReferenceCodePage: listPage('ReferenceCode'),
        ...searchSchemas(),
      },
    },
  };
}

/** `GET /api/v1/openapi.json`; `servers` follows `PUBLIC_URL` when it is configured. */
export function openApiRouter() {
  const r = new Hono<AppEnv>();
  r.use('/openapi.json', openData());
  r.get('/openapi.json', (c) => c.json(openApiDocument(c.get('config').PUBLIC_URL ?? '/')));
  return r;
}

import { type Context, Hono } from 'hono';
import { generateSpecs } from 'hono-openapi';
import * as v from 'valibot';
import { apiDocsRouter, DOCS_PATHS } from './features/apidocs/web';
import { catalogueApi } from './features/catalogue/api';
import { overlapApi } from './features/overlap/api';
import { reviewApi } from './features/procurement/api';
import { rationalisationApi } from './features/rationalisation/api';
import { registryApi } from './features/registry/api';
import { searchApi } from './features/search/api';
import { transferApi } from './features/transfer/api';
import type { AppEnv } from './kernel/env';
import { openData, openDataHeaders } from './kernel/http/open-data';
import { describe } from './kernel/http/openapi';

/** Where the API is mounted; the document's paths include it and `servers` is the site root. */
const BASE = '/api/v1';

/** The JSON API under `/api/v1`, described by `GET /api/v1/openapi.json`. */
export function apiRouter() {
  const api = new Hono<AppEnv>();
  let document: Promise<unknown> | undefined;
  // Generated once per app (the routes and PUBLIC_URL do not change while it runs).
  const documentFor = (c: Context<AppEnv>) =>
    (document ??= openApiDocument(api, c.get('config').PUBLIC_URL ?? '/'));
  api.use('/openapi.json', openData());
  api.get(
    '/openapi.json',
    describe({
      operationId: 'getOpenApi',
      tags: ['meta'],
      summary: 'This document',
      description:
        'The OpenAPI 3.1 description of this API, generated from the routes and the valibot schemas that validate their input and type their answers.',
      access: 'public',
      responses: {
        200: {
          description: 'OpenAPI 3.1 document',
          schema: v.pipe(v.looseObject({}), v.description('An OpenAPI 3.1 document.')),
          headers: openDataHeaders,
        },
      },
    }),
    async (c) => c.json(await documentFor(c)),
  );
  // The document as a page (HTML, not an operation of the API: left out of the document).
  api.route('/', apiDocsRouter(documentFor));
  // Before the catalogue: its CORS answers preflights for POST, the catalogue's only for reads.
  api.route('/', overlapApi());
  api.route('/', registryApi());
  api.route('/', reviewApi());
  api.route('/', searchApi());
  api.route('/', rationalisationApi());
  api.route('/', transferApi());
  api.route('/', catalogueApi());
  return api;
}

/**
 * The OpenAPI 3.1 document of `api`: hono-openapi walks the routes and reads what each one's
 * `describe()` and `input()` say (docs/decisions/0019); only the frame is written here.
 */
export async function openApiDocument(api: Hono<AppEnv>, serverUrl: string) {
  const doc = await generateSpecs(api, {
    // `/openapi.json` is a route, not a static file.
    excludeStaticFile: false,
    exclude: DOCS_PATHS,
    // Every operation states its own 400 (a problem document), never hono-openapi's default.
    defaultValidationErrorResponse: false,
    documentation: {
      info: {
        title: 'Katalog Aplikasi SPBE API',
        version: '1.0.0',
        description:
          'The national catalogue of Indonesian government applications: applications, agencies, business functions, data entities and the SPBE reference architecture to read (published entries, open to everyone), the overlap check, the public decision log and clearance verification; and, with a personal API token, the registry to write. Codes in paths and filters are case-insensitive. The whole catalogue is downloadable in one request: `/api/v1/export/applications.ndjson` or `.csv` (also `apis` and `agencies`), described for data portals at `/api/v1/dcat`. Errors are RFC 9457 problem documents (`application/problem+json`) whose `errors` names each bad field; messages follow `?lang=` or `Accept-Language` (Bahasa Indonesia by default).',
        contact: { name: 'Katalog Aplikasi SPBE — Kementerian PANRB', url: 'https://www.menpan.go.id' },
        license: { name: 'CC BY 4.0 (catalogue data; region codes ODbL 1.0)', identifier: 'CC-BY-4.0' },
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
        {
          name: 'open data',
          description:
            'Everything public in bulk: streamed NDJSON and CSV exports of applications, APIs and agencies (`/api/v1/export/…`), one application as publiccode.yml or Backstage catalog-info.yaml, and the DCAT-AP descriptor of the datasets (`/api/v1/dcat`).',
        },
        {
          name: 'stats',
          description:
            'National figures computed from the catalogue: duplicate clusters, shared coverage, savings.',
        },
        { name: 'meta', description: 'This description.' },
      ],
      components: {
        securitySchemes: {
          token: {
            type: 'http',
            scheme: 'bearer',
            description: 'A personal API token (`kat_…`) created on /akun; it acts with its owner’s rights.',
          },
        },
      },
    },
  });
  doc.paths = Object.fromEntries(Object.entries(doc.paths).map(([path, item]) => [BASE + path, item]));
  return doc;
}

import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { AGENCY_KINDS } from '../../../db/schema/agencies';
import { CATEGORIES, DATA_ROLES, PUBLIC_STATUSES } from '../../../db/schema/applications';
import { SENSITIVITIES } from '../../../db/schema/data';
import { SHARED_FIELDS } from '../../../db/schema/functions';
import { REFERENCE_DOMAINS } from '../../../db/schema/reference';
import type { AppEnv } from '../../env';
import {
  AGENCY_CODE,
  DATA_ENTITY_CODE,
  FUNCTION_CODE,
  PROVINCE_CODE,
  SECTOR_CODE,
  SORTS,
} from '../../schemas/catalogue';
import { MAX_PAGE, MAX_PAGE_SIZE } from '../../schemas/common';

type Schema = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = (extra: Schema = {}) => ({ type: 'string', ...extra });
const nullable = (s: Schema) => ({ anyOf: [s, { type: 'null' }] });
const query = (name: string, schema: Schema, description: string) => ({
  name,
  in: 'query',
  required: false,
  schema,
  description,
});
const path = (name: string, schema: Schema, description: string) => ({
  name,
  in: 'path',
  required: true,
  schema,
  description,
});

const paging = [
  query('page', { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 }, 'Page number, from 1.'),
  query('pageSize', { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 }, 'Items per page.'),
];
const q = query('q', str({ maxLength: 200 }), 'Full-text search; the last word matches as a prefix.');

const errors = {
  '400': {
    description: 'Invalid input; `errors` names each field.',
    content: { 'application/problem+json': { schema: ref('Problem') } },
  },
  '404': {
    description: 'Not found, or not published.',
    content: { 'application/problem+json': { schema: ref('Problem') } },
  },
};
const ok = (schema: Schema, description: string) => ({
  '200': { description, content: { 'application/json': { schema } } },
  ...errors,
});
const listOf = (item: string) => ({
  type: 'object',
  required: ['items', 'total', 'page', 'pageSize'],
  properties: {
    items: { type: 'array', items: ref(item) },
    total: { type: 'integer', minimum: 0 },
    page: { type: 'integer', minimum: 1 },
    pageSize: { type: 'integer', minimum: 0 },
  },
});
const pattern = (re: RegExp) => re.source;

/** The OpenAPI 3.1 description of /api/v1; a test checks it matches the registered routes. */
export function openApiDocument(serverUrl = '/') {
  const agencyRef = {
    type: 'object',
    required: ['code', 'name', 'kind'],
    properties: { code: str(), name: str(), kind: str({ enum: AGENCY_KINDS }) },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Katalog Aplikasi SPBE API',
      version: '1.0.0',
      description:
        'Read-only access to the national catalogue of Indonesian government applications: applications, agencies, business functions, data entities and the SPBE reference architecture. Only published entries are returned. Errors are RFC 9457 problem documents.',
    },
    servers: [{ url: serverUrl }],
    tags: [{ name: 'applications' }, { name: 'agencies' }, { name: 'catalogue' }, { name: 'meta' }],
    paths: {
      '/api/v1/openapi.json': {
        get: {
          tags: ['meta'],
          operationId: 'getOpenApi',
          summary: 'This document',
          responses: {
            '200': {
              description: 'OpenAPI 3.1 document',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
      '/api/v1/applications': {
        get: {
          tags: ['applications'],
          operationId: 'listApplications',
          summary: 'List and search published applications',
          parameters: [
            q,
            query(
              'agency',
              str({ pattern: pattern(AGENCY_CODE) }),
              'Owner agency code (Kemendagri region code or central agency code).',
            ),
            query('agencyKind', str({ enum: AGENCY_KINDS }), 'Kind of owner agency.'),
            query('province', str({ pattern: pattern(PROVINCE_CODE) }), 'Two-digit province code.'),
            query(
              'category',
              str({ enum: CATEGORIES }),
              '`umum` = national shared application, `khusus` = agency-specific.',
            ),
            query('status', str({ enum: PUBLIC_STATUSES }), 'Lifecycle status.'),
            query(
              'sector',
              str({ pattern: pattern(SECTOR_CODE) }),
              'RAB sector (level 1) or urusan (level 2) code.',
            ),
            query('function', str({ pattern: pattern(FUNCTION_CODE) }), 'Catalogue function code.'),
            query(
              'sort',
              str({ enum: SORTS }),
              'Order; `relevance` by default when `q` is given, else `name`.',
            ),
            ...paging,
          ],
          responses: ok(listOf('ApplicationSummary'), 'A page of applications'),
        },
      },
      '/api/v1/applications/{id}': {
        get: {
          tags: ['applications'],
          operationId: 'getApplication',
          summary: 'One application with its functions, data entities, APIs and relations',
          parameters: [path('id', { type: 'integer', minimum: 1 }, 'Application id.')],
          responses: ok(ref('Application'), 'The application'),
        },
      },
      '/api/v1/agencies': {
        get: {
          tags: ['agencies'],
          operationId: 'listAgencies',
          summary: 'List agencies',
          parameters: [
            q,
            query('kind', str({ enum: AGENCY_KINDS }), 'Agency kind.'),
            query('province', str({ pattern: pattern(PROVINCE_CODE) }), 'Two-digit province code.'),
            ...paging,
          ],
          responses: ok(listOf('Agency'), 'A page of agencies'),
        },
      },
      '/api/v1/agencies/{code}': {
        get: {
          tags: ['agencies'],
          operationId: 'getAgency',
          summary: 'One agency, its application count and (for a province) its kabupaten/kota',
          parameters: [path('code', str({ pattern: pattern(AGENCY_CODE) }), 'Agency code.')],
          responses: ok(ref('AgencyDetail'), 'The agency'),
        },
      },
      '/api/v1/functions': {
        get: {
          tags: ['catalogue'],
          operationId: 'listFunctions',
          summary: 'The business function catalogue',
          parameters: [
            q,
            query('sharedField', str({ enum: SHARED_FIELDS }), 'One of the eight shared-application fields.'),
            query(
              'parent',
              str({ pattern: '^RA[BL]\\.\\d{2}(\\.\\d{2})?$' }),
              'RAB or RAL code (level 1 or 2).',
            ),
            ...paging,
          ],
          responses: ok(listOf('Function'), 'A page of functions'),
        },
      },
      '/api/v1/functions/{code}': {
        get: {
          tags: ['catalogue'],
          operationId: 'getFunction',
          summary: 'One business function',
          parameters: [path('code', str({ pattern: pattern(FUNCTION_CODE) }), 'Function code.')],
          responses: ok(ref('Function'), 'The function'),
        },
      },
      '/api/v1/data-entities': {
        get: {
          tags: ['catalogue'],
          operationId: 'listDataEntities',
          summary: 'The data entity catalogue',
          parameters: [
            q,
            query('sensitivity', str({ enum: SENSITIVITIES }), 'Sensitivity (sifat).'),
            query('parent', str({ pattern: '^RAD\\.\\d{2}(\\.\\d{2})?$' }), 'RAD code (level 1 or 2).'),
            ...paging,
          ],
          responses: ok(listOf('DataEntity'), 'A page of data entities'),
        },
      },
      '/api/v1/data-entities/{code}': {
        get: {
          tags: ['catalogue'],
          operationId: 'getDataEntity',
          summary: 'One data entity and who serves it: holders (masters first) and the APIs exposing it',
          parameters: [path('code', str({ pattern: pattern(DATA_ENTITY_CODE) }), 'Data entity code.')],
          responses: ok(ref('DataEntityDetail'), 'The data entity'),
        },
      },
      '/api/v1/reference/{domain}': {
        get: {
          tags: ['catalogue'],
          operationId: 'listReferenceCodes',
          summary: 'Codes of one SPBE reference-architecture domain, levels 1–2',
          parameters: [path('domain', str({ enum: REFERENCE_DOMAINS }), 'Domain (case-insensitive).')],
          responses: ok(listOf('ReferenceCode'), 'All codes of the domain'),
        },
      },
    },
    components: {
      schemas: {
        Problem: {
          type: 'object',
          description: 'RFC 9457 problem details.',
          required: ['type', 'title', 'status'],
          properties: {
            type: str({ format: 'uri-reference' }),
            title: str(),
            status: { type: 'integer' },
            detail: str(),
            instance: str(),
            errors: {
              type: 'array',
              items: {
                type: 'object',
                required: ['field', 'message'],
                properties: { field: str(), message: str() },
              },
            },
          },
        },
        AgencyRef: agencyRef,
        ApplicationSummary: {
          type: 'object',
          required: ['id', 'name', 'category', 'status', 'agency', 'links'],
          properties: {
            id: { type: 'integer' },
            name: str(),
            acronym: nullable(str()),
            summary: str(),
            category: str({ enum: CATEGORIES }),
            status: str({ enum: PUBLIC_STATUSES }),
            agency: ref('AgencyRef'),
            updatedAt: str({ format: 'date-time' }),
            links: { type: 'object', properties: { self: str(), html: str() } },
          },
        },
        Api: {
          type: 'object',
          required: ['id', 'name', 'protocol', 'access', 'splpPublished'],
          properties: {
            id: { type: 'integer' },
            name: str(),
            version: str(),
            description: str(),
            protocol: str({ enum: ['rest', 'soap', 'graphql', 'event', 'file'] }),
            baseUrl: nullable(str()),
            access: str({ enum: ['publik', 'terbatas'] }),
            auth: str(),
            splpPublished: { type: 'boolean' },
            operations: { type: 'integer' },
            application: {
              type: 'object',
              properties: { id: { type: 'integer' }, name: str(), agency: str() },
            },
          },
        },
        Application: {
          type: 'object',
          required: ['id', 'name', 'category', 'status', 'agency', 'functions', 'dataEntities', 'apis'],
          properties: {
            id: { type: 'integer' },
            name: str(),
            acronym: nullable(str()),
            description: str(),
            category: str({ enum: CATEGORIES }),
            status: str({ enum: PUBLIC_STATUSES }),
            agency: ref('AgencyRef'),
            unit: nullable(str()),
            raa: nullable({ type: 'object', properties: { code: str(), title: str() } }),
            hosting: nullable(str({ enum: ['pdn', 'cloud', 'instansi'] })),
            url: nullable(str()),
            repositoryUrl: nullable(str()),
            licence: nullable(str()),
            yearlyCost: nullable({ type: 'integer', description: 'Rupiah per year' }),
            launchYear: nullable({ type: 'integer' }),
            contact: {
              type: 'object',
              properties: { name: nullable(str()), email: nullable(str()), phone: nullable(str()) },
            },
            confidence: nullable(str({ enum: ['V', 'S', 'B'] })),
            sourceNote: nullable(str()),
            version: { type: 'integer' },
            createdAt: str({ format: 'date-time' }),
            updatedAt: str({ format: 'date-time' }),
            functions: {
              type: 'array',
              items: {
                type: 'object',
                properties: { code: str(), title: str(), titleEn: str(), parent: str() },
              },
            },
            dataEntities: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  code: str(),
                  name: str(),
                  role: str({ enum: DATA_ROLES }),
                  sensitivity: str({ enum: SENSITIVITIES }),
                  personalData: { type: 'boolean' },
                },
              },
            },
            apis: { type: 'array', items: ref('Api') },
            consumesApis: { type: 'array', items: ref('Api') },
            relations: { type: 'array', items: { type: 'object' } },
            similar: { type: 'array', items: { type: 'object' } },
            links: { type: 'object' },
          },
        },
        Agency: {
          type: 'object',
          required: ['code', 'name', 'kind', 'applications'],
          properties: {
            code: str(),
            name: str(),
            shortName: nullable(str()),
            kind: str({ enum: AGENCY_KINDS }),
            provinceCode: nullable(str()),
            parent: nullable(str()),
            applications: { type: 'integer' },
            links: { type: 'object' },
          },
        },
        AgencyDetail: {
          type: 'object',
          required: ['code', 'name', 'kind', 'applications', 'children'],
          properties: {
            code: str(),
            name: str(),
            shortName: nullable(str()),
            kind: str({ enum: AGENCY_KINDS }),
            provinceCode: nullable(str()),
            parent: nullable(str()),
            website: nullable(str()),
            sourceNote: nullable(str()),
            applications: { type: 'integer' },
            children: { type: 'array', items: ref('Agency') },
            links: { type: 'object' },
          },
        },
        Function: {
          type: 'object',
          required: ['code', 'title', 'titleEn', 'parent'],
          properties: {
            code: str(),
            title: str(),
            titleEn: str(),
            description: str(),
            parent: str(),
            sharedField: nullable(str({ enum: SHARED_FIELDS })),
            applications: { type: 'integer' },
            sharedApplications: { type: 'integer' },
          },
        },
        DataEntity: {
          type: 'object',
          required: ['code', 'name', 'sensitivity', 'personalData'],
          properties: {
            code: str(),
            name: str(),
            nameEn: str(),
            description: str(),
            parent: str(),
            sensitivity: str({ enum: SENSITIVITIES }),
            personalData: { type: 'boolean' },
            dataKind: str(),
            steward: nullable({ type: 'object', properties: { code: str(), name: str() } }),
            masters: { type: 'integer' },
            apis: { type: 'integer' },
          },
        },
        DataEntityDetail: {
          allOf: [
            ref('DataEntity'),
            {
              type: 'object',
              properties: {
                holders: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: { role: str({ enum: DATA_ROLES }), application: { type: 'object' } },
                  },
                },
                exposedBy: { type: 'array', items: { type: 'object' } },
              },
            },
          ],
        },
        ReferenceCode: {
          type: 'object',
          required: ['code', 'level', 'title', 'confidence'],
          properties: {
            code: str(),
            level: { type: 'integer', minimum: 1, maximum: 2 },
            parent: nullable(str()),
            title: str(),
            titleEn: nullable(str()),
            confidence: str({ enum: ['V', 'S', 'B'] }),
            sourceNote: nullable(str()),
          },
        },
      },
    },
  };
}

export function openApiRouter() {
  const r = new Hono<AppEnv>();
  r.use('/openapi.json', cors({ origin: '*' }));
  r.get('/openapi.json', (c) => c.json(openApiDocument(c.get('config').PUBLIC_URL ?? '/')));
  return r;
}

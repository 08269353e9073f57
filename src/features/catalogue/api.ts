import { Hono } from 'hono';
import type { Category, Scope } from '../../../db/schema/applications';
import type { AppEnv } from '../../kernel/env';
import { openData, openDataHeaders } from '../../kernel/http/open-data';
import { describe, input, problemResponse } from '../../kernel/http/openapi';
import { AgencyCodeParams, DataEntityCodeParams, FunctionCodeParams } from './params';
import {
  AgencyDetail,
  AgencyListQuery,
  AgencyPage,
  type AgencySummary,
  type ApiSummary,
  ApplicationDetail,
  ApplicationIdParams,
  ApplicationListQuery,
  type ApplicationRef,
  type ApplicationSummary,
  ApplicationSummaryPage,
  DataEntityDetail,
  type DataEntityItem,
  DataEntityListQuery,
  DataEntityPage,
  type EntityApi,
  FunctionItem,
  FunctionListQuery,
  FunctionPage,
  type ReferenceCode,
  ReferenceCodePage,
  ReferenceDomainParams,
} from './schemas';
import type {
  AgencyListItem,
  ApiSummaryRow,
  ApplicationListItem,
  DataEntityRow,
  EntityApiRow,
  FunctionRow,
  ReferenceCodeRow,
} from './service';
import * as catalogue from './service';

const iso = (ms: number) => new Date(ms).toISOString();
const appLinks = (id: number) => ({ self: `/api/v1/applications/${id}`, html: `/aplikasi/${id}` });

/** A list page in the envelope every list endpoint answers. */
export const page = <R, T>(
  p: { items: R[]; total: number; page: number; pageSize: number },
  map: (r: R) => T,
) => ({
  items: p.items.map(map),
  total: p.total,
  page: p.page,
  pageSize: p.pageSize,
});

/** Another application, as nested in relations, similar applications and data holders. */
const applicationRef = (a: {
  id: number;
  name: string;
  acronym: string | null;
  category: Category;
  scope: Scope;
  agencyName: string;
}): ApplicationRef => ({
  id: a.id,
  name: a.name,
  acronym: a.acronym,
  category: a.category,
  scope: a.scope,
  agency: a.agencyName,
  links: appLinks(a.id),
});

export const applicationItem = (a: ApplicationListItem): ApplicationSummary => ({
  id: a.id,
  name: a.name,
  acronym: a.acronym,
  summary: a.summary,
  category: a.category,
  scope: a.scope,
  status: a.status,
  agency: { code: a.agencyCode, name: a.agencyName, kind: a.agencyKind },
  updatedAt: iso(a.updatedAt),
  links: appLinks(a.id),
});

const apiOwner = (p: { applicationId: number; applicationName: string; agencyName: string }) => ({
  id: p.applicationId,
  name: p.applicationName,
  agency: p.agencyName,
  links: appLinks(p.applicationId),
});

const apiItem = (p: ApiSummaryRow): ApiSummary => ({
  id: p.id,
  name: p.name,
  version: p.apiVersion,
  description: p.description,
  protocol: p.protocol,
  baseUrl: p.baseUrl,
  access: p.access,
  auth: p.auth,
  splpPublished: Boolean(p.splpPublished),
  operations: p.operations,
  application: apiOwner(p),
});

const entityApiItem = (p: EntityApiRow): EntityApi => ({
  id: p.id,
  name: p.name,
  protocol: p.protocol,
  access: p.access,
  splpPublished: Boolean(p.splpPublished),
  application: apiOwner(p),
});

const agencyItem = (a: AgencyListItem): AgencySummary => ({
  code: a.code,
  name: a.name,
  shortName: a.shortName,
  kind: a.kind,
  provinceCode: a.provinceCode,
  parent: a.parentCode,
  applications: a.applications,
  links: { self: `/api/v1/agencies/${a.code}`, html: `/instansi/${a.code}` },
});

const functionItem = (f: FunctionRow): FunctionItem => ({
  code: f.code,
  title: f.title,
  titleEn: f.titleEn,
  description: f.description,
  parent: f.parentCode,
  sharedField: f.sharedField,
  applications: f.applications,
  sharedApplications: f.sharedApplications,
  links: {
    self: `/api/v1/functions/${f.code}`,
    html: `/fungsi/${f.code}`,
    applications: `/api/v1/applications?function=${f.code}`,
  },
});

const dataEntityItem = (d: DataEntityRow): DataEntityItem => ({
  code: d.code,
  name: d.name,
  nameEn: d.nameEn,
  description: d.description,
  parent: d.parentCode,
  sensitivity: d.sensitivity,
  personalData: Boolean(d.personalData),
  dataKind: d.dataKind,
  steward: d.stewardCode && d.stewardName !== null ? { code: d.stewardCode, name: d.stewardName } : null,
  masterCount: d.masters,
  apiCount: d.apis,
  links: { self: `/api/v1/data-entities/${d.code}`, html: `/data/${d.code}` },
});

const referenceItem = (r: ReferenceCodeRow): ReferenceCode => ({
  code: r.code,
  level: r.level,
  parent: r.parentCode,
  title: r.title,
  titleEn: r.titleEn,
  confidence: r.confidence,
  sourceNote: r.sourceNote,
});

/**
 * Read-only catalogue resources under /api/v1: lists show published applications only; one
 * application is also visible to whoever may read it (its agency's operators, reviewers). Each handler parses with the same valibot schema as the web page and calls the same
 * service; `Invalid`/`NotFound` become problem+json in `app.onError`.
 */
export function catalogueApi() {
  const api = new Hono<AppEnv>();
  api.use(openData());
  const viewer = catalogue.PUBLIC_VIEWER;

  const listResponses = (
    schema: Parameters<typeof describe>[0]['responses'][string]['schema'],
    what: string,
  ) => ({
    200: { description: `A page of ${what}`, schema, headers: openDataHeaders },
    400: problemResponse('Invalid filter; `errors` names each bad query parameter.'),
  });
  const oneResponses = (
    schema: Parameters<typeof describe>[0]['responses'][string]['schema'],
    what: string,
  ) => ({
    200: { description: what, schema, headers: openDataHeaders },
    400: problemResponse('Malformed key; `errors` names the path parameter.'),
    404: problemResponse('Not found, or not published.'),
  });

  api.get(
    '/applications',
    describe({
      operationId: 'listApplications',
      tags: ['applications'],
      summary: 'List and search published applications',
      description:
        'Published applications only, filtered and paged. Unknown agency, sector or function codes answer 400 naming the field.',
      access: 'public',
      responses: listResponses(ApplicationSummaryPage, 'applications'),
    }),
    input('query', ApplicationListQuery),
    async (c) =>
      c.json(
        page(await catalogue.listApplications(c.get('db'), viewer, c.req.valid('query')), applicationItem),
      ),
  );

  api.get(
    '/applications/:id',
    describe({
      operationId: 'getApplication',
      tags: ['applications'],
      summary: 'One application with its functions, data entities, APIs and relations',
      description:
        'A published application is open to everyone; with a token (or session), also the drafts and proposals of the caller’s agency.',
      access: 'optional',
      responses: oneResponses(ApplicationDetail, 'The application'),
    }),
    input('param', ApplicationIdParams),
    async (c) => {
      const { id } = c.req.valid('param');
      // The public sees published entries; an operator also their agency's drafts.
      const d = await catalogue.applicationDetail(c.get('db'), catalogue.viewerOf(c.get('user')), id);
      const a = d.application;
      const body: ApplicationDetail = {
        id: a.id,
        name: a.name,
        acronym: a.acronym,
        description: a.description,
        category: a.category,
        scope: a.scope,
        status: a.status,
        agency: { code: a.agencyCode, name: a.agencyName, kind: a.agencyKind },
        unit: a.unit,
        raa: a.raaCode ? { code: a.raaCode, title: a.raaTitle } : null,
        hosting: a.hosting,
        url: a.url,
        repositoryUrl: a.repositoryUrl,
        licence: a.licence,
        yearlyCost: a.yearlyCost,
        launchYear: a.launchYear,
        contact: { name: a.contactName, email: a.contactEmail, phone: a.contactPhone },
        confidence: a.confidence,
        sourceNote: a.sourceNote,
        version: a.version,
        createdAt: iso(a.createdAt),
        updatedAt: iso(a.updatedAt),
        functions: d.functions.map((f) => ({
          code: f.code,
          title: f.title,
          titleEn: f.titleEn,
          parent: f.parentCode,
        })),
        dataEntities: d.dataEntities.map((e) => ({
          code: e.code,
          name: e.name,
          role: e.role,
          sensitivity: e.sensitivity,
          personalData: Boolean(e.personalData),
        })),
        apis: d.providedApis.map(apiItem),
        consumesApis: d.consumedApis.map(apiItem),
        relations: d.related.map((r) => ({
          kind: r.kind,
          direction: r.direction,
          application: applicationRef(r),
        })),
        similar: d.similar.map((s) => ({ application: applicationRef(s), sharedFunctions: s.shared })),
        links: appLinks(a.id),
      };
      return c.json(body);
    },
  );

  api.get(
    '/agencies',
    describe({
      operationId: 'listAgencies',
      tags: ['agencies'],
      summary: 'List agencies',
      description:
        'Ministries, agencies, provinces, regencies and cities, with their published application counts.',
      access: 'public',
      responses: listResponses(AgencyPage, 'agencies'),
    }),
    input('query', AgencyListQuery),
    async (c) =>
      c.json(page(await catalogue.listAgencies(c.get('db'), viewer, c.req.valid('query')), agencyItem)),
  );

  api.get(
    '/agencies/:code',
    describe({
      operationId: 'getAgency',
      tags: ['agencies'],
      summary: 'One agency, its application count and (for a province) its kabupaten/kota',
      description:
        'The agency’s own fields, its published application count and, for a province, its regencies and cities.',
      access: 'public',
      responses: oneResponses(AgencyDetail, 'The agency'),
    }),
    input('param', AgencyCodeParams),
    async (c) => {
      const { code } = c.req.valid('param');
      const { agency, applications, children } = await catalogue.agencyDetail(c.get('db'), viewer, code, 1);
      const body: AgencyDetail = {
        code: agency.code,
        name: agency.name,
        shortName: agency.shortName,
        kind: agency.kind,
        provinceCode: agency.provinceCode,
        parent: agency.parentCode,
        website: agency.website,
        sourceNote: agency.sourceNote,
        applications: applications.total,
        children: children.map(agencyItem),
        links: {
          self: `/api/v1/agencies/${agency.code}`,
          html: `/instansi/${agency.code}`,
          applications: `/api/v1/applications?agency=${encodeURIComponent(agency.code)}`,
        },
      };
      return c.json(body);
    },
  );

  api.get(
    '/functions',
    describe({
      operationId: 'listFunctions',
      tags: ['catalogue'],
      summary: 'The business function catalogue',
      description:
        'Functions of the RAB and RAL with their application counts. An unknown `parent` code answers 400.',
      access: 'public',
      responses: listResponses(FunctionPage, 'functions'),
    }),
    input('query', FunctionListQuery),
    async (c) => c.json(page(await catalogue.listFunctions(c.get('db'), c.req.valid('query')), functionItem)),
  );

  api.get(
    '/functions/:code',
    describe({
      operationId: 'getFunction',
      tags: ['catalogue'],
      summary: 'One business function',
      description: 'A function with its parent and how many published applications perform it.',
      access: 'public',
      responses: oneResponses(FunctionItem, 'The function'),
    }),
    input('param', FunctionCodeParams),
    async (c) => {
      const d = await catalogue.functionDetail(c.get('db'), viewer, c.req.valid('param').code, 1);
      return c.json(functionItem(d.function));
    },
  );

  api.get(
    '/data-entities',
    describe({
      operationId: 'listDataEntities',
      tags: ['catalogue'],
      summary: 'The data entity catalogue',
      description:
        'Data entities of the RAD with their stewards and counts. An unknown `parent` code answers 400.',
      access: 'public',
      responses: listResponses(DataEntityPage, 'data entities'),
    }),
    input('query', DataEntityListQuery),
    async (c) =>
      c.json(
        page(await catalogue.listDataEntities(c.get('db'), viewer, c.req.valid('query')), dataEntityItem),
      ),
  );

  api.get(
    '/data-entities/:code',
    describe({
      operationId: 'getDataEntity',
      tags: ['catalogue'],
      summary: 'One data entity and who serves it: holders (masters first) and the APIs exposing it',
      description: 'The published applications holding the data (masters first) and the APIs that expose it.',
      access: 'public',
      responses: oneResponses(DataEntityDetail, 'The data entity'),
    }),
    input('param', DataEntityCodeParams),
    async (c) => {
      const d = await catalogue.dataEntityDetail(c.get('db'), viewer, c.req.valid('param').code);
      const body: DataEntityDetail = {
        ...dataEntityItem(d.entity),
        holders: d.holders.map((h) => ({ role: h.role, application: applicationRef(h) })),
        apis: d.apis.map(entityApiItem),
      };
      return c.json(body);
    },
  );

  api.get(
    '/reference/:domain',
    describe({
      operationId: 'listReferenceCodes',
      tags: ['catalogue'],
      summary: 'All codes of one SPBE reference-architecture domain, in one page',
      description:
        'Every code of the domain (RAB, RAL, RAD, RAA, RAI, RAK) with its level, parent and source confidence.',
      access: 'public',
      responses: {
        200: { description: 'All codes of the domain', schema: ReferenceCodePage, headers: openDataHeaders },
        400: problemResponse('Unknown domain; `errors` names the path parameter.'),
      },
    }),
    input('param', ReferenceDomainParams),
    async (c) => {
      const items = (await catalogue.referenceDomain(c.get('db'), c.req.valid('param').domain)).map(
        referenceItem,
      );
      return c.json({ items, total: items.length, page: 1, pageSize: items.length });
    },
  );

  return api;
}

import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../../kernel/env';
import { queryRecord } from '../../kernel/http/render';
import { parseOrThrow } from '../../kernel/schemas';
import { AgencyCodeParam, DataEntityCodeParam, FunctionCodeParam } from './params';
import type { AgencyListItem } from './repo/agencies';
import type { ApiSummary, ApplicationListItem } from './repo/applications';
import type { DataEntityRow, EntityApi, FunctionRow, ReferenceCodeRow } from './repo/catalogue';
import {
  AgencyListQuery,
  ApplicationListQuery,
  DataEntityListQuery,
  FunctionListQuery,
  IdParam,
  ReferenceDomainParam,
} from './schemas';
import * as catalogue from './service';

const iso = (ms: number) => new Date(ms).toISOString();
const appLinks = (id: number) => ({ self: `/api/v1/applications/${id}`, html: `/aplikasi/${id}` });

/** The catalogue is open data: any origin may read it, and shared caches may keep a success for a minute. */
export function openData(): MiddlewareHandler<AppEnv> {
  const allowAnyOrigin = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] });
  return (c, next) =>
    allowAnyOrigin(c, async () => {
      await next();
      if ((c.req.method === 'GET' || c.req.method === 'HEAD') && c.res.status === 200) {
        // A signed-in caller may see their agency's drafts: never let a shared cache keep that.
        c.header('Cache-Control', c.get('user') ? 'private, no-store' : 'public, max-age=60');
        c.header('Vary', 'Authorization, Cookie', { append: true });
      }
    });
}

/** The headers `openData()` adds to a successful read, as the OpenAPI document states them. */
export const openDataHeaders = {
  'Cache-Control': {
    description: 'Anonymous successful reads may be cached for a minute; signed-in ones are not.',
    schema: { type: 'string' as const },
  },
  'Access-Control-Allow-Origin': {
    description: 'Open data: any origin may read.',
    schema: { type: 'string' as const },
  },
};

/** A list page in the envelope every list endpoint answers. */
const page = <R, T>(p: { items: R[]; total: number; page: number; pageSize: number }, map: (r: R) => T) => ({
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
  category: string;
  scope: string;
  agencyName: string;
}) => ({
  id: a.id,
  name: a.name,
  acronym: a.acronym,
  category: a.category,
  scope: a.scope,
  agency: a.agencyName,
  links: appLinks(a.id),
});

export const applicationItem = (a: ApplicationListItem) => ({
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

const apiItem = (p: ApiSummary) => ({
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

const entityApiItem = (p: EntityApi) => ({
  id: p.id,
  name: p.name,
  protocol: p.protocol,
  access: p.access,
  splpPublished: Boolean(p.splpPublished),
  application: apiOwner(p),
});

const agencyItem = (a: AgencyListItem) => ({
  code: a.code,
  name: a.name,
  shortName: a.shortName,
  kind: a.kind,
  provinceCode: a.provinceCode,
  parent: a.parentCode,
  applications: a.applications,
  links: { self: `/api/v1/agencies/${a.code}`, html: `/instansi/${a.code}` },
});

const functionItem = (f: FunctionRow) => ({
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

const dataEntityItem = (d: DataEntityRow) => ({
  code: d.code,
  name: d.name,
  nameEn: d.nameEn,
  description: d.description,
  parent: d.parentCode,
  sensitivity: d.sensitivity,
  personalData: Boolean(d.personalData),
  dataKind: d.dataKind,
  steward: d.stewardCode ? { code: d.stewardCode, name: d.stewardName } : null,
  masterCount: d.masters,
  apiCount: d.apis,
  links: { self: `/api/v1/data-entities/${d.code}`, html: `/data/${d.code}` },
});

const referenceItem = (r: ReferenceCodeRow) => ({
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

  api.get('/applications', async (c) => {
    const q = parseOrThrow(ApplicationListQuery, queryRecord(c));
    return c.json(page(await catalogue.listApplications(c.get('db'), viewer, q), applicationItem));
  });

  api.get('/applications/:id', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    // The public sees published entries; an operator also their agency's drafts.
    const d = await catalogue.applicationDetail(c.get('db'), catalogue.viewerOf(c.get('user')), id);
    const a = d.application;
    return c.json({
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
    });
  });

  api.get('/agencies', async (c) => {
    const q = parseOrThrow(AgencyListQuery, queryRecord(c));
    return c.json(page(await catalogue.listAgencies(c.get('db'), viewer, q), agencyItem));
  });

  api.get('/agencies/:code', async (c) => {
    const code = parseOrThrow(AgencyCodeParam, c.req.param('code'), 'code');
    const { agency, applications, children } = await catalogue.agencyDetail(c.get('db'), viewer, code, 1);
    return c.json({
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
    });
  });

  api.get('/functions', async (c) => {
    const q = parseOrThrow(FunctionListQuery, queryRecord(c));
    return c.json(page(await catalogue.listFunctions(c.get('db'), q), functionItem));
  });

  api.get('/functions/:code', async (c) => {
    const code = parseOrThrow(FunctionCodeParam, c.req.param('code'), 'code');
    const d = await catalogue.functionDetail(c.get('db'), viewer, code, 1);
    return c.json(functionItem(d.function));
  });

  api.get('/data-entities', async (c) => {
    const q = parseOrThrow(DataEntityListQuery, queryRecord(c));
    return c.json(page(await catalogue.listDataEntities(c.get('db'), viewer, q), dataEntityItem));
  });

  api.get('/data-entities/:code', async (c) => {
    const code = parseOrThrow(DataEntityCodeParam, c.req.param('code'), 'code');
    const d = await catalogue.dataEntityDetail(c.get('db'), viewer, code);
    return c.json({
      ...dataEntityItem(d.entity),
      holders: d.holders.map((h) => ({ role: h.role, application: applicationRef(h) })),
      apis: d.apis.map(entityApiItem),
    });
  });

  api.get('/reference/:domain', async (c) => {
    const domain = parseOrThrow(ReferenceDomainParam, c.req.param('domain'), 'domain');
    const items = (await catalogue.referenceDomain(c.get('db'), domain)).map(referenceItem);
    return c.json({ items, total: items.length, page: 1, pageSize: items.length });
  });

  return api;
}

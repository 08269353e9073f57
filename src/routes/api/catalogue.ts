import { Hono } from 'hono';
import { cors } from 'hono/cors';
import * as v from 'valibot';
import type { AppEnv } from '../../env';
import type { AgencyListItem } from '../../repo/agencies';
import type { ApiSummary, ApplicationListItem } from '../../repo/applications';
import type { DataEntityRow, FunctionRow, ReferenceCodeRow } from '../../repo/catalogue';
import {
  AGENCY_CODE,
  AgencyListQuery,
  ApplicationListQuery,
  DATA_ENTITY_CODE,
  DataEntityListQuery,
  FUNCTION_CODE,
  FunctionListQuery,
  IdParam,
  ReferenceDomainParam,
} from '../../schemas/catalogue';
import { parseOrThrow } from '../../schemas/common';
import * as catalogue from '../../services/catalogue';
import { queryRecord } from '../web/render';

const iso = (ms: number) => new Date(ms).toISOString();
const codeParam = (re: RegExp, what: string) =>
  v.pipe(v.string(), v.toUpperCase(), v.regex(re, `malformed ${what} code`));
const AgencyCode = codeParam(AGENCY_CODE, 'agency');
const FunctionCode = codeParam(FUNCTION_CODE, 'function');
const DataEntityCode = codeParam(DATA_ENTITY_CODE, 'data entity');

export const applicationItem = (a: ApplicationListItem) => ({
  id: a.id,
  name: a.name,
  acronym: a.acronym,
  summary: a.summary,
  category: a.category,
  status: a.status,
  agency: { code: a.agencyCode, name: a.agencyName, kind: a.agencyKind },
  updatedAt: iso(a.updatedAt),
  links: { self: `/api/v1/applications/${a.id}`, html: `/aplikasi/${a.id}` },
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
  application: { id: p.applicationId, name: p.applicationName, agency: p.agencyName },
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
  masters: d.masters,
  apis: d.apis,
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

/** Read-only catalogue resources under /api/v1: open data, so any origin may read them. */
export function catalogueApi() {
  const api = new Hono<AppEnv>();
  api.use(cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }));
  api.use(async (c, next) => {
    await next();
    if (c.req.method === 'GET' && c.res.status === 200) c.header('Cache-Control', 'public, max-age=60');
  });
  const viewer = catalogue.PUBLIC_VIEWER;

  api.get('/applications', async (c) => {
    const q = parseOrThrow(ApplicationListQuery, queryRecord(c));
    const { items, total, page, pageSize } = await catalogue.listApplications(c.get('db'), viewer, q);
    return c.json({ items: items.map(applicationItem), total, page, pageSize });
  });

  api.get('/applications/:id', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const d = await catalogue.applicationDetail(c.get('db'), viewer, id);
    const a = d.application;
    return c.json({
      id: a.id,
      name: a.name,
      acronym: a.acronym,
      description: a.description,
      category: a.category,
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
        application: { id: r.id, name: r.name },
      })),
      similar: d.similar.map((s) => ({
        id: s.id,
        name: s.name,
        category: s.category,
        agency: s.agencyName,
        sharedFunctions: s.shared,
      })),
      links: { self: `/api/v1/applications/${a.id}`, html: `/aplikasi/${a.id}` },
    });
  });

  api.get('/agencies', async (c) => {
    const q = parseOrThrow(AgencyListQuery, queryRecord(c));
    const { items, total, page, pageSize } = await catalogue.listAgencies(c.get('db'), viewer, q);
    return c.json({ items: items.map(agencyItem), total, page, pageSize });
  });

  api.get('/agencies/:code', async (c) => {
    const code = parseOrThrow(AgencyCode, c.req.param('code'), 'code');
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
        applications: `/api/v1/applications?agency=${encodeURIComponent(agency.code)}`,
        html: `/instansi/${agency.code}`,
      },
    });
  });

  api.get('/functions', async (c) => {
    const q = parseOrThrow(FunctionListQuery, queryRecord(c));
    const { items, total, page, pageSize } = await catalogue.listFunctions(c.get('db'), viewer, q);
    return c.json({ items: items.map(functionItem), total, page, pageSize });
  });

  api.get('/functions/:code', async (c) => {
    const code = parseOrThrow(FunctionCode, c.req.param('code'), 'code');
    const d = await catalogue.functionDetail(c.get('db'), viewer, code, 1);
    return c.json({
      ...functionItem(d.function),
      links: {
        applications: `/api/v1/applications?function=${d.function.code}`,
        html: `/fungsi/${d.function.code}`,
      },
    });
  });

  api.get('/data-entities', async (c) => {
    const q = parseOrThrow(DataEntityListQuery, queryRecord(c));
    const { items, total, page, pageSize } = await catalogue.listDataEntities(c.get('db'), viewer, q);
    return c.json({ items: items.map(dataEntityItem), total, page, pageSize });
  });

  api.get('/data-entities/:code', async (c) => {
    const code = parseOrThrow(DataEntityCode, c.req.param('code'), 'code');
    const d = await catalogue.dataEntityDetail(c.get('db'), viewer, code);
    return c.json({
      ...dataEntityItem(d.entity),
      holders: d.holders.map((h) => ({
        role: h.role,
        application: {
          id: h.id,
          name: h.name,
          acronym: h.acronym,
          category: h.category,
          agency: h.agencyName,
        },
      })),
      exposedBy: d.apis.map((p) => ({
        id: p.id,
        name: p.name,
        protocol: p.protocol,
        access: p.access,
        splpPublished: Boolean(p.splpPublished),
        application: { id: p.applicationId, name: p.applicationName, agency: p.agencyName },
      })),
      links: { html: `/data/${d.entity.code}` },
    });
  });

  api.get('/reference/:domain', async (c) => {
    const domain = parseOrThrow(ReferenceDomainParam, c.req.param('domain'), 'domain');
    const items = (await catalogue.referenceDomain(c.get('db'), domain)).map(referenceItem);
    return c.json({ items, total: items.length, page: 1, pageSize: items.length });
  });

  return api;
}

import { stringify } from 'yaml';
import type { ExportAgencyRow, ExportApiRow, ExportApplicationRow, linksOf } from './repo';

// Pure formatting of the exports: no I/O. The record shapes here are also what the import reads
// back (JSON/NDJSON in the API's own application shape, and the CSV columns), so an export
// imported again changes nothing.

type Links = Awaited<ReturnType<typeof linksOf>>;

/** One application as the NDJSON export writes it (and the JSON import reads it). */
export interface ApplicationRecord {
  id: number;
  agency: { code: string; name: string; kind: string };
  unit: string | null;
  name: string;
  acronym: string | null;
  description: string;
  category: string;
  scope: string;
  status: string;
  raa: string | null;
  hosting: string | null;
  url: string | null;
  repositoryUrl: string | null;
  licence: string | null;
  yearlyCost: number | null;
  launchYear: number | null;
  contact: { name: string | null; email: string | null; phone: string | null };
  functions: { code: string; title: string }[];
  dataEntities: { code: string; name: string; role: string }[];
  apis: {
    id: number;
    name: string;
    version: string;
    description: string;
    protocol: string;
    baseUrl: string | null;
    documentationUrl: string | null;
    access: string;
    auth: string;
    splpPublished: boolean;
  }[];
  consumedApis: number[];
  relations: { kind: string; application: number }[];
  version: number;
  createdAt: string;
  updatedAt: string;
  links: { self: string; html: string };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Groups rows by their `applicationId`. */
function byApp<T extends { applicationId: number }>(rows: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const list = m.get(r.applicationId);
    if (list) list.push(r);
    else m.set(r.applicationId, [r]);
  }
  return m;
}

/** The records of one page of applications and their links. */
export function applicationRecords(apps: ExportApplicationRow[], links: Links): ApplicationRecord[] {
  const fns = byApp(links.functions);
  const des = byApp(links.entities);
  const apis = byApp(links.apis);
  const consumed = byApp(links.consumed);
  const rels = byApp(links.relations);
  return apps.map((a) => ({
    id: a.id,
    agency: { code: a.agencyCode, name: a.agencyName, kind: a.agencyKind },
    unit: a.unit,
    name: a.name,
    acronym: a.acronym,
    description: a.description,
    category: a.category,
    scope: a.scope,
    status: a.status,
    raa: a.raaCode,
    hosting: a.hosting,
    url: a.url,
    repositoryUrl: a.repositoryUrl,
    licence: a.licence,
    yearlyCost: a.yearlyCost,
    launchYear: a.launchYear,
    contact: { name: a.contactName, email: a.contactEmail, phone: a.contactPhone },
    functions: (fns.get(a.id) ?? []).map((f) => ({ code: f.code, title: f.title })),
    dataEntities: (des.get(a.id) ?? []).map((d) => ({ code: d.code, name: d.name, role: d.role })),
    apis: (apis.get(a.id) ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      version: p.apiVersion,
      description: p.description,
      protocol: p.protocol,
      baseUrl: p.baseUrl,
      documentationUrl: p.documentationUrl,
      access: p.access,
      auth: p.auth,
      splpPublished: p.splpPublished,
    })),
    consumedApis: (consumed.get(a.id) ?? []).map((c) => c.apiId),
    relations: (rels.get(a.id) ?? []).map((r) => ({ kind: r.kind, application: r.to })),
    version: a.version,
    createdAt: iso(a.createdAt),
    updatedAt: iso(a.updatedAt),
    links: { self: `/api/v1/applications/${a.id}`, html: `/aplikasi/${a.id}` },
  }));
}

// --- CSV --------------------------------------------------------------------------------------

/** UTF-8 byte order mark: Excel reads a CSV as UTF-8 only when the file starts with it. */
export const BOM = '\uFEFF';

/** Separator of several values in one CSV cell (functions, data entities, ...). */
export const LIST_SEPARATOR = ';';

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`, tab
 * or carriage return at the start. The export prefixes such a cell with `'`; the import strips
 * that prefix again and refuses an unprefixed one.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell, spreadsheet-safe: formula starts prefixed with `'`, quoted when needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line (CRLF-terminated, as RFC 4180 and Excel have it). */
export const csvLine = (cells: (string | number | boolean | null | undefined)[]) =>
  `${cells.map(csvCell).join(',')}\r\n`;

/** The columns of the application CSV, in order; the import template has the same header. */
export const APPLICATION_COLUMNS = [
  'id',
  'agency',
  'name',
  'acronym',
  'description',
  'category',
  'status',
  'unit',
  'raa',
  'hosting',
  'url',
  'repositoryUrl',
  'licence',
  'yearlyCost',
  'launchYear',
  'contactName',
  'contactEmail',
  'contactPhone',
  'functions',
  'dataEntities',
  'consumedApis',
  'relations',
  'version',
  'updatedAt',
] as const;
export type ApplicationColumn = (typeof APPLICATION_COLUMNS)[number];

/**
 * The example row of the import templates (CSV and XLSX), with real reference codes; cost and
 * year are numbers (number cells in the XLSX template).
 */
export const TEMPLATE_EXAMPLE: Partial<Record<ApplicationColumn, string | number>> = {
  name: 'Sistem Informasi Contoh',
  acronym: 'SICONTOH',
  description: 'Hapus baris contoh ini sebelum mengimpor.',
  category: 'khusus',
  status: 'draft',
  hosting: 'pdn',
  url: 'https://contoh.go.id',
  yearlyCost: 150000000,
  launchYear: 2024,
  functions: 'RAB.09.06.01;RAL.02.06.01',
  dataEntities: 'RAD.09.06.01:producer',
};

/** The example row in `APPLICATION_COLUMNS` order, empty cells as null. */
export const templateExampleRow = () => APPLICATION_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c] ?? null);

/** An application record as one CSV row, in `APPLICATION_COLUMNS` order. */
export function applicationCsvRow(r: ApplicationRecord): string {
  const cells: Record<ApplicationColumn, string | number | null> = {
    id: r.id,
    agency: r.agency.code,
    name: r.name,
    acronym: r.acronym,
    description: r.description,
    category: r.category,
    status: r.status,
    unit: r.unit,
    raa: r.raa,
    hosting: r.hosting,
    url: r.url,
    repositoryUrl: r.repositoryUrl,
    licence: r.licence,
    yearlyCost: r.yearlyCost,
    launchYear: r.launchYear,
    contactName: r.contact.name,
    contactEmail: r.contact.email,
    contactPhone: r.contact.phone,
    functions: r.functions.map((f) => f.code).join(LIST_SEPARATOR),
    dataEntities: r.dataEntities.map((d) => `${d.code}:${d.role}`).join(LIST_SEPARATOR),
    consumedApis: r.consumedApis.join(LIST_SEPARATOR),
    relations: r.relations.map((x) => `${x.kind}:${x.application}`).join(LIST_SEPARATOR),
    version: r.version,
    updatedAt: r.updatedAt,
  };
  return csvLine(APPLICATION_COLUMNS.map((c) => cells[c]));
}

export const API_COLUMNS = [
  'id',
  'applicationId',
  'application',
  'agency',
  'name',
  'version',
  'protocol',
  'access',
  'auth',
  'splpPublished',
  'baseUrl',
  'documentationUrl',
  'operations',
  'description',
] as const;

/** An API as one object of the NDJSON export. */
export const apiRecord = (p: ExportApiRow) => ({
  id: p.id,
  name: p.name,
  version: p.apiVersion,
  description: p.description,
  protocol: p.protocol,
  baseUrl: p.baseUrl,
  documentationUrl: p.documentationUrl,
  access: p.access,
  auth: p.auth,
  splpPublished: p.splpPublished,
  operations: p.operations,
  application: { id: p.applicationId, name: p.applicationName, agency: p.agencyCode },
  updatedAt: iso(p.updatedAt),
  links: { self: `/api/v1/apis/${p.id}`, application: `/api/v1/applications/${p.applicationId}` },
});

export const apiCsvRow = (p: ExportApiRow) =>
  csvLine([
    p.id,
    p.applicationId,
    p.applicationName,
    p.agencyCode,
    p.name,
    p.apiVersion,
    p.protocol,
    p.access,
    p.auth,
    p.splpPublished,
    p.baseUrl,
    p.documentationUrl,
    p.operations,
    p.description,
  ]);

export const AGENCY_COLUMNS = [
  'code',
  'name',
  'shortName',
  'kind',
  'parent',
  'province',
  'website',
  'applications',
] as const;

export const agencyRecord = (g: ExportAgencyRow) => ({
  code: g.code,
  name: g.name,
  shortName: g.shortName,
  kind: g.kind,
  parent: g.parentCode,
  province: g.provinceCode,
  website: g.website,
  applications: g.applications,
  links: { self: `/api/v1/agencies/${g.code}`, html: `/instansi/${g.code}` },
});

export const agencyCsvRow = (g: ExportAgencyRow) =>
  csvLine([g.code, g.name, g.shortName, g.kind, g.parentCode, g.provinceCode, g.website, g.applications]);

// --- publiccode.yml and Backstage catalog-info.yaml ------------------------------------------

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63) || 'application';

/** The entity name Backstage would give an application of the catalogue. */
export const backstageName = (r: { id: number; name: string; acronym: string | null }) =>
  `${slug(r.acronym ?? r.name).slice(0, 50)}-${r.id}`;

const LIFECYCLE: Record<string, string> = {
  draft: 'experimental',
  proposed: 'experimental',
  approved: 'experimental',
  returned: 'experimental',
  rejected: 'deprecated',
  active: 'production',
  retired: 'deprecated',
};

/**
 * The application as a publiccode.yml (the Italian/European standard for public-sector software,
 * version 0.4): the catalogue's own fields without an equivalent go under `x-katalog`, which the
 * import reads back.
 */
export function publiccodeYaml(r: ApplicationRecord, siteUrl: string): string {
  const doc = {
    publiccodeYmlVersion: '0.4',
    name: r.name,
    url: r.repositoryUrl ?? `${siteUrl}/aplikasi/${r.id}`,
    ...(r.url ? { landingURL: r.url } : {}),
    ...(r.launchYear ? { releaseDate: `${r.launchYear}-01-01` } : {}),
    platforms: ['web'],
    softwareType: 'standalone/web',
    developmentStatus: r.status === 'active' ? 'stable' : r.status === 'retired' ? 'obsolete' : 'development',
    description: {
      id: {
        ...(r.acronym ? { localisedName: r.acronym } : {}),
        shortDescription: (r.description.split(/\n/)[0] ?? '').slice(0, 150) || r.name,
        longDescription: r.description || r.name,
        features: r.functions.map((f) => f.title),
      },
    },
    legal: { license: r.licence ?? 'proprietary', mainCopyrightOwner: r.agency.name },
    maintenance: {
      type: 'internal',
      contacts: r.contact.name
        ? [
            {
              name: r.contact.name,
              ...(r.contact.email ? { email: r.contact.email } : {}),
              ...(r.contact.phone ? { phone: r.contact.phone } : {}),
            },
          ]
        : [],
    },
    localisation: { localisationReady: false, availableLanguages: ['id'] },
    'x-katalog': {
      id: r.id,
      agency: r.agency.code,
      unit: r.unit,
      acronym: r.acronym,
      category: r.category,
      status: r.status,
      raa: r.raa,
      hosting: r.hosting,
      url: r.url,
      repositoryUrl: r.repositoryUrl,
      yearlyCost: r.yearlyCost,
      launchYear: r.launchYear,
      licence: r.licence,
      description: r.description,
      contact: r.contact,
      functions: r.functions.map((f) => f.code),
      dataEntities: r.dataEntities.map((d) => ({ code: d.code, role: d.role })),
      consumedApis: r.consumedApis,
      relations: r.relations,
      version: r.version,
    },
  };
  return stringify(doc, { lineWidth: 0 });
}

/**
 * The application as a Backstage `catalog-info.yaml`: one System, one Component, and one API per
 * API it provides, as a multi-document YAML file. Catalogue fields are kept in annotations
 * (`katalog.spbe.go.id/...`), which the import reads back.
 */
export function catalogInfoYaml(r: ApplicationRecord, siteUrl: string): string {
  const name = backstageName(r);
  const owner = `group:${slug(r.agency.code)}`;
  const annotations: Record<string, string> = {
    'katalog.spbe.go.id/id': String(r.id),
    'katalog.spbe.go.id/agency': r.agency.code,
    'katalog.spbe.go.id/category': r.category,
    'katalog.spbe.go.id/status': r.status,
  };
  if (r.raa) annotations['katalog.spbe.go.id/raa'] = r.raa;
  if (r.functions.length)
    annotations['katalog.spbe.go.id/functions'] = r.functions.map((f) => f.code).join(',');
  if (r.dataEntities.length)
    annotations['katalog.spbe.go.id/data-entities'] = r.dataEntities
      .map((d) => `${d.code}:${d.role}`)
      .join(',');
  if (r.consumedApis.length) annotations['katalog.spbe.go.id/consumed-apis'] = r.consumedApis.join(',');
  if (r.relations.length)
    annotations['katalog.spbe.go.id/relations'] = r.relations
      .map((x) => `${x.kind}:${x.application}`)
      .join(',');
  if (r.hosting) annotations['katalog.spbe.go.id/hosting'] = r.hosting;
  if (r.unit) annotations['katalog.spbe.go.id/unit'] = r.unit;
  if (r.licence) annotations['katalog.spbe.go.id/licence'] = r.licence;
  if (r.yearlyCost !== null) annotations['katalog.spbe.go.id/yearly-cost'] = String(r.yearlyCost);
  if (r.launchYear !== null) annotations['katalog.spbe.go.id/launch-year'] = String(r.launchYear);
  if (r.contact.name) annotations['katalog.spbe.go.id/contact-name'] = r.contact.name;
  if (r.contact.email) annotations['katalog.spbe.go.id/contact-email'] = r.contact.email;
  if (r.contact.phone) annotations['katalog.spbe.go.id/contact-phone'] = r.contact.phone;
  if (r.repositoryUrl) annotations['backstage.io/source-location'] = `url:${r.repositoryUrl}`;
  const links = [
    { url: `${siteUrl}/aplikasi/${r.id}`, title: 'Katalog Aplikasi SPBE' },
    ...(r.url ? [{ url: r.url, title: 'Aplikasi' }] : []),
  ];
  const docs: object[] = [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: `${name}-system`, title: r.name, description: r.description },
      spec: { owner },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        title: r.name,
        description: r.description,
        annotations: { ...annotations, ...(r.acronym ? { 'katalog.spbe.go.id/acronym': r.acronym } : {}) },
        links,
      },
      spec: {
        type: 'service',
        lifecycle: LIFECYCLE[r.status] ?? 'production',
        owner,
        system: `${name}-system`,
        providesApis: r.apis.map((p) => `${slug(p.name)}-${p.id}`),
        consumesApis: r.consumedApis.map((id) => `api-${id}`),
        dependsOn: r.relations
          .filter((x) => x.kind === 'depends_on')
          .map((x) => `component:app-${x.application}`),
      },
    },
    ...r.apis.map((p) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: {
        name: `${slug(p.name)}-${p.id}`,
        title: p.name,
        description: p.description,
        annotations: { 'katalog.spbe.go.id/api-id': String(p.id), 'katalog.spbe.go.id/access': p.access },
      },
      spec: {
        type:
          p.protocol === 'rest'
            ? 'openapi'
            : p.protocol === 'graphql'
              ? 'graphql'
              : p.protocol === 'soap'
                ? 'wsdl'
                : p.protocol,
        lifecycle: LIFECYCLE[r.status] ?? 'production',
        owner,
        system: `${name}-system`,
        definition: { $text: `${siteUrl}/katalog-api/${p.id}/spec` },
      },
    })),
  ];
  return docs.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
}

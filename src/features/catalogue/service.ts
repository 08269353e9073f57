import type { Db } from '../../../db/client';
import type { ReferenceDomain } from '../../../db/schema/reference';
import { isSelective, toFtsQuery } from '../../domain/fts';
import { parseSearchText } from '../../domain/search';
import { type FieldIssue, Invalid, NotFound } from '../../kernel/errors';
import { canRead, type Viewer } from '../../kernel/policy';
import { readAll } from '../../kernel/repo';
import { agencyPicture } from '../rationalisation/service';
import type { ApiSearchQuery } from '../search/schemas';
import * as searchService from '../search/service';
import * as agenciesRepo from './repo/agencies';
import * as appsRepo from './repo/applications';
import * as catalogueRepo from './repo/catalogue';
import type {
  AgencyListQuery,
  ApplicationListQuery,
  DataEntityListQuery,
  FunctionListQuery,
} from './schemas';

export { PUBLIC_VIEWER, type Viewer, viewerOf } from '../../kernel/policy';

import { msg } from '../../kernel/i18n';
import { PUBLIC_VIEWER } from '../../kernel/policy';

/**
 * The list filters of `q` resolved to ids, for the list and the bulk export; unknown codes are
 * reported by field, never silently ignored.
 */
export async function resolveApplicationFilter(
  db: Db,
  viewer: Viewer,
  q: Omit<ApplicationListQuery, 'page' | 'pageSize' | 'sort'>,
) {
  const issues: FieldIssue[] = [];
  const [agency, foundFn, sector, provinceKnown] = await Promise.all([
    q.agency ? agenciesRepo.agencyByCode(db, q.agency) : undefined,
    q.function ? catalogueRepo.functionByCode(db, q.function) : undefined,
    q.sector ? catalogueRepo.referenceCodeByCode(db, q.sector) : undefined,
    q.province ? agenciesRepo.provinceExists(db, q.province) : true,
  ]);
  // Proposed, merged or rejected functions are not part of the catalogue yet (or any more).
  const fn = foundFn?.status === 'active' ? foundFn : undefined;
  if (q.agency && !agency)
    issues.push({ field: 'agency', message: msg('catalogue.unknownAgency', { agency: q.agency }) });
  if (q.function && !fn)
    issues.push({ field: 'function', message: msg('catalogue.unknownFunction', { function: q.function }) });
  if (q.sector && !sector)
    issues.push({ field: 'sector', message: msg('catalogue.unknownSector', { sector: q.sector }) });
  if (!provinceKnown) {
    issues.push({
      field: 'province',
      message: msg('catalogue.unknownProvince', { province: q.province ?? '' }),
    });
  }
  if (issues.length) throw new Invalid(msg('catalogue.unknownFilterValue'), issues);

  // The same words, forms and jargon as the catalogue search (`surat` finds SRIKANDI's "naskah dinas").
  const match = q.q ? parseSearchText(q.q).match : null;
  const filter = {
    statuses: viewer.statuses,
    match,
    agencyId: agency?.id,
    agencyKind: q.agencyKind,
    provinceCode: q.province,
    category: q.category,
    scope: q.scope,
    status: q.status,
    sectorId: sector?.id,
    functionId: fn?.id,
  };
  return { filter, filters: { agency, function: fn, sector } };
}

/** Lists applications; unknown codes in filters are reported by field, never silently ignored. */
export async function listApplications(db: Db, viewer: Viewer, q: ApplicationListQuery) {
  const { filter, filters } = await resolveApplicationFilter(db, viewer, q);
  const match = filter.match;
  const page = await appsRepo.listApplications(db, {
    ...filter,
    // Relevance is the default for a search, except one of only stop words ("sistem informasi"),
    // which matches most rows: ranking them all would cost much and mean little.
    sort: q.sort ?? (match && isSelective(q.q ?? '') ? 'relevance' : 'name'),
    page: q.page,
    pageSize: q.pageSize,
  });
  return { ...page, filters };
}

/**
 * Everything the detail page and API show about one application, or NotFound if not visible.
 * Its eight queries run as one read batch: one round trip on a remote database (issue 14).
 */
export async function applicationDetail(db: Db, viewer: Viewer, id: number) {
  const [app, isProposal, functions, dataEntities, providedApis, consumedApis, related, similar] =
    await readAll(db, [
      appsRepo.applicationRead(id),
      appsRepo.isProposalRead(id),
      appsRepo.applicationFunctionsRead(id),
      appsRepo.applicationDataEntitiesRead(id),
      appsRepo.providedApisRead(id),
      appsRepo.consumedApisRead(id, viewer.statuses),
      appsRepo.relatedApplicationsRead(id, viewer.statuses),
      appsRepo.similarByFunctionsRead(id, viewer.statuses),
    ]);
  if (!app || !canRead(viewer, app)) throw new NotFound(msg('catalogue.applicationNotFound', { id }));
  return {
    application: { ...app, isProposal },
    functions,
    dataEntities,
    providedApis,
    consumedApis,
    related,
    similar,
  };
}

export async function listAgencies(db: Db, viewer: Viewer, q: AgencyListQuery) {
  if (q.province && !(await agenciesRepo.provinceExists(db, q.province))) {
    throw new Invalid(msg('catalogue.unknownFilterValue'), [
      { field: 'province', message: msg('catalogue.unknownProvince', { province: q.province }) },
    ]);
  }
  return agenciesRepo.listAgencies(db, {
    q: q.q,
    kind: q.kind,
    provinceCode: q.province,
    page: q.page,
    pageSize: q.pageSize,
    statuses: viewer.statuses,
  });
}

export async function agencyDetail(db: Db, viewer: Viewer, code: string, page: number) {
  const agency = await agenciesRepo.agencyByCode(db, code.toUpperCase());
  if (!agency) throw new NotFound(msg('catalogue.agencyNotFound', { code }));
  const [applications, children, rationalisation] = await Promise.all([
    appsRepo.listApplications(db, {
      statuses: viewer.statuses,
      agencyId: agency.id,
      sort: 'name',
      page,
      pageSize: 50,
    }),
    agency.kind === 'provinsi'
      ? agenciesRepo.childAgencies(db, agency.id, viewer.statuses)
      : Promise.resolve([]),
    // Its share of the national picture (issue 17): covered applications, clusters, whom to talk to.
    agencyPicture(db, agency.id),
  ]);
  return { agency, applications, children, rationalisation };
}

/** The reference code a `parent` filter names, or Invalid naming the field when it names none. */
async function parentCode(db: Db, code: string | undefined) {
  if (!code) return undefined;
  const parent = await catalogueRepo.referenceCodeByCode(db, code);
  if (!parent)
    throw new Invalid('Invalid query', [
      { field: 'parent', message: msg('catalogue.unknownCode', { code }) },
    ]);
  return parent;
}

/** The function catalogue; its counts are of published applications (function_usage). */
export async function listFunctions(db: Db, q: FunctionListQuery) {
  const parent = await parentCode(db, q.parent);
  return catalogueRepo.listFunctions(db, {
    match: q.q ? toFtsQuery(q.q) : null,
    sharedField: q.sharedField,
    parentId: parent?.id,
    page: q.page,
    pageSize: q.pageSize,
  });
}

/**
 * A function with the applications performing it: the shared ones apart and first (there are
 * few, so one query returns them all), then every application by name, paginated.
 */
export async function functionDetail(db: Db, viewer: Viewer, code: string, page: number) {
  const fn = await catalogueRepo.functionByCode(db, code.toUpperCase());
  if (fn?.status !== 'active') throw new NotFound(msg('catalogue.functionNotFound', { code }));
  const [applications, shared] = await Promise.all([
    appsRepo.listApplications(db, {
      statuses: viewer.statuses,
      functionId: fn.id,
      sort: 'name',
      page,
      pageSize: 50,
    }),
    fn.sharedApplications
      ? appsRepo.listApplications(db, {
          statuses: viewer.statuses,
          functionId: fn.id,
          category: 'umum',
          sort: 'name',
          page: 1,
          pageSize: 100,
        })
      : null,
  ]);
  return { function: fn, applications, shared: shared?.items ?? [] };
}

export async function listDataEntities(db: Db, viewer: Viewer, q: DataEntityListQuery) {
  const parent = await parentCode(db, q.parent);
  return catalogueRepo.listDataEntities(db, {
    match: q.q ? toFtsQuery(q.q) : null,
    sensitivity: q.sensitivity,
    parentId: parent?.id,
    page: q.page,
    pageSize: q.pageSize,
    statuses: viewer.statuses,
  });
}

/** A data entity with who serves it: the master applications first, then the APIs exposing it. */
export async function dataEntityDetail(db: Db, viewer: Viewer, code: string) {
  const entity = await catalogueRepo.dataEntityByCode(db, code.toUpperCase(), viewer.statuses);
  if (!entity) throw new NotFound(msg('catalogue.dataEntityNotFound', { code }));
  const [holders, apis] = await Promise.all([
    catalogueRepo.entityHolders(db, entity.id, viewer.statuses),
    catalogueRepo.entityApis(db, entity.id, viewer.statuses),
  ]);
  return { entity, holders, apis };
}

/** Active functions matching what a person typed, for the function picker (12 at most). */
export async function functionTypeahead(db: Db, typed: string) {
  const match = typed ? toFtsQuery(typed) : null;
  if (!match) return [];
  const found = (await catalogueRepo.listFunctions(db, { match, page: 1, pageSize: 60 })).items;
  return rankByTitle(found, typed).slice(0, 12);
}

/**
 * Orders typeahead matches as a person expects: a title that starts with what was typed, then
 * one that has every typed word as a whole word ("pengaduan" → "Pengaduan masyarakat"), then one
 * that contains the text, then matches found only through other words (stems, descriptions).
 * Within a rank, shorter titles first; otherwise the search's order is kept.
 */
export function rankByTitle<T extends { title: string }>(items: readonly T[], typed: string): T[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const phrase = fold(typed).trim().replace(/\s+/g, ' ');
  const words = phrase.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const rank = (title: string) => {
    const t = fold(title);
    if (t.startsWith(phrase)) return 0;
    const titleWords = new Set(t.split(/[^\p{L}\p{N}]+/u));
    if (words.length && words.every((w) => titleWords.has(w))) return 1;
    if (t.includes(phrase)) return 2;
    return 3;
  };
  return items
    .map((item, i) => ({ item, i, r: rank(item.title) }))
    .sort((a, b) => a.r - b.r || (a.r < 3 ? a.item.title.length - b.item.title.length : 0) || a.i - b.i)
    .map((x) => x.item);
}

/** An active function by code (the picker's choice); NotFound for any other. */
export async function activeFunction(db: Db, code: string) {
  const fn = await catalogueRepo.functionByCode(db, code.toUpperCase());
  if (fn?.status !== 'active') throw new NotFound(msg('catalogue.functionNotFound', { code }));
  return fn;
}

export async function referenceDomain(db: Db, domain: ReferenceDomain) {
  return catalogueRepo.referenceCodesOf(db, domain);
}

/** The home page's national figures: three reads, one round trip. */
export async function homeFigures(db: Db, viewer: Viewer) {
  const [figures, topFunctions, byKind] = await readAll(db, [
    catalogueRepo.nationalFiguresRead(viewer.statuses),
    catalogueRepo.mostMultipliedFunctionsRead(),
    catalogueRepo.applicationsByAgencyKindRead(viewer.statuses),
  ]);
  return { figures, topFunctions, byKind };
}

/** Option lists for the application filters: provinces and RAB sectors (one round trip). */
export async function filterOptions(db: Db) {
  const [provinces, sectors] = await readAll(db, [
    agenciesRepo.listProvincesRead(),
    catalogueRepo.referenceCodesOfRead('RAB'),
  ]);
  return { provinces, sectors };
}

/**
 * The national services (`scope` national): the Aplikasi Umum (`umum`) and the mandated national
 * sector platforms that regions must use but do not own (`khusus`, each with its mandate).
 */
export async function nationalApplications(db: Db, viewer: Viewer) {
  const [shared, sector] = await Promise.all([
    appsRepo.listApplications(db, {
      statuses: viewer.statuses,
      scope: 'national',
      category: 'umum',
      sort: 'name',
      page: 1,
      pageSize: 100,
    }),
    appsRepo.listApplications(db, {
      statuses: viewer.statuses,
      scope: 'national',
      category: 'khusus',
      sort: 'name',
      page: 1,
      pageSize: 100,
    }),
  ]);
  return { shared: shared.items, sector: sector.items };
}

export async function listProvinces(db: Db) {
  return agenciesRepo.listProvinces(db);
}

/** Every active function and data entity, for the pickers of the overlap check form. */
export async function checkFormOptions(db: Db) {
  const [functions, dataEntities] = await Promise.all([
    catalogueRepo.listFunctions(db, { page: 1, pageSize: 1000 }),
    catalogueRepo.listDataEntities(db, { page: 1, pageSize: 1000, statuses: PUBLIC_VIEWER.statuses }),
  ]);
  return { functions: functions.items, dataEntities: dataEntities.items };
}

/** The filters of the API catalogue page: the search feature's API list query. */
export { ApiSearchQuery as ApiCatalogueQuery } from '../search/schemas';

/** One API of the catalogue page, as the view shows it. */
export interface ApiCatalogueItem {
  id: number;
  name: string;
  version: string;
  description: string;
  protocol: string;
  access: string;
  auth: string;
  splpPublished: boolean;
  baseUrl: string | null;
  application: { id: number; name: string; acronym: string | null; national: boolean };
  agency: { code: string; name: string };
}

/**
 * `/katalog-api`: published APIs with the search feature's filters and ranking (the same list as
 * `GET /api/v1/apis`), as plain view rows.
 */
export async function apiCatalogue(db: Db, q: ApiSearchQuery) {
  const r = await searchService.searchApis(db, q);
  const items: ApiCatalogueItem[] = r.items.map((a) => ({
    id: a.id,
    name: a.name,
    version: a.apiVersion,
    description: a.description,
    protocol: a.protocol,
    access: a.access,
    auth: a.auth,
    splpPublished: Boolean(a.splpPublished),
    baseUrl: a.baseUrl,
    application: {
      id: a.applicationId,
      name: a.applicationName,
      acronym: a.applicationAcronym,
      national: Boolean(a.national),
    },
    agency: { code: a.agencyCode, name: a.agencyName },
  }));
  return { ...r, items };
}

/*
 * Lookups for other features' services (registry, procurement, admin), which guard access
 * themselves: the catalogue owns these tables' queries, other features reach them only here.
 */
export type { AgencyListItem, AgencyRow } from './repo/agencies';
export type {
  ApiSummary as ApiSummaryRow,
  ApplicationListItem,
  ApplicationRow,
  LinkedDataEntity,
  LinkedFunction,
} from './repo/applications';
export type {
  DataEntityRow,
  EntityApi as EntityApiRow,
  FunctionRow,
  ReferenceCodeRow,
} from './repo/catalogue';

/** The stored application, unguarded (callers check `canRead`/`requireEdit`). */
export const applicationRow = (db: Db, id: number) => appsRepo.getApplication(db, id);
/** Many applications by id (any status), as `applicationRow` reads one. */
export const applicationRows = (db: Db, ids: readonly number[]) => appsRepo.getApplications(db, ids);
/** The functions an application performs. */
export const functionsOf = (db: Db, applicationId: number) =>
  appsRepo.applicationFunctions(db, applicationId);
/** The data entities an application holds, with their roles. */
export const dataEntitiesOf = (db: Db, applicationId: number) =>
  appsRepo.applicationDataEntities(db, applicationId);
/** An agency by its code (exactly as given). */
export const agencyByCode = (db: Db, code: string) => agenciesRepo.agencyByCode(db, code);
/** An agency by its id. */
export const agencyById = (db: Db, id: number) => agenciesRepo.agencyById(db, id);
/** A catalogue function by its code (exactly as given). */
export const functionByCode = (db: Db, code: string) => catalogueRepo.functionByCode(db, code);
/** A reference-architecture code by its code. */
export const referenceCodeByCode = (db: Db, code: string) => catalogueRepo.referenceCodeByCode(db, code);

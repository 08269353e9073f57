import { sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import {
  agencies,
  apiDataEntities,
  apiOperations,
  apis,
  applicationDataEntities,
  applicationFunctions,
  applications,
  dataEntities,
  functions,
  holidays,
  reasonCodes,
  referenceCodes,
} from '../db/schema';
import { centralAgencySeeds } from './data/central-agencies';
import { dataEntitySeeds } from './data/data-entities';
import { functionSeeds } from './data/functions';
import { holidaySeeds } from './data/holidays';
import { reasonCodeSeeds } from './data/reason-codes';
import { referenceCodeSeeds } from './data/reference-codes';
import regions from './data/regions.json';
import { sharedAppSeeds } from './data/shared-apps';

export type Progress = (step: string, done: number, total: number) => void;

const CHUNK = 400;
function chunks<T>(rows: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function codeMap(
  db: Db,
  table: typeof referenceCodes | typeof agencies | typeof functions | typeof dataEntities,
) {
  const rows = await db.select({ id: table.id, code: table.code }).from(table);
  return new Map(rows.map((r) => [r.code, r.id]));
}

function need(map: Map<string, number>, code: string, what: string): number {
  const id = map.get(code);
  if (id === undefined) throw new Error(`Seed data refers to unknown ${what} "${code}"`);
  return id;
}

/**
 * Loads the national reference data: SPBE reference codes, agencies (all provinces and
 * kabupaten/kota, central agencies), the function and data-entity catalogues, reason codes and
 * the shared applications. Idempotent: rows are matched by code and never overwritten, so an
 * admin's corrections to [S]/[B] data survive a re-seed.
 */
export async function seedReference(db: Db, onProgress: Progress = () => {}): Promise<void> {
  // 1. Reference codes: level 1 first so level 2 can point at its parent.
  for (const level of [1, 2] as const) {
    const ids = await codeMap(db, referenceCodes);
    const rows = referenceCodeSeeds
      .filter((r) => r.level === level)
      .map((r) => ({
        domain: r.domain,
        code: r.code,
        level: r.level,
        parentId: r.parent ? need(ids, r.parent, 'reference code') : null,
        title: r.title,
        titleEn: r.titleEn,
        description: r.description ?? null,
        confidence: r.confidence,
        sourceNote: r.sourceNote ?? null,
      }));
    for (const part of chunks(rows)) await db.insert(referenceCodes).values(part).onConflictDoNothing();
  }
  onProgress('reference codes', referenceCodeSeeds.length, referenceCodeSeeds.length);

  // 2. Agencies: central ones, then provinces, then kabupaten/kota under their province.
  const central = centralAgencySeeds.map((a) => ({
    code: a.code,
    name: a.name,
    shortName: a.shortName ?? null,
    kind: a.kind,
    website: a.website ?? null,
    sourceNote: a.sourceNote ?? null,
    provinceCode: null,
  }));
  const provinceRows = regions.provinces.map((p) => ({
    code: p.code,
    name: `Provinsi ${p.name}`,
    shortName: p.name,
    kind: 'provinsi' as const,
    provinceCode: p.code,
    sourceNote: regions.source,
  }));
  for (const part of chunks([...central, ...provinceRows]))
    await db.insert(agencies).values(part).onConflictDoNothing();
  const agencyIds = await codeMap(db, agencies);
  const regencyRows = regions.regencies.map((r) => ({
    code: r.code,
    name: r.name,
    shortName: r.name,
    kind: r.name.startsWith('Kota') ? ('kota' as const) : ('kabupaten' as const),
    parentId: need(agencyIds, r.provinceCode, 'province'),
    provinceCode: r.provinceCode,
    sourceNote: regions.source,
  }));
  for (const part of chunks(regencyRows)) await db.insert(agencies).values(part).onConflictDoNothing();
  const agencyCount = central.length + provinceRows.length + regencyRows.length;
  onProgress('agencies', agencyCount, agencyCount);

  // 3. Functions and data entities under their level-2 codes.
  const refIds = await codeMap(db, referenceCodes);
  const fnRows = functionSeeds.map((f) => ({
    code: f.code,
    referenceCodeId: need(refIds, f.parent, 'reference code'),
    title: f.title,
    titleEn: f.titleEn,
    description: f.description,
    sharedField: f.sharedField ?? null,
  }));
  for (const part of chunks(fnRows)) await db.insert(functions).values(part).onConflictDoNothing();
  onProgress('functions', fnRows.length, fnRows.length);

  const allAgencyIds = await codeMap(db, agencies);
  const deRows = dataEntitySeeds.map((d) => ({
    code: d.code,
    referenceCodeId: need(refIds, d.parent, 'reference code'),
    name: d.name,
    nameEn: d.nameEn,
    description: d.description,
    sensitivity: d.sensitivity,
    personalData: d.personalData,
    dataKind: d.dataKind,
    stewardAgencyId: d.steward ? need(allAgencyIds, d.steward, 'agency') : null,
  }));
  for (const part of chunks(deRows)) await db.insert(dataEntities).values(part).onConflictDoNothing();
  onProgress('data entities', deRows.length, deRows.length);

  await db
    .insert(reasonCodes)
    .values([...reasonCodeSeeds])
    .onConflictDoNothing();
  await db.insert(holidays).values(holidaySeeds).onConflictDoNothing();

  // 4. Shared and sector applications, each with its links, one atomic batch per application.
  const fnIds = await codeMap(db, functions);
  const deIds = await codeMap(db, dataEntities);
  let done = 0;
  for (const app of sharedAppSeeds) {
    const agencyId = need(allAgencyIds, app.owner, 'agency');
    const existing = await db
      .select({ id: applications.id })
      .from(applications)
      .where(
        sql`${applications.agencyId} = ${agencyId} and lower(${applications.name}) = lower(${app.name})`,
      );
    if (existing.length === 0) await insertSharedApp(db, app, agencyId, refIds, fnIds, deIds);
    onProgress('shared applications', ++done, sharedAppSeeds.length);
  }
}

/**
 * Inserts one shared application with its links in one atomic batch. Ids are reserved up front
 * (seeding runs alone) so children can point at their parents inside the same batch.
 */
async function insertSharedApp(
  db: Db,
  app: (typeof sharedAppSeeds)[number],
  agencyId: number,
  refIds: Map<string, number>,
  fnIds: Map<string, number>,
  deIds: Map<string, number>,
): Promise<void> {
  const [maxIds] = await db
    .select({
      app: sql<number>`(select coalesce(max(id), 0) from ${applications})`,
      api: sql<number>`(select coalesce(max(id), 0) from ${apis})`,
    })
    .from(sql`(select 1)`);
  const applicationId = maxIds!.app + 1;
  let apiId = maxIds!.api;
  // Resolve every code before writing anything, so a bad code fails before the batch.
  const fnLinks = [...new Set(app.functions)].map((code) => ({
    applicationId,
    functionId: need(fnIds, code, 'function'),
  }));
  const deLinks = app.dataEntities.map((d) => ({
    applicationId,
    dataEntityId: need(deIds, d.code, 'data entity'),
    role: d.role,
  }));
  const apiRows = app.apis.map((api) => {
    const id = ++apiId;
    return {
      row: {
        id,
        applicationId,
        name: api.name,
        apiVersion: api.apiVersion ?? '1',
        description: api.description,
        protocol: api.protocol,
        baseUrl: api.baseUrl ?? null,
        documentationUrl: api.documentationUrl ?? null,
        access: api.access,
        auth: api.auth,
        splpPublished: api.splpPublished,
        sourceNote: app.sourceNote,
      },
      exposes: api.dataEntities.map((code) => ({
        apiId: id,
        dataEntityId: need(deIds, code, 'data entity'),
      })),
      ops: (api.operations ?? []).map((o) => ({
        apiId: id,
        method: o.method.toUpperCase(),
        path: o.path,
        summary: o.summary,
        tags: o.tags ?? [],
      })),
    };
  });
  const statements: BatchItem<'sqlite'>[] = [
    db.insert(applications).values({
      id: applicationId,
      agencyId,
      unit: app.unit ?? null,
      name: app.name,
      acronym: app.acronym,
      description: app.description,
      category: app.category,
      scope: app.scope,
      raaCodeId: need(refIds, app.raa, 'RAA code'),
      status: 'active',
      hosting: app.hosting ?? null,
      url: app.url ?? null,
      launchYear: app.launchYear ?? null,
      confidence: app.confidence,
      sourceNote: app.mandate ? `Mandat: ${app.mandate} ${app.sourceNote}` : app.sourceNote,
    }),
  ];
  if (fnLinks.length) statements.push(db.insert(applicationFunctions).values(fnLinks));
  if (deLinks.length) statements.push(db.insert(applicationDataEntities).values(deLinks));
  for (const a of apiRows) {
    statements.push(db.insert(apis).values(a.row));
    if (a.exposes.length) statements.push(db.insert(apiDataEntities).values(a.exposes));
    if (a.ops.length) statements.push(db.insert(apiOperations).values(a.ops));
  }
  await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
}

/** True when the reference data has been loaded (used by `npm start` on an empty database). */
export async function hasReferenceData(db: Db): Promise<boolean> {
  const rows = await db.select({ n: sql<number>`count(*)` }).from(functions);
  return (rows[0]?.n ?? 0) > 0;
}

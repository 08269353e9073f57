import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies } from '../../db/schema/agencies';
import { apiDataEntities, apis, applicationApiConsumption } from '../../db/schema/apis';
import {
  applicationDataEntities,
  applicationFunctions,
  applicationRelations,
  applications,
} from '../../db/schema/applications';
import { dataEntities } from '../../db/schema/data';
import { functions } from '../../db/schema/functions';

async function idOf<T extends { id: number }>(rows: Promise<T[]>, what: string): Promise<number> {
  const row = (await rows)[0];
  if (!row) throw new Error(`fixture: ${what} missing from the reference data`);
  return row.id;
}

/**
 * On top of the reference data: a published kabupaten application that consumes API SIASN and
 * integrates with SIASN, and an unpublished draft at ANRI (with its own API) that the public
 * must never see — not in lists, not in search, not in relations, not among data holders.
 */
export async function addPublicationFixtures(db: Db) {
  const agencyId = (code: string) =>
    idOf(db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, code)), `agency ${code}`);
  const appId = (acronym: string) =>
    idOf(
      db.select({ id: applications.id }).from(applications).where(eq(applications.acronym, acronym)),
      `application ${acronym}`,
    );
  const fnIds = async (codes: string[]) =>
    (await db.select({ id: functions.id }).from(functions).where(inArray(functions.code, codes))).map(
      (r) => r.id,
    );
  const entityId = (code: string) =>
    idOf(
      db.select({ id: dataEntities.id }).from(dataEntities).where(eq(dataEntities.code, code)),
      `data entity ${code}`,
    );

  const siasn = await appId('SIASN');
  const apiSiasn = await idOf(
    db.select({ id: apis.id }).from(apis).where(eq(apis.name, 'API SIASN')),
    'API SIASN',
  );

  const [draft] = await db
    .insert(applications)
    .values({
      agencyId: await agencyId('ANRI'),
      name: 'Zirkon Arsip Draf Rahasia',
      acronym: 'ZIRKON',
      description: 'Draf aplikasi kearsipan yang belum diajukan.',
      category: 'khusus',
      status: 'draft',
    })
    .returning({ id: applications.id });
  const [regional] = await db
    .insert(applications)
    .values({
      agencyId: await agencyId('35.07'),
      name: 'Sistem Kepegawaian Kabupaten Malang',
      acronym: 'SIMPEG-MLG',
      description: 'Pengelolaan data pegawai daerah yang terhubung dengan SIASN.',
      category: 'khusus',
      status: 'active',
      hosting: 'pdn',
      yearlyCost: 150_000_000,
      launchYear: 2019,
    })
    .returning({ id: applications.id });
  const draftId = draft!.id;
  const regionalId = regional!.id;

  await db.insert(applicationFunctions).values([
    ...(await fnIds(['RAL.02.06.01'])).map((functionId) => ({ applicationId: draftId, functionId })),
    ...(await fnIds(['RAB.09.06.01', 'RAB.09.06.03'])).map((functionId) => ({
      applicationId: regionalId,
      functionId,
    })),
  ]);
  const archive = await entityId('RAD.10.02.01');
  await db.insert(applicationDataEntities).values([
    { applicationId: draftId, dataEntityId: archive, role: 'master' },
    { applicationId: regionalId, dataEntityId: await entityId('RAD.09.06.01'), role: 'consumer' },
  ]);
  const [draftApi] = await db
    .insert(apis)
    .values({
      applicationId: draftId,
      name: 'API Zirkon',
      description: 'Belum terbit.',
      protocol: 'rest',
      access: 'terbatas',
      auth: 'api_key',
    })
    .returning({ id: apis.id });
  await db.insert(apiDataEntities).values({ apiId: draftApi!.id, dataEntityId: archive });
  await db.insert(applicationApiConsumption).values({ applicationId: regionalId, apiId: apiSiasn });
  await db.insert(applicationRelations).values([
    { fromApplicationId: regionalId, toApplicationId: siasn, kind: 'integrates_with' },
    { fromApplicationId: regionalId, toApplicationId: draftId, kind: 'depends_on' },
  ]);
  return { siasn, apiSiasn, draftId, regionalId };
}

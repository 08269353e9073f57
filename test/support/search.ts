import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies } from '../../db/schema/agencies';
import { apiDataEntities, apiOperations, apis } from '../../db/schema/apis';
import { type AppStatus, applications } from '../../db/schema/applications';
import { dataEntities } from '../../db/schema/data';

const idOf = async (rows: Promise<{ id: number }[]>, what: string) => {
  const row = (await rows)[0];
  if (!row) throw new Error(`search fixture: ${what} missing from the reference data`);
  return row.id;
};

/**
 * On top of the reference data: published entries with APIs and operations in Indonesian and
 * English, a name with markup in it, and unpublished ones (draft, proposed) with their own APIs
 * that the public must never find.
 */
export async function addSearchFixtures(db: Db) {
  const agency = (code: string) =>
    idOf(db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, code)), `agency ${code}`);
  const entity = (code: string) =>
    idOf(
      db.select({ id: dataEntities.id }).from(dataEntities).where(eq(dataEntities.code, code)),
      `data entity ${code}`,
    );
  const app = async (values: {
    agency: string;
    name: string;
    acronym?: string;
    description: string;
    status: AppStatus;
  }) => {
    const [row] = await db
      .insert(applications)
      .values({
        agencyId: await agency(values.agency),
        name: values.name,
        acronym: values.acronym ?? null,
        description: values.description,
        category: 'khusus',
        status: values.status,
      })
      .returning({ id: applications.id });
    return row!.id;
  };
  const api = async (
    applicationId: number,
    values: {
      name: string;
      description: string;
      protocol: 'rest' | 'soap';
      access: 'publik' | 'terbatas';
      splp: boolean;
    },
    operations: { method: string; path: string; summary: string }[],
    entities: string[] = [],
  ) => {
    const [row] = await db
      .insert(apis)
      .values({
        applicationId,
        name: values.name,
        description: values.description,
        protocol: values.protocol,
        access: values.access,
        auth: 'api_key',
        splpPublished: values.splp,
      })
      .returning({ id: apis.id });
    const id = row!.id;
    if (operations.length)
      await db.insert(apiOperations).values(operations.map((o) => ({ apiId: id, ...o })));
    for (const code of entities)
      await db.insert(apiDataEntities).values({ apiId: id, dataEntityId: await entity(code) });
    return id;
  };

  const malang = await app({
    agency: '35.07',
    name: 'Sistem Informasi Pegawai Malang',
    acronym: 'SIPEGMA',
    description: 'Data pegawai daerah: riwayat jabatan, cuti dan presensi.',
    status: 'active',
  });
  const malangApi = await api(
    malang,
    {
      name: 'Layanan Data Pegawai Malang',
      description: 'Data pegawai daerah untuk integrasi.',
      protocol: 'soap',
      access: 'publik',
      splp: false,
    },
    [
      {
        method: 'POST',
        path: '/ws/PegawaiService#GetPegawai',
        summary: 'Ambil data pegawai berdasarkan NIP',
      },
    ],
    ['RAD.09.06.01'],
  );
  const taxes = await app({
    agency: 'BKN',
    name: 'Portal Pajak Daerah Uji',
    description: 'Layanan pembayaran pajak daerah dan retribusi.',
    status: 'retired',
  });
  const englishApi = await api(
    taxes,
    {
      name: 'Employee Records API',
      description: 'Personnel records for payroll integration.',
      protocol: 'rest',
      access: 'terbatas',
      splp: true,
    },
    [
      { method: 'GET', path: '/v1/employees', summary: 'List employee records' },
      { method: 'GET', path: '/v1/employees/{nip}', summary: 'Get one employee by NIP' },
    ],
  );
  const markup = await app({
    agency: 'BKN',
    name: 'Portal <script>alert(1)</script> Zebra',
    description: 'Uji <b>tebal</b> & "kutip" untuk Zebra.',
    status: 'approved',
  });
  const draft = await app({
    agency: 'ANRI',
    name: 'Aplikasi Kuda Laut Rahasia',
    acronym: 'KUDALAUT',
    description: 'Draf kepegawaian yang belum diajukan: pegawai kuda laut.',
    status: 'draft',
  });
  const draftApi = await api(
    draft,
    { name: 'API Kuda Laut', description: 'Belum terbit.', protocol: 'rest', access: 'publik', splp: true },
    [{ method: 'GET', path: '/kuda-laut', summary: 'Daftar kuda laut pegawai' }],
    ['RAD.09.06.01'],
  );
  const proposed = await app({
    agency: 'ANRI',
    name: 'Aplikasi Kuda Laut Usulan',
    description: 'Usulan yang sedang dinilai.',
    status: 'proposed',
  });
  return { malang, malangApi, taxes, englishApi, markup, draft, draftApi, proposed };
}

import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../../db/client';
import type { AgencyKind } from '../../../../db/schema/agencies';
import type { AppStatus } from '../../../../db/schema/applications';
import { and, list, one, type Page, type Read, readRows, rows, runRead } from '../../../kernel/repo';

export interface AgencyRow {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  provinceCode: string | null;
  parentCode: string | null;
  parentName: string | null;
  website: string | null;
  sourceNote: string | null;
}

const agencyColumns = sql`g.id, g.code, g.name, g.short_name as shortName, g.kind, g.province_code as provinceCode,
  p.code as parentCode, p.name as parentName, g.website, g.source_note as sourceNote`;

export async function agencyByCode(db: Db, code: string): Promise<AgencyRow | undefined> {
  return one<AgencyRow>(
    db,
    sql`select ${agencyColumns} from agencies g left join agencies p on p.id = g.parent_id where g.code = ${code}`,
  );
}

export interface AgencyListItem extends AgencyRow {
  applications: number;
}

export async function listAgencies(
  db: Db,
  f: {
    q?: string;
    kind?: AgencyKind;
    provinceCode?: string;
    page: number;
    pageSize: number;
    statuses: readonly AppStatus[];
  },
): Promise<Page<AgencyListItem>> {
  const conds: SQL[] = [];
  if (f.kind) conds.push(sql`g.kind = ${f.kind}`);
  if (f.provinceCode) conds.push(sql`g.province_code = ${f.provinceCode}`);
  if (f.q) {
    // The search text is matched literally: % and _ typed by a person are not wildcards.
    const q = f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`);
    conds.push(sql`(g.name like ${`%${q}%`} escape '\\' or g.code like ${`${q}%`} escape '\\')`);
  }
  const where = and(conds);
  const [items, count] = await Promise.all([
    rows<AgencyListItem>(
      db,
      sql`select ${agencyColumns},
            (select count(*) from applications a where a.agency_id = g.id and a.status in ${list(f.statuses)}) as applications
          from agencies g left join agencies p on p.id = g.parent_id
          where ${where}
          order by case g.kind when 'kementerian' then 0 when 'lembaga' then 1 when 'provinsi' then 2 else 3 end,
                   g.code
          limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
    ),
    one<{ n: number }>(db, sql`select count(*) as n from agencies g where ${where}`),
  ]);
  return { items, total: count?.n ?? 0, page: f.page, pageSize: f.pageSize };
}

/** Kabupaten/kota under a province, with their application counts. */
export async function childAgencies(
  db: Db,
  parentId: number,
  statuses: readonly AppStatus[],
): Promise<AgencyListItem[]> {
  return rows<AgencyListItem>(
    db,
    sql`select ${agencyColumns},
          (select count(*) from applications a where a.agency_id = g.id and a.status in ${list(statuses)}) as applications
        from agencies g left join agencies p on p.id = g.parent_id where g.parent_id = ${parentId} order by g.code`,
  );
}

export async function provinceExists(db: Db, code: string): Promise<boolean> {
  return !!(await one(db, sql`select 1 as x from agencies where kind = 'provinsi' and code = ${code}`));
}

export interface Province {
  code: string;
  name: string;
}

export function listProvincesRead(): Read<Province[]> {
  return readRows<Province>(
    sql`select code, coalesce(short_name, name) as name from agencies where kind = 'provinsi' order by name`,
  );
}

export async function listProvinces(db: Db): Promise<Province[]> {
  return runRead(db, listProvincesRead());
}

/** For a filter's option list: agencies that own at least one visible application. */
export async function agencyOptions(
  db: Db,
  statuses: readonly AppStatus[],
): Promise<{ code: string; name: string }[]> {
  return rows(
    db,
    sql`select g.code, g.name from agencies g
        where exists (select 1 from applications a where a.agency_id = g.id and a.status in ${list(statuses)})
        order by g.name`,
  );
}

export async function agencyById(db: Db, id: number): Promise<AgencyRow | undefined> {
  return one<AgencyRow>(
    db,
    sql`select ${agencyColumns} from agencies g left join agencies p on p.id = g.parent_id where g.id = ${id}`,
  );
}

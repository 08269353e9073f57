import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { AgencyKind } from '../../../db/schema/agencies';
import { one, rows } from '../../kernel/repo';

/** Queries of the administration pages: accounts, proposed functions. Writes return batch statements. */

/** Inserts an account; `RETURNING id` gives the new row's id after the batch. */
export function insertUser(
  db: Db,
  u: {
    email: string;
    name: string;
    passwordHash: string;
    role: string;
    agencyId: number | null;
    position: string | null;
  },
) {
  return db.run(sql`insert into users (email, name, password_hash, role, agency_id, position)
    values (${u.email}, ${u.name}, ${u.passwordHash}, ${u.role}, ${u.agencyId}, ${u.position}) returning id`);
}

/** The id of the account with this e-mail, as SQL for statements in the same batch as its insert. */
export const userIdByEmail = (email: string): SQL => sql`(select id from users where email = ${email})`;

export function updateUser(
  db: Db,
  id: number,
  u: {
    name: string;
    role: string;
    agencyId: number | null;
    active: boolean;
    position: string | null;
    passwordHash?: string;
  },
) {
  return db.run(sql`update users set name = ${u.name}, role = ${u.role}, agency_id = ${u.agencyId},
      position = ${u.position},
      active = ${u.active ? 1 : 0} ${u.passwordHash ? sql`, password_hash = ${u.passwordHash}` : sql``}
      where id = ${id}`);
}

/** Ends every session of an account (a disabled account, changed role, agency or password). */
export function deleteSessionsOf(db: Db, userId: number) {
  return db.run(sql`delete from sessions where user_id = ${userId}`);
}

/** Revokes every live API token of an account: a reset password or a disabled account ends them too. */
export function revokeTokensOf(db: Db, userId: number, at: Date) {
  return db.run(
    sql`update api_tokens set revoked_at = ${at.getTime()} where user_id = ${userId} and revoked_at is null`,
  );
}

/** The id of the agency with this code, as SQL for statements in the same batch as its save. */
export const agencyIdByCode = (code: string): SQL => sql`(select id from agencies where code = ${code})`;

/** The highest two-digit suffix used under a level-2 parent code (null if none). */
export async function lastFunctionNumber(db: Db, parent: string) {
  const row = await one<{ n: number | null }>(
    db,
    sql`select max(cast(substr(code, length(${parent}) + 2) as integer)) as n from functions where code like ${`${parent}.%`}`,
  );
  return row?.n ?? 0;
}

export function insertProposedFunction(
  db: Db,
  f: {
    code: string;
    referenceCodeId: number;
    title: string;
    titleEn: string;
    description: string;
    agencyId: number | null;
  },
) {
  return db.run(sql`insert into functions (code, reference_code_id, title, title_en, description, status, proposed_by_agency_id)
      values (${f.code}, ${f.referenceCodeId}, ${f.title}, ${f.titleEn}, ${f.description}, 'proposed', ${f.agencyId})`);
}

/** The id of the function with this code, as SQL for statements in the same batch as its insert. */
export const functionIdByCode = (code: string): SQL => sql`(select id from functions where code = ${code})`;

export async function proposedFunctions(db: Db) {
  return rows<{
    code: string;
    title: string;
    titleEn: string;
    description: string;
    parentCode: string;
    agencyName: string | null;
  }>(
    db,
    sql`select f.code, f.title, f.title_en as titleEn, f.description, r.code as parentCode, g.name as agencyName
        from functions f join reference_codes r on r.id = f.reference_code_id
        left join agencies g on g.id = f.proposed_by_agency_id
        where f.status = 'proposed' order by f.created_at`,
  );
}

/** Decides a proposed function (only while it is still proposed). */
export function setFunctionStatus(db: Db, id: number, status: string, mergedIntoId: number | null) {
  return db.run(sql`update functions set status = ${status}, merged_into_id = ${mergedIntoId},
      updated_at = unixepoch('subsec') * 1000 where id = ${id} and status = 'proposed'`);
}

/** Moves every application link of function `from` to function `into` (a merge). */
export function moveFunctionLinks(db: Db, from: number, into: number) {
  return [
    db.run(sql`insert or ignore into application_functions (application_id, function_id)
        select application_id, ${into} from application_functions where function_id = ${from}`),
    db.run(sql`delete from application_functions where function_id = ${from}`),
  ];
}

/** The statement that inserts or updates an agency (for one batch with its audit event). */
export function saveAgencyStatement(
  db: Db,
  a: {
    code: string;
    name: string;
    shortName: string | null;
    kind: AgencyKind;
    parentId: number | null;
    provinceCode: string | null;
    website: string | null;
  },
  id?: number,
) {
  return id
    ? db.run(sql`update agencies set code = ${a.code}, name = ${a.name}, short_name = ${a.shortName}, kind = ${a.kind},
        parent_id = ${a.parentId}, province_code = ${a.provinceCode}, website = ${a.website},
        updated_at = unixepoch('subsec') * 1000 where id = ${id}`)
    : db.run(sql`insert into agencies (code, name, short_name, kind, parent_id, province_code, website)
        values (${a.code}, ${a.name}, ${a.shortName}, ${a.kind}, ${a.parentId}, ${a.provinceCode}, ${a.website})`);
}

import { sql } from 'drizzle-orm';
import type * as v from 'valibot';
import type { Db } from '../../../db/client';
import { Conflict, type FieldIssue, Invalid, NotFound } from '../../kernel/errors';
import type { PasswordHasher } from '../../kernel/password';
import { requireRole } from '../../kernel/policy';
import { one, rows } from '../../kernel/repo';
import type { SessionUser } from '../accounts/repo';
import * as authRepo from '../accounts/repo';
import * as agenciesRepo from '../catalogue/repo/agencies';
import * as catalogueRepo from '../catalogue/repo/catalogue';
import * as reg from '../registry/repo';
import type {
  AgencyInput,
  FunctionDecisionInput,
  FunctionProposalInput,
  UserInput,
  UserUpdateInput,
} from '../registry/schemas';
import { actorLabel } from '../registry/service';

/** The agency reviewers belong to. */
export const REVIEWER_AGENCY = 'KEMENPANRB';

/** Who may be audited as the actor of a change made from the command line. */
const batch = (db: Db, statements: unknown[]) =>
  db.batch(statements as unknown as Parameters<Db['batch']>[0]);

const CLI_ACTOR = { actorUserId: null, actorLabel: 'command line' };
const actorOf = (u: SessionUser | null) => (u ? { actorUserId: u.id, actorLabel: actorLabel(u) } : CLI_ACTOR);

async function agencyForRole(db: Db, role: string, code: string | undefined): Promise<number | null> {
  const wanted = code ?? (role === 'reviewer' ? REVIEWER_AGENCY : undefined);
  if (!wanted) {
    if (role === 'operator') {
      throw new Invalid(
        'Instansi wajib untuk operator / Operators need an agency',
        [
          {
            field: 'agency',
            message: 'operator harus terhubung ke satu instansi / an operator belongs to one agency',
          },
        ],
        422,
      );
    }
    return null;
  }
  const agency = await agenciesRepo.agencyByCode(db, wanted.toUpperCase());
  if (!agency) {
    throw new Invalid(
      'Instansi tidak dikenal / Unknown agency',
      [{ field: 'agency', message: `instansi "${wanted}" tidak dikenal / unknown agency` }],
      422,
    );
  }
  return agency.id;
}

/**
 * Creates an account. `actor` is the admin doing it, or null for the command line (which is
 * how the first admin is made).
 */
export async function createUser(
  db: Db,
  hasher: PasswordHasher,
  actor: SessionUser | null,
  input: v.InferOutput<typeof UserInput>,
) {
  if (actor) requireRole(actor, 'admin');
  const agencyId = await agencyForRole(db, input.role, input.agency);
  const passwordHash = await hasher.hash(input.password);
  const email = input.email.toLowerCase();
  const userId = sql`(select id from users where email = ${email})`;
  try {
    // The account and its audit event in one batch: both or neither.
    await batch(db, [
      db.run(sql`insert into users (email, name, password_hash, role, agency_id)
        values (${email}, ${input.name}, ${passwordHash}, ${input.role}, ${agencyId})`),
      reg.insertAudit(db, {
        ...actorOf(actor),
        action: 'create',
        entityType: 'user',
        entityId: userId,
        before: null,
        after: { email, name: input.name, role: input.role, agency: input.agency ?? null },
      }),
    ]);
  } catch (error) {
    if (/UNIQUE constraint failed: users\.email/.test(String((error as Error)?.message))) {
      throw new Invalid(
        'E-mel sudah dipakai / E-mail already used',
        [{ field: 'email', message: `akun ${input.email} sudah ada / an account with this e-mail exists` }],
        422,
      );
    }
    throw error;
  }
  const id = (await authRepo.userForLogin(db, email))!.id;
  return id;
}

export async function updateUser(
  db: Db,
  hasher: PasswordHasher,
  actor: SessionUser | null,
  id: number,
  input: v.InferOutput<typeof UserUpdateInput>,
) {
  const admin = requireRole(actor, 'admin');
  const before = await authRepo.userById(db, id);
  if (!before) throw new NotFound(`Pengguna ${id} tidak ditemukan / User not found`);
  if (admin.id === id && (!input.active || input.role !== 'admin')) {
    throw new Conflict(
      'Admin tidak dapat menonaktifkan atau menurunkan perannya sendiri / Admins cannot disable or demote themselves',
    );
  }
  const agencyId = await agencyForRole(db, input.role, input.agency);
  const passwordHash = input.password ? await hasher.hash(input.password) : undefined;
  // A disabled account, a changed role, agency or password ends every session of that person.
  const endSessions =
    !input.active || input.role !== before.role || !!passwordHash || agencyId !== before.agencyId;
  await batch(db, [
    db.run(sql`update users set name = ${input.name}, role = ${input.role}, agency_id = ${agencyId},
      active = ${input.active ? 1 : 0} ${passwordHash ? sql`, password_hash = ${passwordHash}` : sql``}
      where id = ${id}`),
    ...(endSessions ? [db.run(sql`delete from sessions where user_id = ${id}`)] : []),
    reg.insertAudit(db, {
      ...actorOf(admin),
      action: 'update',
      entityType: 'user',
      entityId: id,
      before: { name: before.name, role: before.role, agency: before.agencyCode, active: before.active },
      after: {
        name: input.name,
        role: input.role,
        agency: input.agency ?? null,
        active: input.active,
        password: passwordHash ? 'changed' : undefined,
      },
    }),
  ]);
}

export async function listUsers(db: Db, actor: SessionUser | null) {
  requireRole(actor, 'admin');
  return authRepo.listUsers(db);
}

export async function userForAdmin(db: Db, actor: SessionUser | null, id: number) {
  requireRole(actor, 'admin');
  const u = await authRepo.userById(db, id);
  if (!u) throw new NotFound(`Pengguna ${id} tidak ditemukan / User not found`);
  return u;
}

/** Creates or updates an agency (by code). */
export async function saveAgency(
  db: Db,
  actor: SessionUser | null,
  input: v.InferOutput<typeof AgencyInput>,
  existingCode?: string,
) {
  const admin = requireRole(actor, 'admin');
  const issues: FieldIssue[] = [];
  const parent = input.parent ? await agenciesRepo.agencyByCode(db, input.parent) : undefined;
  if (input.parent && !parent)
    issues.push({
      field: 'parent',
      message: `instansi induk "${input.parent}" tidak dikenal / unknown parent agency`,
    });
  const existing = existingCode ? await agenciesRepo.agencyByCode(db, existingCode) : undefined;
  if (existingCode && !existing)
    throw new NotFound(`Instansi ${existingCode} tidak ditemukan / Agency not found`);
  const clash = await agenciesRepo.agencyByCode(db, input.code);
  if (clash && clash.id !== existing?.id)
    issues.push({ field: 'code', message: `kode ${input.code} sudah dipakai / code already used` });
  if (parent && existing && parent.id === existing.id)
    issues.push({
      field: 'parent',
      message: 'induk tidak boleh dirinya sendiri / an agency cannot be its own parent',
    });
  if (issues.length) throw new Invalid('Isian tidak sah / Invalid input', issues, 422);
  const provinceCode = ['provinsi', 'kabupaten', 'kota'].includes(input.kind)
    ? (input.code.split('.')[0] ?? null)
    : null;
  const values = {
    code: input.code,
    name: input.name,
    shortName: input.shortName,
    kind: input.kind,
    parentId: parent?.id ?? null,
    provinceCode,
    website: input.website,
  };
  try {
    await batch(db, [
      agenciesRepo.saveAgencyStatement(db, values, existing?.id),
      reg.insertAudit(db, {
        ...actorOf(admin),
        action: existing ? 'update' : 'create',
        entityType: 'agency',
        entityId: sql`(select id from agencies where code = ${values.code})`,
        before: existing ?? null,
        after: { ...values, parent: input.parent ?? null },
      }),
    ]);
  } catch (error) {
    if (/UNIQUE constraint failed: agencies\.code/.test(String((error as Error)?.message))) {
      throw new Invalid(
        'Isian tidak sah / Invalid input',
        [{ field: 'code', message: `kode ${input.code} sudah dipakai / code already used` }],
        422,
      );
    }
    throw error;
  }
  return input.code;
}

/**
 * An operator proposes a function the catalogue lacks. It gets the next code under its level-2
 * parent and status `proposed`, invisible to pickers until an admin accepts it.
 */
export async function proposeFunction(
  db: Db,
  user: SessionUser | null,
  input: v.InferOutput<typeof FunctionProposalInput>,
) {
  const u = requireRole(user, 'operator', 'admin');
  const parent = await catalogueRepo.referenceCodeByCode(db, input.parent);
  if (parent?.level !== 2 || !['RAB', 'RAL'].includes(parent.domain)) {
    throw new Invalid(
      'Kode induk tidak dikenal / Unknown parent code',
      [
        {
          field: 'parent',
          message: `kode RAB/RAL tingkat 2 "${input.parent}" tidak dikenal / unknown level-2 code`,
        },
      ],
      422,
    );
  }
  const max = await one<{ n: number | null }>(
    db,
    sql`select max(cast(substr(code, length(${input.parent}) + 2) as integer)) as n from functions where code like ${`${input.parent}.%`}`,
  );
  const next = (max?.n ?? 0) + 1;
  if (next > 99)
    throw new Conflict(
      'Kode fungsi di bawah induk ini sudah penuh / No function codes left under this parent',
    );
  const code = `${input.parent}.${String(next).padStart(2, '0')}`;
  await db.batch([
    db.run(sql`insert into functions (code, reference_code_id, title, title_en, description, status, proposed_by_agency_id)
      values (${code}, ${parent.id}, ${input.title}, ${input.titleEn || input.title}, ${input.description}, 'proposed', ${u.agencyId})`),
    reg.insertAudit(db, {
      actorUserId: u.id,
      actorLabel: actorLabel(u),
      action: 'propose',
      entityType: 'function',
      entityId: sql`(select id from functions where code = ${code})`,
      before: null,
      after: { code, ...input },
    }),
  ] as unknown as Parameters<Db['batch']>[0]);
  return code;
}

export async function proposedFunctions(db: Db, actor: SessionUser | null) {
  requireRole(actor, 'admin');
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

/** Accepts, merges (into an active function: links move there) or rejects a proposed function. */
export async function decideFunction(
  db: Db,
  actor: SessionUser | null,
  code: string,
  input: v.InferOutput<typeof FunctionDecisionInput>,
) {
  const admin = requireRole(actor, 'admin');
  const fn = await catalogueRepo.functionByCode(db, code.toUpperCase());
  if (!fn) throw new NotFound(`Fungsi ${code} tidak ditemukan / Function not found`);
  if (fn.status !== 'proposed')
    throw new Conflict(`Fungsi ${code} sudah diputuskan (${fn.status}) / already decided`);
  let into: Awaited<ReturnType<typeof catalogueRepo.functionByCode>>;
  if (input.action === 'merge') {
    into = input.into ? await catalogueRepo.functionByCode(db, input.into) : undefined;
    if (into?.status !== 'active') {
      throw new Invalid(
        'Fungsi tujuan tidak sah / Invalid target',
        [
          {
            field: 'into',
            message: 'pilih fungsi aktif tujuan penggabungan / choose an active function to merge into',
          },
        ],
        422,
      );
    }
  }
  const status = input.action === 'accept' ? 'active' : input.action === 'merge' ? 'merged' : 'rejected';
  await db.batch([
    db.run(sql`update functions set status = ${status}, merged_into_id = ${into?.id ?? null},
      updated_at = unixepoch('subsec') * 1000 where id = ${fn.id} and status = 'proposed'`),
    ...(into
      ? [
          db.run(sql`insert or ignore into application_functions (application_id, function_id)
            select application_id, ${into.id} from application_functions where function_id = ${fn.id}`),
          db.run(sql`delete from application_functions where function_id = ${fn.id}`),
        ]
      : []),
    reg.insertAudit(db, {
      actorUserId: admin.id,
      actorLabel: actorLabel(admin),
      action: `function:${input.action}`,
      entityType: 'function',
      entityId: fn.id,
      before: { status: fn.status },
      after: { status, into: into?.code ?? null },
    }),
  ] as unknown as Parameters<Db['batch']>[0]);
  return status;
}

import type * as v from 'valibot';
import type { Db } from '../../../db/client';
import { Conflict, type FieldIssue, Invalid, NotFound } from '../../kernel/errors';
import { msg } from '../../kernel/i18n';
import type { PasswordHasher } from '../../kernel/password';
import { requireCapability, requireRole } from '../../kernel/policy';
import type { SessionUser } from '../../kernel/user';
import { actorOf, Batch } from '../../kernel/write';
import * as accounts from '../accounts/service';
import * as catalogue from '../catalogue/service';
import type {
  AgencyInput,
  FunctionDecisionInput,
  FunctionProposalInput,
  UserInput,
  UserUpdateInput,
} from '../registry/schemas';
import * as repo from './repo';

/** The agency reviewers belong to. */
export const REVIEWER_AGENCY = 'KEMENPANRB';

async function agencyForRole(db: Db, role: string, code: string | undefined): Promise<number | null> {
  const wanted = code ?? (role === 'reviewer' ? REVIEWER_AGENCY : undefined);
  if (!wanted) {
    if (role === 'operator') {
      throw new Invalid(msg('admin.err.operatorNeedsAgency'), [
        { field: 'agency', message: msg('admin.err.operatorBelongsToAgency') },
      ]);
    }
    return null;
  }
  const agency = await catalogue.agencyByCode(db, wanted.toUpperCase());
  if (!agency) {
    throw new Invalid(msg('admin.err.unknownAgency'), [
      { field: 'agency', message: msg('admin.err.unknownAgencyCode', { code: wanted }) },
    ]);
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
  // The account and its audit event in one batch: both or neither.
  const batch = new Batch();
  const slot = batch.add(
    repo.insertUser(db, {
      email,
      name: input.name,
      passwordHash,
      role: input.role,
      agencyId,
      position: input.position ?? null,
    }),
  );
  batch.audit(db, {
    ...actorOf(actor),
    action: 'create',
    entityType: 'user',
    entityId: repo.userIdByEmail(email),
    before: null,
    after: {
      email,
      name: input.name,
      role: input.role,
      agency: input.agency ?? null,
      position: input.position ?? null,
    },
  });
  const result = await batch.run(db, {
    unique: (constraint) =>
      constraint === 'users.email'
        ? new Invalid(msg('admin.err.emailUsed'), [
            { field: 'email', message: msg('admin.err.accountExists', { email: input.email }) },
          ])
        : undefined,
  });
  return result.insertedId(slot);
}

export async function updateUser(
  db: Db,
  hasher: PasswordHasher,
  actor: SessionUser | null,
  id: number,
  input: v.InferOutput<typeof UserUpdateInput>,
) {
  const admin = requireRole(actor, 'admin');
  const before = await accounts.userById(db, id);
  if (!before) throw new NotFound(msg('admin.err.userNotFound', { id }));
  if (admin.id === id && (!input.active || input.role !== 'admin')) {
    throw new Conflict(msg('admin.err.cannotDemoteSelf'));
  }
  const agencyId = await agencyForRole(db, input.role, input.agency);
  const passwordHash = input.password ? await hasher.hash(input.password) : undefined;
  // A disabled account, a changed role, agency or password ends every session and API token of
  // that person: whoever knew the old password may have made a token with it.
  const endSessions =
    !input.active || input.role !== before.role || !!passwordHash || agencyId !== before.agencyId;
  const batch = new Batch();
  batch.add(
    repo.updateUser(db, id, {
      name: input.name,
      role: input.role,
      agencyId,
      active: input.active,
      position: input.position ?? null,
      passwordHash,
    }),
  );
  if (endSessions) batch.add(repo.deleteSessionsOf(db, id), repo.revokeTokensOf(db, id, new Date()));
  batch.audit(db, {
    ...actorOf(admin),
    action: 'update',
    entityType: 'user',
    entityId: id,
    before: {
      name: before.name,
      position: before.position,
      role: before.role,
      agency: before.agencyCode,
      active: before.active,
    },
    after: {
      name: input.name,
      position: input.position ?? null,
      role: input.role,
      agency: input.agency ?? null,
      active: input.active,
      password: passwordHash ? 'changed' : undefined,
    },
  });
  await batch.run(db);
}

export async function listUsers(db: Db, actor: SessionUser | null) {
  requireRole(actor, 'admin');
  return accounts.allUsers(db);
}

export async function userForAdmin(db: Db, actor: SessionUser | null, id: number) {
  requireRole(actor, 'admin');
  const u = await accounts.userById(db, id);
  if (!u) throw new NotFound(msg('admin.err.userNotFound', { id }));
  return u;
}

/** An agency as its edit form starts from (admins only). */
export async function agencyForEdit(db: Db, actor: SessionUser | null, code: string) {
  requireRole(actor, 'admin');
  const agency = await catalogue.agencyByCode(db, code.toUpperCase());
  if (!agency) throw new NotFound(msg('admin.err.agencyNotFound', { code }));
  return agency;
}

/** The level-2 RAB and RAL codes a proposed function may sit under (for its form). */
export async function functionParents(db: Db) {
  const [rab, ral] = await Promise.all([
    catalogue.referenceDomain(db, 'RAB'),
    catalogue.referenceDomain(db, 'RAL'),
  ]);
  return [...rab, ...ral].filter((r) => r.level === 2);
}

/** Creates or updates an agency (by code). */
export async function saveAgency(
  db: Db,
  actor: SessionUser | null,
  input: v.InferOutput<typeof AgencyInput>,
  existingCode?: string,
) {
  const admin = requireCapability(actor, 'agency.edit');
  const issues: FieldIssue[] = [];
  const parent = input.parent ? await catalogue.agencyByCode(db, input.parent) : undefined;
  if (input.parent && !parent)
    issues.push({ field: 'parent', message: msg('admin.err.unknownParentAgency', { code: input.parent }) });
  const existing = existingCode ? await catalogue.agencyByCode(db, existingCode) : undefined;
  if (existingCode && !existing) throw new NotFound(msg('admin.err.agencyNotFound', { code: existingCode }));
  const clash = await catalogue.agencyByCode(db, input.code);
  if (clash && clash.id !== existing?.id)
    issues.push({ field: 'code', message: msg('admin.err.codeUsed', { code: input.code }) });
  if (parent && existing && parent.id === existing.id)
    issues.push({ field: 'parent', message: msg('admin.err.ownParent') });
  if (issues.length) throw new Invalid(msg('error.invalidInput'), issues);
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
  const batch = new Batch();
  batch.add(repo.saveAgencyStatement(db, values, existing?.id));
  batch.audit(db, {
    ...actorOf(admin),
    action: existing ? 'update' : 'create',
    entityType: 'agency',
    entityId: repo.agencyIdByCode(values.code),
    before: existing ?? null,
    after: { ...values, parent: input.parent ?? null },
  });
  await batch.run(db, {
    unique: (constraint) =>
      constraint === 'agencies.code'
        ? new Invalid(msg('error.invalidInput'), [
            { field: 'code', message: msg('admin.err.codeUsed', { code: input.code }) },
          ])
        : undefined,
  });
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
  const parent = await catalogue.referenceCodeByCode(db, input.parent);
  if (parent?.level !== 2 || !['RAB', 'RAL'].includes(parent.domain)) {
    throw new Invalid(msg('admin.err.unknownParentCode'), [
      { field: 'parent', message: msg('admin.err.unknownLevel2Code', { code: input.parent }) },
    ]);
  }
  const next = (await repo.lastFunctionNumber(db, input.parent)) + 1;
  if (next > 99) throw new Conflict(msg('admin.err.noCodesLeft'));
  const code = `${input.parent}.${String(next).padStart(2, '0')}`;
  const batch = new Batch();
  batch.add(
    repo.insertProposedFunction(db, {
      code,
      referenceCodeId: parent.id,
      title: input.title,
      titleEn: input.titleEn || input.title,
      description: input.description,
      agencyId: u.agencyId,
    }),
  );
  batch.audit(db, {
    ...actorOf(u),
    action: 'propose',
    entityType: 'function',
    entityId: repo.functionIdByCode(code),
    before: null,
    after: { code, ...input },
  });
  await batch.run(db);
  return code;
}

export async function proposedFunctions(db: Db, actor: SessionUser | null) {
  requireRole(actor, 'admin');
  return repo.proposedFunctions(db);
}

/** Accepts, merges (into an active function: links move there) or rejects a proposed function. */
export async function decideFunction(
  db: Db,
  actor: SessionUser | null,
  code: string,
  input: v.InferOutput<typeof FunctionDecisionInput>,
) {
  const admin = requireRole(actor, 'admin');
  const fn = await catalogue.functionByCode(db, code.toUpperCase());
  if (!fn) throw new NotFound(msg('admin.err.functionNotFound', { code }));
  if (fn.status !== 'proposed')
    throw new Conflict(msg('admin.err.alreadyDecided', { code, status: fn.status }));
  let into: Awaited<ReturnType<typeof catalogue.functionByCode>>;
  if (input.action === 'merge') {
    into = input.into ? await catalogue.functionByCode(db, input.into) : undefined;
    if (into?.status !== 'active') {
      throw new Invalid(msg('admin.err.invalidTarget'), [
        { field: 'into', message: msg('admin.err.chooseActiveTarget') },
      ]);
    }
  }
  const status = input.action === 'accept' ? 'active' : input.action === 'merge' ? 'merged' : 'rejected';
  const batch = new Batch();
  batch.add(repo.setFunctionStatus(db, fn.id, status, into?.id ?? null));
  if (into) batch.add(...repo.moveFunctionLinks(db, fn.id, into.id));
  batch.audit(db, {
    ...actorOf(admin),
    action: `function:${input.action}`,
    entityType: 'function',
    entityId: fn.id,
    before: { status: fn.status },
    after: { status, into: into?.code ?? null },
  });
  await batch.run(db);
  return status;
}

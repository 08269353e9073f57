import type { Db } from '../../../db/client';
import type { AppStatus } from '../../../db/schema/applications';
import { diffSnapshots } from '../../domain/diff';
import { type LifecycleAction, transition } from '../../domain/lifecycle';
import { Conflict, type FieldIssue, Invalid, NotFound, StaleVersion } from '../../kernel/errors';
import { msg } from '../../kernel/i18n';
import { can, canRead, may, requireEdit, requireRole, type Viewer } from '../../kernel/policy';
import type { SessionUser } from '../../kernel/user';
import { actorLabel } from '../../kernel/user';
import {
  type Actor,
  actorOf,
  Batch,
  type BatchResult,
  changesSince,
  isOn,
  type OnConstraint,
  rowAtVersion,
  rowGone,
  type Slot,
} from '../../kernel/write';
import * as catalogue from '../catalogue/service';
import * as reg from './repo';
import type { ApplicationFields, CreateApplicationInput, UpdateApplicationInput } from './schemas';

/**
 * Registering and maintaining applications: every write checks who is writing, resolves every
 * code (unknown ones are reported by field, never dropped), and commits the row, its links and
 * an audit event in one atomic batch.
 */

/** How a person is named in the audit trail (kept here for callers that predate kernel/user). */
export { actorLabel };

/** The state of an application as the audit trail records it and the history page diffs it. */
export type Snapshot = Record<string, unknown> & { version: number };

export async function snapshot(db: Db, id: number): Promise<Snapshot | undefined> {
  const app = await catalogue.applicationRow(db, id);
  if (!app) return undefined;
  return snapshotOfRow(app, await reg.linkCodes(db, id));
}

/** Snapshots of many applications (missing ids are left out), in five queries per 500. */
export async function snapshots(db: Db, ids: readonly number[]): Promise<Map<number, Snapshot>> {
  const out = new Map<number, Snapshot>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const [apps, links] = await Promise.all([
      catalogue.applicationRows(db, chunk),
      reg.linkCodesOf(db, chunk),
    ]);
    for (const app of apps) out.set(app.id, snapshotOfRow(app, links.get(app.id)!));
  }
  return out;
}

function snapshotOfRow(app: catalogue.ApplicationRow, links: reg.LinkCodes): Snapshot {
  return {
    agency: app.agencyCode,
    unit: app.unit,
    name: app.name,
    acronym: app.acronym,
    description: app.description,
    category: app.category,
    status: app.status,
    raa: app.raaCode,
    hosting: app.hosting,
    url: app.url,
    repositoryUrl: app.repositoryUrl,
    licence: app.licence,
    yearlyCost: app.yearlyCost,
    launchYear: app.launchYear,
    contactName: app.contactName,
    contactEmail: app.contactEmail,
    contactPhone: app.contactPhone,
    ...links,
    version: app.version,
  };
}

function snapshotOfInput(
  agencyCode: string,
  input: ApplicationFields,
  status: AppStatus,
  version: number,
): Snapshot {
  return {
    agency: agencyCode,
    unit: input.unit,
    name: input.name,
    acronym: input.acronym,
    description: input.description,
    category: input.category,
    status,
    raa: input.raa,
    hosting: input.hosting,
    url: input.url,
    repositoryUrl: input.repositoryUrl,
    licence: input.licence,
    yearlyCost: input.yearlyCost,
    launchYear: input.launchYear,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
    functions: [...new Set(input.functions)].sort(),
    dataEntities: dedupeEntities(input.dataEntities)
      .map((d) => `${d.code}:${d.role}`)
      .sort(),
    consumedApis: [...new Set(input.consumedApis)].sort((a, b) => a - b),
    relations: dedupeRelations(input.relations)
      .map((r) => `${r.kind}:${r.application}`)
      .sort(),
    version,
  };
}

/** One role per data entity: the strongest named (master > producer > consumer). */
function dedupeEntities(list: ApplicationFields['dataEntities']) {
  const rank = { master: 0, producer: 1, consumer: 2 } as const;
  const byCode = new Map<string, (typeof list)[number]>();
  for (const d of list) {
    const seen = byCode.get(d.code);
    if (!seen || rank[d.role] < rank[seen.role]) byCode.set(d.code, d);
  }
  return [...byCode.values()];
}

function dedupeRelations(list: ApplicationFields['relations']) {
  const seen = new Map<string, (typeof list)[number]>();
  for (const r of list) seen.set(`${r.kind}:${r.application}`, r);
  return [...seen.values()];
}

/** SQLite's `lower()`: ASCII letters only, as the unique (agency, lower(name)) index compares. */
const sqlLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * Reference codes and one agency's application names, read once for many writes of that agency
 * (a bulk import checks thousands of rows): `resolveInput` looks codes up here instead of asking
 * the database per row. Names the batch will create are added with `claimName`.
 */
export interface Lookups {
  agency: { id: number; code: string };
  functions: Map<string, { code: string; id: number; status: string }>;
  dataEntities: Map<string, { code: string; id: number }>;
  raa: Map<string, { code: string; id: number }>;
  /** Lower-cased names of the agency's applications → their ids. */
  names: Map<string, number>;
}

export async function loadLookups(db: Db, agency: { id: number; code: string }): Promise<Lookups> {
  const t = await reg.codeTables(db, agency.id);
  return {
    agency,
    functions: new Map(t.functions.map((f) => [f.code, f])),
    dataEntities: new Map(t.dataEntities.map((d) => [d.code, d])),
    raa: new Map(t.raa.map((r) => [r.code, r])),
    names: new Map(t.names.map((n) => [sqlLower(n.name), n.id])),
  };
}

function resolveCodesFrom(l: Lookups, functions: string[], entities: string[], raa: string | null) {
  return {
    functions: functions.flatMap((c) => l.functions.get(c) ?? []),
    dataEntities: entities.flatMap((c) => l.dataEntities.get(c) ?? []),
    raa: raa ? l.raa.get(raa) : undefined,
  };
}

function nameTakenIn(l: Lookups, name: string, selfId?: number) {
  const id = l.names.get(sqlLower(name));
  return id !== undefined && id !== selfId;
}

/** Which agency the application belongs to: an operator's own; an admin must name one. */
async function ownerAgency(
  db: Db,
  user: SessionUser,
  code: string | undefined,
  current?: { agencyId: number },
  lookups?: Lookups,
) {
  if (!may(user, 'application.chooseOwner')) {
    if (code && code.toUpperCase() !== user.agencyCode?.toUpperCase()) {
      throw new Invalid(msg('registry.invalidAgency'), [
        {
          field: 'agency',
          message: msg('registry.operatorsRegisterOnlyTheirOwn'),
        },
      ]);
    }
    if (current) return { id: current.agencyId, code: user.agencyCode ?? '' };
    if (!user.agencyId) {
      throw new Invalid(msg('registry.accountWithoutAgency'), [
        {
          field: 'agency',
          message: msg('registry.operatorHasNoAgency'),
        },
      ]);
    }
    return { id: user.agencyId, code: user.agencyCode ?? '' };
  }
  if (!code) {
    if (current) {
      const a = await catalogue.agencyById(db, current.agencyId);
      if (a) return { id: a.id, code: a.code };
    }
    throw new Invalid(msg('registry.agencyIsRequired'), [
      { field: 'agency', message: msg('registry.agencyCodeIsRequired') },
    ]);
  }
  if (lookups && code.toUpperCase() === lookups.agency.code.toUpperCase()) return lookups.agency;
  const agency = await catalogue.agencyByCode(db, code.toUpperCase());
  if (!agency) {
    throw new Invalid(msg('registry.unknownAgency'), [
      { field: 'agency', message: msg('registry.unknownAgency3', { code }) },
    ]);
  }
  return { id: agency.id, code: agency.code };
}

/**
 * Resolves every code and reference of the input, collecting one field issue per unknown or
 * forbidden value, so the person sees all problems at once.
 */
async function resolveInput(
  db: Db,
  user: SessionUser,
  input: ApplicationFields & { category: 'umum' | 'khusus' },
  agency: { id: number },
  selfId?: number,
  currentCategory: 'umum' | 'khusus' = 'khusus',
  lookups?: Lookups,
) {
  const issues: FieldIssue[] = [];
  const cached = lookups && lookups.agency.id === agency.id ? lookups : undefined;
  const functions = [...new Set(input.functions)];
  const entities = dedupeEntities(input.dataEntities);
  const relations = dedupeRelations(input.relations);
  const consumed = [...new Set(input.consumedApis)];
  const entityCodes = entities.map((d) => d.code);
  const [codes, apis, targets, taken] = await Promise.all([
    cached
      ? resolveCodesFrom(cached, functions, entityCodes, input.raa)
      : reg.resolveCodes(db, functions, entityCodes, input.raa),
    reg.apisForConsumption(db, consumed),
    reg.applicationsByIds(
      db,
      relations.map((r) => r.application),
    ),
    cached ? nameTakenIn(cached, input.name, selfId) : reg.nameTaken(db, agency.id, input.name, selfId),
  ]);
  if (taken) {
    issues.push({
      field: 'name',
      message: msg('registry.thisAgencyAlreadyHasAn', { name: input.name }),
    });
  }
  // Operators keep whatever category the entry has (the owners of SIASN edit it as `umum`);
  // only admins mark or unmark a national shared application.
  if (input.category !== currentCategory && !may(user, 'application.chooseCategory')) {
    issues.push({
      field: 'category',
      message: msg('registry.onlyAdminsMarkNationalShared'),
    });
  }
  const fnByCode = new Map(codes.functions.map((f) => [f.code, f]));
  functions.forEach((code, i) => {
    const f = fnByCode.get(code);
    if (!f) issues.push({ field: `functions.${i}`, message: msg('registry.unknownFunction2', { code }) });
    else if (f.status !== 'active') {
      issues.push({
        field: `functions.${i}`,
        message: msg('registry.functionIsNotActive', { code, status: f.status }),
      });
    }
  });
  const deByCode = new Map(codes.dataEntities.map((d) => [d.code, d]));
  entities.forEach((d, i) => {
    if (!deByCode.has(d.code)) {
      issues.push({
        field: `dataEntities.${i}.code`,
        message: msg('registry.unknownDataEntity3', { code: d.code }),
      });
    }
  });
  if (input.raa && !codes.raa) {
    issues.push({ field: 'raa', message: msg('registry.unknownRaaCode2', { raa: input.raa }) });
  }
  const viewer: Viewer = { statuses: ['approved', 'active', 'retired'], user };
  const apiById = new Map(apis.map((a) => [a.id, a]));
  consumed.forEach((id, i) => {
    const api = apiById.get(id);
    if (!api || !canRead(viewer, api)) {
      issues.push({ field: `consumedApis.${i}`, message: msg('registry.apiNotFound2', { id }) });
    }
  });
  const targetById = new Map(targets.map((t) => [t.id, t]));
  relations.forEach((r, i) => {
    const t = targetById.get(r.application);
    if (r.application === selfId) {
      issues.push({
        field: `relations.${i}.application`,
        message: msg('registry.relationToItself'),
      });
    } else if (!t || !canRead(viewer, t)) {
      issues.push({
        field: `relations.${i}.application`,
        message: msg('registry.applicationNotFound3', { application: r.application }),
      });
    }
  });
  if (issues.length) throw new Invalid(msg('error.invalidInput'), issues);
  const columns: reg.ApplicationColumns = {
    agencyId: agency.id,
    unit: input.unit,
    name: input.name,
    acronym: input.acronym,
    description: input.description,
    category: input.category,
    raaCodeId: codes.raa?.id ?? null,
    hosting: input.hosting,
    url: input.url,
    repositoryUrl: input.repositoryUrl,
    licence: input.licence,
    yearlyCost: input.yearlyCost,
    launchYear: input.launchYear,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
  };
  const links: reg.Links = {
    functionIds: functions.map((c) => fnByCode.get(c)!.id),
    dataEntities: entities.map((d) => ({ id: deByCode.get(d.code)!.id, role: d.role })),
    consumedApiIds: consumed,
    relations: relations.map((r) => ({ to: r.application, kind: r.kind })),
  };
  return { columns, links };
}

/** The row was deleted between the checks and the write; nothing was written. */
const goneError = (id: number) => new NotFound(msg('registry.theApplicationWasDeletedMeanwhile2', { id }));

/** A unique-name race lost inside the batch becomes the same field error as the pre-check. */
const nameTakenError = (name: string) =>
  new Invalid(msg('error.invalidInput'), [
    {
      field: 'name',
      message: msg('registry.nameAlreadyUsedInThis', { name }),
    },
  ]);

/**
 * What an application write's constraint failures mean: the (agency, name) index → the name
 * is taken; a foreign key on an edit → the row was deleted meanwhile; the version trigger →
 * someone saved first (with what they changed). Other unique indexes are not this write's to
 * explain and stay internal errors.
 */
export function applicationConstraints(
  db: Db,
  name: string,
  edit?: { id: number; version: number },
): OnConstraint {
  return {
    unique: (constraint) => (isOn(constraint, 'applications') ? nameTakenError(name) : undefined),
    ...(edit
      ? { foreignKey: () => goneError(edit.id), stale: () => staleError(db, edit.id, edit.version) }
      : {}),
  };
}

/** A new application, checked and resolved, ready to be written alone or with others. */
export interface CheckedCreate {
  agency: { id: number; code: string };
  name: string;
  row: reg.NewApplication;
}

/**
 * Checks a new application: who may register it for which agency, every code and reference, the
 * name free in the agency. Throws `Invalid` with every problem at once.
 */
export async function checkCreate(
  db: Db,
  user: SessionUser,
  given: CreateApplicationInput,
  opts: { lookups?: Lookups } = {},
): Promise<CheckedCreate> {
  requireRole(user, 'operator', 'admin');
  const input = { ...given, category: given.category ?? ('khusus' as const) };
  const agency = await ownerAgency(db, user, input.agency, undefined, opts.lookups);
  const { columns, links } = await resolveInput(db, user, input, agency, undefined, undefined, opts.lookups);
  // Later rows of the same batch see the name as taken, as the database will.
  if (opts.lookups?.agency.id === agency.id) opts.lookups.names.set(sqlLower(input.name), -1);
  return {
    agency,
    name: input.name,
    row: {
      columns,
      status: input.status,
      links,
      after: snapshotOfInput(agency.code, input, input.status, 1),
    },
  };
}

/** New applications written per group of statements (`addCreates`). */
const CREATE_GROUP = 50;

/**
 * Adds the statements that create checked applications (row, links, one audit event each) to
 * `batch`, fifty of one agency per group of statements (a group's insert, with the search
 * index triggers, takes tens of milliseconds: a sliced run yields between them). Returns each group's slot; after
 * the run, `createdIds` finds the new ids.
 */
export function addCreates(db: Db, batch: Batch, creates: readonly CheckedCreate[], actor: Actor): Slot[] {
  const slots: Slot[] = [];
  for (let i = 0; i < creates.length; ) {
    const agencyId = creates[i]!.agency.id;
    let j = i;
    while (j < creates.length && j - i < CREATE_GROUP && creates[j]!.agency.id === agencyId) j++;
    const [insert, ...rest] = reg.insertApplications(
      db,
      agencyId,
      creates.slice(i, j).map((c) => c.row),
      actor,
    );
    slots.push(batch.add(insert!));
    batch.add(...rest);
    i = j;
  }
  return slots;
}

/** The ids `addCreates`' groups returned, by agency id and SQLite-lower-cased name. */
export function createdIds(result: BatchResult, slots: readonly Slot[], creates: readonly CheckedCreate[]) {
  const byName = new Map<string, number>();
  for (const slot of slots)
    for (const r of result.returned(slot))
      byName.set(`${r.agency_id}:${sqlLower(String(r.name))}`, Number(r.id));
  return creates.map((c) => byName.get(`${c.agency.id}:${sqlLower(c.name)}`));
}

/**
 * Checks a new application and adds the statements that create it (row, links, audit event)
 * to `batch`, so callers can add their own (a proposal) to the same atomic write. `appId` refers
 * to the new row inside the batch; after the run, `result.insertedId(slot)` is its id.
 */
export async function prepareCreate(
  db: Db,
  user: SessionUser,
  given: CreateApplicationInput,
  batch: Batch,
  /** Who the audit trail names, when not `user` (the command line's import acts as an admin). */
  opts: { actor?: Actor; lookups?: Lookups } = {},
) {
  const checked = await checkCreate(db, user, given, opts);
  const [slot] = addCreates(db, batch, [checked], opts.actor ?? actorOf(user));
  return { slot: slot!, appId: reg.idByName(checked.agency.id, checked.name), name: checked.name };
}

export async function createApplication(db: Db, user: SessionUser, input: CreateApplicationInput) {
  const batch = new Batch();
  const { slot } = await prepareCreate(db, user, input, batch);
  const result = await batch.run(db, applicationConstraints(db, input.name));
  return { id: result.insertedId(slot), version: 1 };
}

export async function loadForEdit(db: Db, user: SessionUser | null, id: number) {
  const app = await catalogue.applicationRow(db, id);
  if (!app) throw new NotFound(msg('registry.applicationNotFound4', { id }));
  const u = requireEdit(user, app);
  return { app, user: u };
}

/** What others changed since `version`, for the message of a stale save. */
export async function staleError(db: Db, id: number, version: number): Promise<StaleVersion> {
  const now = await snapshot(db, id);
  const changes = await changesSince(db, 'application', id, version, now);
  return new StaleVersion(
    msg('registry.someoneElseChangedThisApplication', { version, version2: now?.version ?? version }),
    now?.version ?? version,
    changes,
  );
}

/** The current state of an application for its edit form, if the user may change it. */
export async function applicationForEdit(db: Db, user: SessionUser | null, id: number) {
  const { app } = await loadForEdit(db, user, id);
  const snap = (await snapshot(db, id))!;
  return { app, snapshot: snap };
}

/**
 * Checks an edit and adds its statements to `batch` (row at version + 1, links, audit event
 * written only if the row reached that version). Run it with `runUpdate`.
 */
export async function prepareUpdate(
  db: Db,
  userIn: SessionUser | null,
  id: number,
  given: UpdateApplicationInput,
  batch: Batch,
  opts: { actor?: Actor; lookups?: Lookups } = {},
) {
  const { app, user } = await loadForEdit(db, userIn, id);
  if (!can(user, 'application.edit', app)) {
    throw new Conflict(msg('registry.anApplicationUnderReviewOr', { status: app.status }));
  }
  if (given.version !== app.version) throw await staleError(db, id, given.version);
  const input = { ...given, category: given.category ?? app.category };
  const agency = await ownerAgency(db, user, input.agency, app, opts.lookups);
  const { columns, links } = await resolveInput(db, user, input, agency, id, app.category, opts.lookups);
  if (opts.lookups?.agency.id === agency.id && sqlLower(app.name) !== sqlLower(input.name)) {
    opts.lookups.names.delete(sqlLower(app.name));
    opts.lookups.names.set(sqlLower(input.name), id);
  }
  const before = await snapshot(db, id);
  const after = snapshotOfInput(agency.code, input, app.status, input.version + 1);
  const slot = batch.add(reg.updateApplication(db, id, columns, input.version));
  batch.add(...reg.replaceLinks(db, id, links));
  batch.audit(
    db,
    {
      ...(opts.actor ?? actorOf(user)),
      action: 'update',
      entityType: 'application',
      entityId: id,
      before,
      after,
    },
    rowAtVersion('applications', id, input.version + 1),
  );
  return { app, user, slot };
}

/**
 * Runs a batch that moves application `id` from `version` to the next (its update at `slot`):
 * a stale version, a row deleted meanwhile or a lost name race becomes its error.
 */
export async function runUpdate(
  db: Db,
  batch: Batch,
  target: { id: number; version: number; name: string; slot: Slot },
  /** The caller's own meaning for failures of the statements it added (overrides these). */
  on: OnConstraint = {},
) {
  const result = await batch.run(db, { ...applicationConstraints(db, target.name, target), ...on });
  if (!result.rowsAffected(target.slot)) throw goneError(target.id);
  return result;
}

export async function updateApplication(
  db: Db,
  userIn: SessionUser | null,
  id: number,
  input: UpdateApplicationInput,
) {
  const batch = new Batch();
  const { slot } = await prepareUpdate(db, userIn, id, input, batch);
  await runUpdate(db, batch, { id, version: input.version, name: input.name, slot });
  return { id, version: input.version + 1 };
}

/**
 * Adds a status change of application `id` from `version` to `batch` and returns its slot. With
 * `audit`, the application's audit event is added too, written only if the row reached the new
 * version (a proposal's submission and decision audit the proposal instead).
 */
export function addStatusChange(
  db: Db,
  batch: Batch,
  change: { id: number; to: AppStatus; version: number },
  audit?: { user: SessionUser; action: string; before: Snapshot | undefined },
): Slot {
  const slot = batch.add(reg.setStatus(db, change.id, change.to, change.version));
  if (audit) {
    batch.audit(
      db,
      {
        ...actorOf(audit.user),
        action: audit.action,
        entityType: 'application',
        entityId: change.id,
        before: audit.before,
        after: { ...audit.before, status: change.to, version: change.version + 1 },
      },
      rowAtVersion('applications', change.id, change.version + 1),
    );
  }
  return slot;
}

/** Activates, retires or reopens an application (review decisions are the review service's). */
export async function changeStatus(
  db: Db,
  userIn: SessionUser | null,
  id: number,
  action: Extract<LifecycleAction, 'activate' | 'retire' | 'reopen'>,
  version: number,
) {
  const { app, user } = await loadForEdit(db, userIn, id);
  if (version !== app.version) throw await staleError(db, id, version);
  const t = transition(app.status, action);
  if (!t.ok) throw new Conflict(t.reason);
  // A draft that is a proposal goes live only through review: submit it, do not activate it.
  const isProposal = action === 'activate' && app.status === 'draft' && (await reg.isProposal(db, id));
  if (!can(user, `application.${action}`, { ...app, isProposal })) {
    throw new Conflict(msg('registry.thisDraftIsAProposal'));
  }
  const batch = new Batch();
  const before = await snapshot(db, id);
  const slot = addStatusChange(
    db,
    batch,
    { id, to: t.to, version },
    { user, action: `status:${action}`, before },
  );
  await runUpdate(db, batch, { id, version, name: app.name, slot });
  return { id, status: t.to, version: version + 1 };
}

/** Deletes a draft; anything that was ever published or proposed is retired instead. */
export async function deleteApplication(db: Db, userIn: SessionUser | null, id: number, version: number) {
  const { app, user } = await loadForEdit(db, userIn, id);
  if (!can(user, 'application.delete', app)) {
    throw new Conflict(msg('registry.onlyDraftsCanBeDeleted'));
  }
  if (version !== app.version) throw await staleError(db, id, version);
  const before = await snapshot(db, id);
  const batch = new Batch();
  const slot = batch.add(reg.deleteApplication(db, id, version));
  batch.audit(
    db,
    { ...actorOf(user), action: 'delete', entityType: 'application', entityId: id, before, after: null },
    rowGone('applications', id),
  );
  const result = await batch.run(db);
  if (!result.rowsAffected(slot)) throw await staleError(db, id, version);
}

/** The audit trail of an application with a diff per event, for whoever may read it. */
export async function applicationHistory(db: Db, viewer: Viewer, id: number) {
  const app = await catalogue.applicationRow(db, id);
  if (!app || !canRead(viewer, app)) throw new NotFound(msg('registry.applicationNotFound4', { id }));
  const events = await reg.auditOf(db, 'application', id);
  // Sign-in e-mails are for staff and the owning agency; the public sees names only.
  const u = viewer.user;
  const showEmail = !!u && (u.role !== 'operator' || u.agencyId === app.agencyId);
  const actor = (label: string) => (showEmail ? label : label.replace(/\s*<[^>]*>\s*$/, ''));
  return {
    application: app,
    events: events.map((e) => {
      const before = e.before ? (JSON.parse(e.before) as Record<string, unknown>) : null;
      const after = e.after ? (JSON.parse(e.after) as Record<string, unknown>) : null;
      return {
        id: e.id,
        at: new Date(e.at).toISOString(),
        actor: actor(e.actorLabel),
        action: e.action,
        version: (after?.version ?? before?.version ?? null) as number | null,
        changes: e.action === 'create' ? [] : diffSnapshots(before, after),
      };
    }),
  };
}

/** What the registry form offers: active functions, data entities and level-2 RAA codes. */
export async function formOptions(db: Db) {
  const [{ functions, dataEntities }, raa] = await Promise.all([
    catalogue.checkFormOptions(db),
    catalogue.referenceDomain(db, 'RAA'),
  ]);
  return { functions, dataEntities, raa: raa.filter((r) => r.level === 2) };
}

/** The function picker's typeahead and its chosen function (through the catalogue's service). */
export const functionTypeahead = catalogue.functionTypeahead;
export const activeFunction = catalogue.activeFunction;

/** The operator's own agency's applications in every status (drafts included). */
export async function myApplications(db: Db, user: SessionUser | null) {
  const u = requireRole(user, 'operator', 'admin');
  if (!u.agencyId) return [];
  return reg.agencyApplications(db, u.agencyId);
}

import * as v from 'valibot';
import type { Db } from '../../../db/client';
import { CATEGORIES, DATA_ROLES, HOSTINGS, PUBLIC_STATUSES } from '../../../db/schema/applications';
import { DomainError, type FieldIssue, Forbidden, Invalid } from '../../kernel/errors';
import { type Message, type MessageKey, msg } from '../../kernel/i18n';
import { may } from '../../kernel/policy';
import { toFieldIssues } from '../../kernel/schemas';
import type { SessionUser } from '../../kernel/user';
import { type Actor, actorOf, Batch, CLI_ACTOR } from '../../kernel/write';
import { closestNationalServices } from '../overlap/service';
import { refreshNationalPicture } from '../rationalisation/service';
import { CreateApplicationInput, UpdateApplicationInput } from '../registry/schemas';
import * as registry from '../registry/service';
import { APPLICATION_COLUMNS, templateExampleRow } from './formats';
import { type ImportFormat, type ParsedRow, parseImport } from './parse';
import * as repo from './repo';
import { writeXlsx } from './xlsx';

/**
 * Bulk registration: a file of applications for one agency, checked row by row with the
 * registry's own rules (its service prepares every create and update, so there is one write
 * path), then applied as one atomic batch with an import event and one audit entry per row.
 * Rows are matched to existing applications by the catalogue id the file names (its own export)
 * or by exact name within the agency, never by a fuzzy guess.
 */

export type RowAction = 'create' | 'update' | 'unchanged' | 'error' | 'skipped';

/** What one row of the file does (or would do). */
export interface RowOutcome {
  line: number;
  name: string;
  action: RowAction;
  /** The application it matched, or (after applying) the one it created. */
  id?: number;
  issues: { field: string; message: Message | string }[];
  /** Fields an update changes. */
  changes?: string[];
  /** For a new application in a dry run: the national service it overlaps most, if any. */
  overlap?: { id: number; name: string; agency: { code: string; name: string }; score: number } | null;
  note?: Message;
}

export interface ImportReport {
  format: ImportFormat;
  agency: { code: string; name: string };
  dryRun: boolean;
  applied: boolean;
  rows: RowOutcome[];
  counts: Record<RowAction, number>;
}

export interface ImportRequest {
  /** The agency the file is for. */
  agency: string;
  fileName: string;
  bytes: Uint8Array;
  dryRun: boolean;
  /** Hears how far each phase is: rows checked, new rows compared, statements written. */
  onProgress?: (done: number, total: number, phase: ImportPhase) => void;
}

/** The phases of an import, in order (a dry run stops after `overlap`; an apply skips it). */
export type ImportPhase = 'check' | 'overlap' | 'write';

/** New applications of a dry run whose overlap is checked (the first ones in the file). */
export const OVERLAP_CHECKED = 20_000;
/** Rows checked between two turns of the event loop. */
const CHUNK = 50;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The stand-in admin of the command line; the audit trail names the command line, not them. */
const CLI_USER: SessionUser = {
  id: 0,
  email: 'cli@localhost',
  name: 'command line',
  role: 'admin',
  agencyId: null,
  agencyCode: null,
  agencyName: null,
  locale: 'id',
};

const COMPARED = [
  'unit',
  'name',
  'acronym',
  'description',
  'category',
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
] as const;

/** An input or a stored snapshot reduced to comparable values (links as sorted strings). */
function comparable(x: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of COMPARED) out[k] = x[k] ?? null;
  const strings = (list: unknown, f: (item: never) => string) =>
    [...new Set(((list as unknown[]) ?? []).map((i) => f(i as never)))].sort();
  out.functions = strings(x.functions, (c: string) => c);
  out.dataEntities = strings(x.dataEntities, (d: string | { code: string; role: string }) =>
    typeof d === 'string' ? d : `${d.code}:${d.role}`,
  );
  out.consumedApis = strings(x.consumedApis, (n: number) => String(n));
  out.relations = strings(x.relations, (r: string | { kind: string; application: number }) =>
    typeof r === 'string' ? r : `${r.kind}:${r.application}`,
  );
  return out;
}

/** A stored snapshot as registry input, so fields a file leaves out keep their value. */
function snapshotAsInput(s: registry.Snapshot): Record<string, unknown> {
  const list = (k: string) => (s[k] as string[] | undefined) ?? [];
  return {
    agency: s.agency,
    unit: s.unit,
    name: s.name,
    acronym: s.acronym,
    description: s.description,
    category: s.category,
    raa: s.raa,
    hosting: s.hosting,
    url: s.url,
    repositoryUrl: s.repositoryUrl,
    licence: s.licence,
    yearlyCost: s.yearlyCost,
    launchYear: s.launchYear,
    contactName: s.contactName,
    contactEmail: s.contactEmail,
    contactPhone: s.contactPhone,
    functions: list('functions'),
    dataEntities: list('dataEntities').map((d) => {
      const [code, role] = d.split(':');
      return { code, role };
    }),
    consumedApis: (s.consumedApis as number[] | undefined) ?? [],
    relations: list('relations').map((r) => {
      const [kind, to] = r.split(':');
      return { kind, application: Number(to) };
    }),
  };
}

/** Field issues of a domain error thrown while preparing a row. */
function issuesOf(e: unknown): RowOutcome['issues'] {
  if (e instanceof Invalid) return e.fields;
  if (e instanceof DomainError) return [{ field: 'row', message: e.text }];
  throw e;
}

/** Reads, checks and (unless `dryRun`) applies an import file; `user` null is the command line. */
export async function importFile(
  db: Db,
  userIn: SessionUser | null,
  req: ImportRequest,
): Promise<ImportReport> {
  const user = userIn ?? CLI_USER;
  const actor: Actor = userIn ? actorOf(userIn) : CLI_ACTOR;
  if (!may(user, 'application.import')) throw new Forbidden(msg('transfer.onlyOperators'));
  const agency = await repo.agencyByCode(db, req.agency.trim());
  if (!agency) {
    throw new Invalid(msg('error.invalidInput'), [
      { field: 'agency', message: msg('transfer.unknownAgency', { code: req.agency }) },
    ]);
  }
  if (!may(user, 'application.chooseOwner') && user.agencyId !== agency.id)
    throw new Forbidden(msg('transfer.ownAgencyOnly'));

  const parsed = parseImport(req.bytes, req.fileName);
  if (!parsed.ok) {
    throw new Invalid(msg('transfer.fileRefused'), [
      {
        field: 'file',
        message: parsed.line
          ? msg('transfer.atLine', { line: parsed.line, message: parsed.error })
          : parsed.error,
      },
    ]);
  }

  // Parsing held the thread for a moment: let other requests in before the checks.
  await nextTurn();
  // Codes and the agency's names are read once for the file, not once per row.
  const lookups = await registry.loadLookups(db, { id: agency.id, code: agency.code });
  const existing = await repo.agencyApplicationKeys(db, agency.id);
  const byId = new Map(existing.map((a) => [a.id, a]));
  const byName = new Map(existing.map((a) => [a.name.toLowerCase(), a]));
  const seenTarget = new Map<string, number>();
  const batch = new Batch();
  const creates: { outcome: RowOutcome; checked: registry.CheckedCreate }[] = [];
  const outcomes: RowOutcome[] = [];
  /** New applications of a dry run whose closest national service is looked up, all at once. */
  const toCheck: { outcome: RowOutcome; input: CreateApplicationInput }[] = [];

  // The stored state of every application the file matches, read in a few queries up front.
  const matched = new Set<number>();
  for (const row of parsed.rows) {
    if (row.skipped) continue;
    const name = typeof row.fields.name === 'string' ? row.fields.name.trim().toLowerCase() : '';
    const id = row.id !== undefined ? byId.get(row.id)?.id : byName.get(name)?.id;
    if (id !== undefined) matched.add(id);
  }
  const stored = new Map<number, registry.Snapshot>();
  const matchedIds = [...matched];
  for (let i = 0; i < matchedIds.length; i += 500) {
    for (const [id, snap] of await registry.snapshots(db, matchedIds.slice(i, i + 500))) stored.set(id, snap);
    await nextTurn();
  }

  for (let i = 0; i < parsed.rows.length; i++) {
    if (i % CHUNK === 0 && i) {
      req.onProgress?.(i, parsed.rows.length, 'check');
      // The embedded database and the checks run on this thread: let other requests in.
      await nextTurn();
    }
    const row = parsed.rows[i]!;
    const outcome = await checkRow(row);
    outcomes.push(outcome);
  }
  req.onProgress?.(parsed.rows.length, parsed.rows.length, 'check');
  if (toCheck.length) {
    const matches = await closestNationalServices(
      db,
      toCheck.map(({ input }) => ({
        name: input.name,
        description: input.description.slice(0, 5000),
        functions: input.functions,
        dataEntities: input.dataEntities.filter((d) => d.role !== 'consumer').map((d) => d.code),
      })),
      { onProgress: (d, t) => req.onProgress?.(d, t, 'overlap') },
    );
    toCheck.forEach((c, i) => {
      c.outcome.overlap = matches[i] ?? null;
    });
  }

  async function checkRow(row: ParsedRow): Promise<RowOutcome> {
    const name = typeof row.fields.name === 'string' ? row.fields.name.trim() : '';
    const outcome: RowOutcome = { line: row.line, name, action: 'error', issues: [...row.issues] };
    if (row.skipped) return { ...outcome, action: 'skipped', note: row.skipped };
    const givenAgency = row.fields.agency;
    if (typeof givenAgency === 'string' && givenAgency.trim().toUpperCase() !== agency!.code.toUpperCase()) {
      outcome.issues.push({
        field: 'agency',
        message: msg('transfer.otherAgency', { given: givenAgency, agency: agency!.code }),
      });
    }
    // Matching: the file's catalogue id, else the exact name (case-insensitive, as the unique index).
    let target: { id: number; name: string } | undefined;
    if (row.id !== undefined) {
      target = byId.get(row.id);
      if (!target)
        outcome.issues.push({ field: 'id', message: msg('transfer.idNotInAgency', { id: row.id }) });
    } else if (name) target = byName.get(name.toLowerCase());
    const key = target ? `id:${target.id}` : `name:${name.toLowerCase()}`;
    const first = seenTarget.get(key);
    if (first !== undefined) {
      outcome.issues.push({
        field: target ? 'id' : 'name',
        message: msg('transfer.duplicateRow', { line: first }),
      });
    } else seenTarget.set(key, row.line);
    if (outcome.issues.length) return outcome;

    const fields = { ...row.fields, agency: agency!.code };
    if (target) {
      outcome.id = target.id;
      const current = stored.get(target.id);
      if (!current)
        return {
          ...outcome,
          issues: [{ field: 'id', message: msg('transfer.idNotInAgency', { id: target.id }) }],
        };
      const version = row.version ?? current.version;
      // The export has relations and consumed APIs to published entries only; the same view is
      // compared here, so an entry linked to someone's draft round-trips unchanged.
      const storedInput = snapshotAsInput(current) as ReturnType<typeof snapshotAsInput> & {
        relations: { kind: string; application: number }[];
        consumedApis: number[];
      };
      const visible = await repo.visibleTargets(
        db,
        storedInput.relations.map((r) => r.application),
        storedInput.consumedApis,
        PUBLIC_STATUSES,
      );
      storedInput.relations = storedInput.relations.filter((r) => visible.applications.has(r.application));
      storedInput.consumedApis = storedInput.consumedApis.filter((id) => visible.apis.has(id));
      const merged = { ...storedInput, ...fields, version };
      delete (merged as Record<string, unknown>).status;
      const input = v.safeParse(UpdateApplicationInput, merged);
      if (!input.success) return { ...outcome, issues: toFieldIssues(input.issues, 'row') };
      const before = comparable(storedInput);
      const after = comparable(input.output);
      const changes = COMPARED.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
      if (!changes.length) return { ...outcome, action: 'unchanged' };
      try {
        await registry.prepareUpdate(db, user, target.id, input.output, batch, { actor, lookups });
      } catch (e) {
        return { ...outcome, issues: issuesOf(e) };
      }
      return { ...outcome, action: 'update', changes };
    }
    const status = (fields as Record<string, unknown>).status === 'active' ? 'active' : 'draft';
    const input = v.safeParse(CreateApplicationInput, { ...fields, status });
    if (!input.success) return { ...outcome, issues: toFieldIssues(input.issues, 'row') };
    try {
      const checked = await registry.checkCreate(db, user, input.output, { lookups });
      const created: RowOutcome = { ...outcome, action: 'create' };
      creates.push({ outcome: created, checked });
      if (req.dryRun) {
        if (toCheck.length < OVERLAP_CHECKED) toCheck.push({ outcome: created, input: input.output });
        else created.note = msg('transfer.overlapNotChecked', { max: OVERLAP_CHECKED });
      }
      return created;
    } catch (e) {
      return { ...outcome, issues: issuesOf(e) };
    }
  }

  const counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0, error: 0, skipped: 0 };
  for (const o of outcomes) counts[o.action]++;
  const report: ImportReport = {
    format: parsed.format,
    agency: { code: agency.code, name: agency.name },
    dryRun: req.dryRun,
    applied: false,
    rows: outcomes,
    counts,
  };
  if (req.dryRun || counts.error > 0 || (counts.create === 0 && counts.update === 0)) return report;

  // New applications are written fifty per group of statements, after the updates.
  const createSlots = registry.addCreates(
    db,
    batch,
    creates.map((c) => c.checked),
    actor,
  );
  batch.audit(db, {
    ...actor,
    action: 'import',
    entityType: 'agency',
    entityId: agency.id,
    before: null,
    after: {
      file: req.fileName,
      format: parsed.format,
      create: counts.create,
      update: counts.update,
      unchanged: counts.unchanged,
    },
  });
  // One atomic write for the whole file: a failure anywhere (a stale version, a name taken
  // meanwhile) leaves the catalogue as it was.
  const result = await batch.run(
    db,
    {
      unique: () =>
        new Invalid(msg('transfer.fileRefused'), [
          { field: 'file', message: msg('transfer.changedMeanwhile') },
        ]),
      foreignKey: () =>
        new Invalid(msg('transfer.fileRefused'), [
          { field: 'file', message: msg('transfer.changedMeanwhile') },
        ]),
      stale: () =>
        new Invalid(msg('transfer.fileRefused'), [
          { field: 'file', message: msg('transfer.changedMeanwhile') },
        ]),
    },
    // Sliced even when short: each group statement writes fifty applications.
    { sliced: true, onProgress: (d, t) => req.onProgress?.(d, t, 'write') },
  );
  const ids = registry.createdIds(
    result,
    createSlots,
    creates.map((c) => c.checked),
  );
  creates.forEach((c, i) => {
    c.outcome.id = ids[i];
  });
  return { ...report, applied: true };
}

/** Row errors of a report as field issues (`12: functions.0`), for an apply that was refused. */
export function rowIssues(report: ImportReport): FieldIssue[] {
  return report.rows.flatMap((r) =>
    r.action === 'error' ? r.issues.map((i) => ({ field: `${r.line}: ${i.field}`, message: i.message })) : [],
  );
}

/** A report of an apply (not a dry run) that wrote nothing because rows were wrong: Invalid. */
export function requireApplied(report: ImportReport) {
  if (!report.dryRun && report.counts.error > 0)
    throw new Invalid(msg('transfer.notApplied'), rowIssues(report));
}

/**
 * Recomputes the national picture (duplicate clusters, coverage) once an applied import has
 * changed many applications; callers start it after answering, without waiting for it. Runs
 * share one in-flight computation (rationalisation's `refreshNationalPicture`).
 */
export function refreshAfterImport(db: Db) {
  return refreshNationalPicture(db);
}

/** Column widths of the XLSX template's first sheet, in characters. */
const TEMPLATE_WIDTHS: Partial<Record<(typeof APPLICATION_COLUMNS)[number], number>> = {
  name: 32,
  description: 40,
  url: 24,
  repositoryUrl: 24,
  contactEmail: 24,
  functions: 28,
  dataEntities: 28,
};

/**
 * The XLSX import template: the first sheet has the CSV template's header and example row (it
 * imports as it is); the second, "Kode", lists the codes a row may use, read from the catalogue,
 * headed in the reader's language (`label`).
 */
export async function templateWorkbook(
  db: Db,
  label: (key: MessageKey) => string,
): Promise<Uint8Array<ArrayBuffer>> {
  const { functions, dataEntities, raa } = await registry.formOptions(db);
  const kind = (key: MessageKey, rows: { code: string; name: string }[]) =>
    rows.map((r) => [label(key), r.code, r.name]);
  const values = (key: MessageKey, list: readonly string[]) =>
    kind(
      key,
      list.map((v) => ({ code: v, name: '' })),
    );
  return writeXlsx([
    {
      name: 'Aplikasi',
      rows: [[...APPLICATION_COLUMNS], templateExampleRow()],
      widths: APPLICATION_COLUMNS.map((c) => TEMPLATE_WIDTHS[c] ?? 14),
      freezeHeader: true,
    },
    {
      name: 'Kode',
      rows: [
        [label('transfer.template.kind'), label('transfer.template.code'), label('transfer.template.title')],
        ...kind(
          'transfer.template.function',
          functions.map((f) => ({ code: f.code, name: f.title })),
        ),
        ...kind(
          'transfer.template.dataEntity',
          dataEntities.map((d) => ({ code: d.code, name: d.name })),
        ),
        ...values('transfer.template.role', DATA_ROLES),
        ...kind(
          'transfer.template.raa',
          raa.map((r) => ({ code: r.code, name: r.title })),
        ),
        ...values('transfer.template.category', CATEGORIES),
        ...values('transfer.template.hosting', HOSTINGS),
        ...values('transfer.template.status', ['draft', 'active']),
      ],
      widths: [30, 18, 70],
      freezeHeader: true,
    },
  ]);
}

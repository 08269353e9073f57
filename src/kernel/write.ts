import type { InValue, ResultSet } from '@libsql/client';
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { RunnableQuery } from 'drizzle-orm/runnable-query';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { isGated } from '../../db/gate';
import { diffSnapshots, type FieldChange } from '../domain/diff';
import type { DomainError } from './errors';
import { actorLabel, type SessionUser } from './user';

/**
 * The one write path: every change is a list of statements run as one atomic `db.batch`
 * (locally and over HTTP on Workers), with its audit event inside the same batch, and database
 * constraint failures turned into domain errors by the driver's error code. Repo modules build
 * the statements; services collect them in a `Batch` and run it here.
 */

/**
 * One statement of a write: a drizzle batch item whose result is libSQL's `ResultSet` (what
 * `db.run(sql…)` builds). `RETURNING` rows, if any, are in the result's `rows`.
 */
export type Statement = BatchItem<'sqlite'> & RunnableQuery<ResultSet, 'sqlite'> & SQLWrapper;

/**
 * Batches longer than this run as a transaction that yields on an embedded database (see
 * `Batch.run`); `TURN_MS` is how long it may hold the event loop between yields.
 */
export const SLICED_ABOVE = 250;
const TURN_MS = 8;

/** Where a statement sits in its batch, to read its result after the run. */
export type Slot = number & { readonly __slot: unique symbol };

/** Who did it, as the audit trail records it: a person, or null for the command line. */
export interface Actor {
  actorUserId: number | null;
  actorLabel: string;
}

export const CLI_ACTOR: Actor = { actorUserId: null, actorLabel: 'command line' };

/** The audit actor of a signed-in person (or the command line for null). */
export const actorOf = (u: SessionUser | null): Actor =>
  u ? { actorUserId: u.id, actorLabel: actorLabel(u) } : CLI_ACTOR;

/** An append-only audit event. `entityId` may be SQL when the row is created in the same batch. */
export interface AuditEvent extends Actor {
  action: string;
  entityType: string;
  entityId: number | SQL;
  before: unknown;
  after: unknown;
}

const json = (x: unknown) => (x === undefined || x === null ? null : JSON.stringify(x));

/**
 * The statement that appends an audit event. With `onlyIf`, the event is written only if that
 * condition holds when the statement runs (e.g. the row reached its new version), so a write
 * that changed nothing leaves no event.
 */
export function auditStatement(db: Db, e: AuditEvent, onlyIf?: SQL): Statement {
  return db.run(sql`insert into audit_events (actor_user_id, actor_label, action, entity_type, entity_id, before, after)
    select ${e.actorUserId}, ${e.actorLabel}, ${e.action}, ${e.entityType}, ${e.entityId},
      ${json(e.before)}, ${json(e.after)}
    where ${onlyIf ?? sql`1`}`);
}

/** Tables whose rows carry an optimistic-lock `version` (migration 0004's trigger guards them). */
export type VersionedTable = 'applications' | 'apis';

/** True (in SQL) when the row exists at `version`: the update before it in the batch took effect. */
export function rowAtVersion(table: VersionedTable, id: number, version: number): SQL {
  return sql`exists (select 1 from ${sql.raw(table)} where id = ${id} and version = ${version})`;
}

/** True (in SQL) when the row no longer exists: the delete before it in the batch took effect. */
export function rowGone(table: VersionedTable, id: number): SQL {
  return sql`not exists (select 1 from ${sql.raw(table)} where id = ${id})`;
}

/** True (in SQL) when the statement just before it changed at least one row. */
export const changedRows: SQL = sql`changes() > 0`;

/**
 * What others changed since `version`: the audit snapshot recorded when the entity reached that
 * version against the current one. Used for the message of a stale save (decision 0012).
 */
export async function changesSince(
  db: Db,
  entityType: string,
  entityId: number,
  version: number,
  current: Record<string, unknown> | undefined,
): Promise<FieldChange[]> {
  const [row] = (await db.all(
    sql`select after from audit_events where entity_type = ${entityType} and entity_id = ${entityId}
          and json_extract(after, '$.version') = ${version} order by id desc limit 1`,
  )) as { after: string }[];
  const then = row ? (JSON.parse(row.after) as Record<string, unknown>) : undefined;
  return then && current ? diffSnapshots(then, current) : [];
}

/** The kinds of constraint failure SQLite reports, from its extended result codes. */
export type ConstraintKind = 'unique' | 'primary_key' | 'foreign_key' | 'trigger' | 'check' | 'not_null';

const KIND_OF_CODE: Record<string, ConstraintKind> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'primary_key',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign_key',
  SQLITE_CONSTRAINT_TRIGGER: 'trigger',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_NOTNULL: 'not_null',
};

/** A constraint failure: its kind (from the error code) and SQLite's detail for it. */
export interface ConstraintFailure {
  kind: ConstraintKind;
  /**
   * For `unique`, what SQLite names as the constraint ("agencies.code", or "index 'x'" for an
   * expression index) — SQLite reports it only in the message; for `trigger`, the trigger's
   * own RAISE message (ours, e.g. `stale_version`).
   */
  detail: string;
}

/** The RAISE message of migration 0004's optimistic-lock triggers. */
export const STALE_VERSION = 'stale_version';

/**
 * Classifies a driver error by its code: `extendedCode` on the embedded client; `code` over
 * Hrana, whose servers report the extended name there. Drizzle and the batch wrap the driver's
 * error, so the cause chain is walked. Not a constraint failure → undefined.
 */
export function constraintFailure(error: unknown): ConstraintFailure | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const err = e as { code?: unknown; extendedCode?: unknown; message?: unknown; cause?: unknown };
    const code = typeof err.extendedCode === 'string' ? err.extendedCode : err.code;
    const kind = typeof code === 'string' ? KIND_OF_CODE[code] : undefined;
    if (kind) {
      // The innermost message is SQLite's own, without the client's "SQLITE_CONSTRAINT: " prefixes.
      let inner: unknown = err;
      while (inner && typeof inner === 'object' && (inner as { cause?: unknown }).cause)
        inner = (inner as { cause?: unknown }).cause;
      const message = String((inner as { message?: unknown })?.message ?? err.message ?? '');
      const detail = kind === 'trigger' ? message.trim() : message.replace(/^.*constraint failed:\s*/, '');
      return { kind, detail };
    }
    e = err.cause;
  }
  return undefined;
}

/** True when a unique failure's `detail` names a column or an index of `table`. */
export function isOn(detail: string, table: string): boolean {
  return detail.startsWith(`${table}.`) || detail.startsWith(`index '${table}_`);
}

/**
 * What a write's constraint failures mean in the domain. Each handler returns the error to
 * throw, or undefined to let the failure through as an internal error.
 */
export interface OnConstraint {
  /** A unique index refused a row (a race lost against the service's own pre-check). */
  unique?: (constraint: string) => DomainError | undefined;
  /** A referenced row vanished between the checks and the write. */
  foreignKey?: () => DomainError | undefined;
  /** An optimistic-lock trigger refused an update from an older version. */
  stale?: () => DomainError | Promise<DomainError>;
}

async function mapFailure(error: unknown, on: OnConstraint): Promise<unknown> {
  const failure = constraintFailure(error);
  if (!failure) return error;
  const mapped =
    failure.kind === 'unique' || failure.kind === 'primary_key'
      ? on.unique?.(failure.detail)
      : failure.kind === 'foreign_key'
        ? on.foreignKey?.()
        : failure.kind === 'trigger' && failure.detail === STALE_VERSION
          ? await on.stale?.()
          : undefined;
  return mapped ?? error;
}

/** The results of a run batch, read by the slots the statements were added at. */
export class BatchResult {
  constructor(private readonly results: readonly ResultSet[]) {}

  /**
   * How many rows the statement at `slot` changed. For a `RETURNING` statement that is its row
   * count: libSQL's clients report `rowsAffected` 0 for statements that return rows.
   */
  rowsAffected(slot: Slot): number {
    const r = this.results[slot];
    if (!r) return 0;
    return r.columns.length ? r.rows.length : r.rowsAffected;
  }

  /** The rows the statement at `slot` returned (`… RETURNING …`). */
  returned(slot: Slot): Record<string, unknown>[] {
    const r = this.results[slot];
    if (!r) return [];
    return r.rows.map((row) => Object.fromEntries(r.columns.map((name, i) => [name, row[i]])));
  }

  /** The `id` the statement at `slot` returned (`… RETURNING id`): how new rows are found. */
  insertedId(slot: Slot): number {
    const id = this.results[slot]?.rows[0]?.id;
    if (typeof id !== 'number' && typeof id !== 'bigint')
      throw new Error(`statement ${slot} returned no id (is RETURNING id missing?)`);
    return Number(id);
  }
}

/**
 * The statements of one atomic write, in order. Services add their rows, links and audit event,
 * may hand the batch to another feature's service to add its own, then `run` it once.
 */
export class Batch {
  private readonly items: Statement[] = [];

  /** Appends statements; returns the slot of the first, to read its result after `run`. */
  add(...statements: Statement[]): Slot {
    const slot = this.items.length as Slot;
    this.items.push(...statements);
    return slot;
  }

  /** Appends an audit event (see `auditStatement` for `onlyIf`). */
  audit(db: Db, event: AuditEvent, onlyIf?: SQL): Slot {
    return this.add(auditStatement(db, event, onlyIf));
  }

  get length(): number {
    return this.items.length;
  }

  /**
   * Runs every statement atomically: all or nothing. A constraint failure becomes the domain
   * error `on` names for it; anything else is rethrown unchanged.
   *
   * Usually one `db.batch`. On an embedded database a long batch (more than `SLICED_ABOVE`
   * statements: a spec with thousands of operations, a bulk import) would hold the event loop
   * for seconds, because the embedded driver is synchronous; it runs instead as one write
   * transaction in slices, yielding to other requests between them, while other writes wait
   * their turn (db/gate.ts, decision 0024). Over HTTP the server does the work: one batch.
   */
  async run(
    db: Db,
    on: OnConstraint = {},
    /**
     * `sliced`: run as a sliced transaction whatever the count (a few statements that each
     * write a hundred rows, a bulk import's); `onProgress` hears how many statements are done.
     */
    opts: { sliced?: boolean; onProgress?: (done: number, total: number) => void } = {},
  ): Promise<BatchResult> {
    const [first, ...rest] = this.items;
    if (!first) return new BatchResult([]);
    try {
      if ((opts.sliced || this.items.length > SLICED_ABOVE) && isGated(db.$client))
        return await runSliced(db, this.items, opts.onProgress);
      return new BatchResult(await db.batch([first, ...rest]));
    } catch (error) {
      throw await mapFailure(error, on);
    }
  }
}

const dialect = new SQLiteAsyncDialect();
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One write transaction, giving other requests a turn of the event loop every `TURN_MS`. */
async function runSliced(
  db: Db,
  items: readonly Statement[],
  onProgress?: (done: number, total: number) => void,
): Promise<BatchResult> {
  const tx = await db.$client.transaction('write');
  try {
    const results: ResultSet[] = [];
    let since = performance.now();
    for (const item of items) {
      const q = dialect.sqlToQuery(item.getSQL());
      results.push(await tx.execute({ sql: q.sql, args: q.params as InValue[] }));
      if (performance.now() - since > TURN_MS) {
        onProgress?.(results.length, items.length);
        await nextTurn();
        since = performance.now();
      }
    }
    onProgress?.(items.length, items.length);
    await tx.commit();
    return new BatchResult(results);
  } finally {
    tx.close();
  }
}

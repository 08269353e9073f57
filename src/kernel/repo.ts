import type { InValue } from '@libsql/client';
import { type SQL, sql } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';

/** Runs a raw query and returns typed rows (only repo modules call this). */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return (await db.all(query)) as T[];
}

export async function one<T>(db: Db, query: SQL): Promise<T | undefined> {
  return (await rows<T>(db, query))[0];
}

/** `a AND b AND c`, or `1` for no conditions. */
export function and(conds: SQL[]): SQL {
  return conds.length ? sql.join(conds, sql` and `) : sql`1`;
}

/** A SQL list literal for `IN (...)`; never empty. */
export function list(values: readonly (string | number)[]): SQL {
  return values.length
    ? sql`(${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`
    : sql`(null)`;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * `rows`, with the named 0/1 columns turned into booleans. SQLite has no boolean type, so a flag
 * selected through `sql` comes back as a number; nothing above a repo should see one.
 */
export async function rowsWithFlags<T>(
  db: Db,
  query: SQL,
  flags: readonly (keyof T & string)[],
): Promise<T[]> {
  const found = await rows<Record<string, unknown>>(db, query);
  for (const row of found) for (const flag of flags) row[flag] = row[flag] === 1 || row[flag] === true;
  return found as T[];
}

/** `one`, with the named 0/1 columns turned into booleans (see `rowsWithFlags`). */
export async function oneWithFlags<T>(
  db: Db,
  query: SQL,
  flags: readonly (keyof T & string)[],
): Promise<T | undefined> {
  return (await rowsWithFlags<T>(db, query, flags))[0];
}

/**
 * One read of a page, not yet run: its query and how its rows become the value. Reads are run
 * together by {@link readAll}, so a page's queries cost one round trip on a remote database.
 */
export interface Read<T> {
  query: SQL;
  map: (rows: Record<string, unknown>[]) => T;
}

const withFlags = (found: Record<string, unknown>[], flags: readonly string[]) => {
  for (const row of found) for (const flag of flags) row[flag] = row[flag] === 1 || row[flag] === true;
  return found;
};

/** A read of rows (with the named 0/1 columns turned into booleans, as `rowsWithFlags`). */
export function readRows<T>(query: SQL, flags: readonly (keyof T & string)[] = []): Read<T[]> {
  return { query, map: (found) => withFlags(found, flags) as T[] };
}

/** A read of the first row, if any (see `readRows`). */
export function readOne<T>(query: SQL, flags: readonly (keyof T & string)[] = []): Read<T | undefined> {
  return { query, map: (found) => withFlags(found, flags)[0] as T | undefined };
}

const readDialect = new SQLiteAsyncDialect();

/**
 * Runs reads as one read-only batch: one round trip over HTTP (Workers, remote libSQL) instead
 * of one per query, and one consistent snapshot. On an embedded database the batch is a read
 * transaction, which never waits behind the write gate (db/gate.ts).
 */
export async function readAll<const R extends readonly Read<unknown>[]>(
  db: Db,
  reads: R,
): Promise<{ [K in keyof R]: R[K] extends Read<infer T> ? T : never }> {
  const stmts = reads.map((r) => {
    const q = readDialect.sqlToQuery(r.query);
    return { sql: q.sql, args: q.params as InValue[] };
  });
  const results = await db.$client.batch(stmts, 'read');
  return reads.map((r, i) => {
    const result = results[i]!;
    // Plain objects keyed by column, as drizzle's `db.all` gives them.
    const found = result.rows.map((row) => {
      const o: Record<string, unknown> = {};
      result.columns.forEach((col, c) => {
        o[col] = row[c];
      });
      return o;
    });
    return r.map(found);
  }) as { [K in keyof R]: R[K] extends Read<infer T> ? T : never };
}

/** Runs one read on its own. */
export async function runRead<T>(db: Db, read: Read<T>): Promise<T> {
  return read.map(await rows<Record<string, unknown>>(db, read.query));
}

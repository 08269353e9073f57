import { type SQL, sql } from 'drizzle-orm';
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

import type { InValue, ResultSet } from '@libsql/client';
import { SQL, StringChunk, sql } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';

const dialect = new SQLiteAsyncDialect();

/**
 * The SQL text and arguments of a raw query. drizzle's compiler (`sqlToQuery`) tests every chunk
 * against a dozen entity kinds and merges a result object per chunk; the catalogue search's
 * statement has thousands of chunks, and compiling it cost ~0.8 ms of a 17 ms request (5% of its
 * CPU profile). The raw queries the repos write hold only text, nested `sql`, plain values and
 * arrays of those, which this walks directly, with drizzle's output (`?` per value, arrays as
 * `(a, b)`); a query holding anything else (a column, a table, a `Param`, a placeholder, inlined
 * parameters) is compiled by drizzle. `repo.unit.test.ts` compares the two.
 */
export function compile(query: Query): { sql: string; params: InValue[] } {
  const parts: string[] = [];
  const params: InValue[] = [];
  if (walk(query, parts, params)) return { sql: parts.join(''), params };
  const q = dialect.sqlToQuery(toDrizzle(query));
  return { sql: q.sql, params: q.params as InValue[] };
}

/**
 * A raw query as a template's strings and values, for statements rebuilt on every request (the
 * catalogue search's has ~2,000 parts). drizzle's `sql` makes an object per string and tests every
 * value for a table; this keeps the template's own strings array (one per call site) and the
 * values as they are: the search built ~150 KB of drizzle objects per request (decision 0049).
 * `compile` reads both kinds, nested in each other. A query drizzle must compile (it holds a
 * column or a placeholder) may be lean or contain lean parts, but not a lean part inside a drizzle
 * `sql` inside it: drizzle's compiler does not know this class (no repo nests them that way).
 */
export class LeanSql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

/** A raw query: drizzle's, or a lean one. */
export type Query = SQL | LeanSql;

const NO_VALUES: readonly unknown[] = [];

/** Like drizzle's `sql` tag, with `raw` and `join`, building a `LeanSql`. */
export const leanSql = Object.assign(
  (strings: TemplateStringsArray, ...values: unknown[]): LeanSql => new LeanSql(strings, values),
  {
    raw: (text: string): LeanSql => new LeanSql([text], NO_VALUES),
    join: (items: readonly Query[], separator?: Query): LeanSql => {
      const values: unknown[] = [];
      for (let i = 0; i < items.length; i++) {
        if (i > 0 && separator) values.push(separator);
        values.push(items[i]);
      }
      return new LeanSql(new Array<string>(values.length + 1).fill(''), values);
    },
  },
);

/** The same query as drizzle objects, for drizzle's compiler (only when `walk` met something else). */
function toDrizzle(query: Query): SQL {
  if (query instanceof SQL) return query;
  const chunks: unknown[] = [];
  query.strings.forEach((text, i) => {
    chunks.push(sql.raw(text));
    if (i < query.values.length) {
      const value = query.values[i];
      chunks.push(value instanceof LeanSql ? toDrizzle(value) : sql`${value}`);
    }
  });
  return sql.join(chunks as SQL[]);
}

/** Appends one chunk; false when it is something only drizzle's compiler knows. */
function walk(chunk: unknown, parts: string[], params: InValue[]): boolean {
  if (chunk instanceof LeanSql) {
    const { strings, values } = chunk;
    for (let i = 0; i < strings.length; i++) {
      const text = strings[i]!;
      if (text) parts.push(text);
      if (i < values.length && !walk(values[i], parts, params)) return false;
    }
    return true;
  }
  if (chunk instanceof SQL) {
    // `sql.raw`-style inlining (private in drizzle's types).
    if (Reflect.get(chunk, 'shouldInlineParams')) return false;
    for (const c of chunk.queryChunks) if (!walk(c, parts, params)) return false;
    return true;
  }
  if (chunk instanceof StringChunk) {
    const v = chunk.value;
    parts.push(v.length === 1 ? v[0]! : v.join(''));
    return true;
  }
  switch (typeof chunk) {
    case 'string':
    case 'number':
    case 'bigint':
    case 'boolean':
      parts.push('?');
      params.push(chunk);
      return true;
    case 'undefined':
      return true;
  }
  if (chunk === null) {
    parts.push('?');
    params.push(null);
    return true;
  }
  if (Array.isArray(chunk)) {
    parts.push('(');
    for (let i = 0; i < chunk.length; i++) {
      if (i > 0) parts.push(', ');
      if (!walk(chunk[i], parts, params)) return false;
    }
    parts.push(')');
    return true;
  }
  return false;
}

/**
 * Plain objects keyed by column, as drizzle's `db.all` gives them (libSQL's rows: the first of
 * two columns with the same name wins).
 */
function objects(result: ResultSet): Record<string, unknown>[] {
  const { rows: found } = result;
  const names = result.columns;
  const index: number[] = [];
  const seen = new Set<string>();
  for (let c = 0; c < names.length; c++)
    if (!seen.has(names[c]!)) {
      seen.add(names[c]!);
      index.push(c);
    }
  const out = new Array<Record<string, unknown>>(found.length);
  for (let r = 0; r < found.length; r++) {
    const row = found[r]!;
    const o: Record<string, unknown> = {};
    for (const c of index) o[names[c]!] = row[c];
    out[r] = o;
  }
  return out;
}

/** Runs a raw query and returns typed rows (only repo modules call this). */
export async function rows<T>(db: Db, query: Query): Promise<T[]> {
  const { sql: text, params } = compile(query);
  return objects(await db.$client.execute({ sql: text, args: params })) as T[];
}

export async function one<T>(db: Db, query: Query): Promise<T | undefined> {
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
  query: Query;
  map: (rows: Record<string, unknown>[]) => T;
}

const withFlags = (found: Record<string, unknown>[], flags: readonly string[]) => {
  for (const row of found) for (const flag of flags) row[flag] = row[flag] === 1 || row[flag] === true;
  return found;
};

/** A read of rows (with the named 0/1 columns turned into booleans, as `rowsWithFlags`). */
export function readRows<T>(query: Query, flags: readonly (keyof T & string)[] = []): Read<T[]> {
  return { query, map: (found) => withFlags(found, flags) as T[] };
}

/** A read of the first row, if any (see `readRows`). */
export function readOne<T>(query: Query, flags: readonly (keyof T & string)[] = []): Read<T | undefined> {
  return { query, map: (found) => withFlags(found, flags)[0] as T | undefined };
}

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
    const q = compile(r.query);
    return { sql: q.sql, args: q.params };
  });
  const results = await db.$client.batch(stmts, 'read');
  return reads.map((r, i) => r.map(objects(results[i]!))) as {
    [K in keyof R]: R[K] extends Read<infer T> ? T : never;
  };
}

/** Runs one read on its own. */
export async function runRead<T>(db: Db, read: Read<T>): Promise<T> {
  return read.map(await rows<Record<string, unknown>>(db, read.query));
}

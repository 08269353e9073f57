import Database from 'libsql';

/**
 * Prepared statements kept per connection of the embedded (`file:`) libSQL client, Node only.
 *
 * `@libsql/client` prepares every statement on every call (its `executeStmt` calls
 * `db.prepare(sql)` each time and offers no statement cache). For most pages that is 10–15% of a
 * request; for the catalogue search's one large statement it was the biggest single cost: 5.5 ms
 * to prepare plain text and 24 ms with an agency facet, against 9–17 ms to run it (decision 0038).
 * The client's connections are `libsql` `Database` objects, so keeping their prepared statements is
 * done where they are made: `Database.prototype.prepare` answers a statement it already prepared
 * for the same SQL text on the same connection. That is safe because the client runs each
 * statement synchronously from `prepare` to its last row, and libSQL resets a statement before it
 * runs it again (a schema change re-prepares it transparently); `test/app/statement-cache.test.ts`
 * holds those properties.
 *
 * Installed once per process by the server and the app tests (not by the CLI, whose short-lived
 * connections gain nothing and must close for real before a backup or restore touches the file).
 */
const PER_CONNECTION = 256;

/**
 * Page cache per connection, in KiB (SQLite's default is 2,000). A catalogue search walks several
 * full-text doclists and joins a few hundred rows; with the default cache those pages are copied
 * in from the OS on every search. 64 MiB holds the hot part of a 30,000-application catalogue
 * (search statement 11% faster, measured in one process against the default; decision 0042).
 * Pages are allocated as they are read, so a small catalogue uses little of it.
 */
export const PAGE_CACHE_KIB = 65_536;

type Prepare = (this: Database.Database, sql: string) => Database.Statement;

const caches = new WeakMap<object, Map<string, Database.Statement>>();
let installed = false;

/**
 * Turns the statement cache on, with a larger page cache, for every `libsql` connection opened
 * from now on in this process.
 */
export function cacheStatements(): void {
  if (installed) return;
  installed = true;
  const proto = Database.prototype as unknown as { prepare: Prepare; close: () => void };
  const prepare = proto.prepare;
  const close = proto.close;
  proto.prepare = function cachedPrepare(sql: string) {
    let cache = caches.get(this);
    if (!cache) {
      cache = new Map();
      caches.set(this, cache);
      // A connection's first statement: the client opens a new connection after every transaction,
      // so per-connection settings are applied here rather than once at start.
      this.exec(`PRAGMA cache_size = -${PAGE_CACHE_KIB}`);
    }
    const hit = cache.get(sql);
    if (hit) {
      // Least recently used last: re-insert.
      cache.delete(sql);
      cache.set(sql, hit);
      return hit;
    }
    const stmt = prepare.call(this, sql);
    // The client asks a statement for its result columns twice per run; they are fixed by its SQL.
    const columns = stmt.columns.bind(stmt);
    let known: ReturnType<typeof columns> | undefined;
    stmt.columns = () => {
      known ??= columns();
      return known;
    };
    cache.set(sql, stmt);
    if (cache.size > PER_CONNECTION) cache.delete(cache.keys().next().value as string);
    return stmt;
  };
  proto.close = function closeAndForget(this: object) {
    caches.delete(this);
    return close.call(this);
  };
}

/** Statements cached on a connection (for tests). */
export function cachedStatementCount(db: object): number {
  return caches.get(db)?.size ?? 0;
}

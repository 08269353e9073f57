import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Client, createClient } from '@libsql/client';

/**
 * Backup and restore of a local database file (Node only). Every step that could hurt is
 * refused up front; the copy is written beside its target under a temporary name, checked, and
 * only then renamed into place. See docs/decisions/0016-backup-and-restore.md.
 */

/** Exit codes of `backup` and `restore`, documented in README. */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  /** Refused before anything was written: the command would have been unsafe. */
  refused: 3,
  /** The copy (or the file to restore) is not a sound database; nothing was replaced. */
  unsound: 4,
} as const;

/** A refusal or failure with the exit code the CLI should end with. */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** The local file path of a `file:` DATABASE_URL, or null for a remote database. */
export function localDatabasePath(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  const rest = url.slice('file:'.length).split('?')[0] ?? '';
  return resolve(rest.startsWith('//') ? fileURLToPath(url.split('?')[0] ?? url) : rest);
}

/** The path with every symbolic link resolved, also when the file itself does not exist yet. */
function canonical(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  const dir = dirname(abs);
  return join(existsSync(dir) ? realpathSync(dir) : dir, basename(abs));
}

function isSqliteFile(path: string): boolean {
  let fd: number | undefined;
  try {
    if (!lstatSync(path).isFile() && !lstatSync(realpathSync(path)).isFile()) return false;
    fd = openSync(path, 'r');
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === SQLITE_HEADER;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The user tables of a database and their row counts (FTS shadow tables included). */
async function rowCounts(client: Client): Promise<Map<string, number>> {
  const tables = await client.execute(
    "select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name",
  );
  const counts = new Map<string, number>();
  for (const row of tables.rows) {
    const name = String(row.name);
    // Virtual tables (FTS5) are counted through their shadow tables.
    const sql = await client.execute({ sql: 'select sql from sqlite_schema where name = ?', args: [name] });
    if (/^create virtual table/i.test(String(sql.rows[0]?.sql ?? ''))) continue;
    const r = await client.execute(`select count(*) as n from "${name.replaceAll('"', '""')}"`);
    counts.set(name, Number(r.rows[0]?.n ?? 0));
  }
  return counts;
}

async function integrityOk(client: Client): Promise<string | null> {
  const r = await client.execute('pragma integrity_check');
  const lines = r.rows.map((row) => String(Object.values(row)[0]));
  return lines.length === 1 && lines[0] === 'ok' ? null : lines.slice(0, 5).join('; ');
}

/**
 * Opens a candidate file read-only-in-spirit (no journal change) and checks that it is a
 * sound katalog database: integrity_check ok and the migrations table present.
 */
async function checkDatabaseFile(
  path: string,
): Promise<{ counts: Map<string, number> } | { problem: string }> {
  if (!isSqliteFile(path)) return { problem: `${path} is not an SQLite file` };
  const client = createClient({ url: `file:${path}` });
  try {
    const integrity = await integrityOk(client);
    if (integrity) return { problem: `integrity_check: ${integrity}` };
    const migrations = await client.execute(
      "select count(*) as n from sqlite_schema where type = 'table' and name = '__drizzle_migrations'",
    );
    if (Number(migrations.rows[0]?.n) !== 1)
      return {
        problem: `${path} is not a katalog database (no migrations table)`,
      };
    return { counts: await rowCounts(client) };
  } catch (e) {
    return { problem: e instanceof Error ? e.message : String(e) };
  } finally {
    client.close();
  }
}

/** Files SQLite keeps beside a database; writing any of them corrupts it. */
const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

function refuseRemote(url: string): never {
  throw new BackupError(
    `DATABASE_URL ${new URL(url).protocol}//… is a remote database; back it up with the server's own tool (Turso: \`turso db shell NAME .dump > backup.sql\`; ` +
      `sqld: copy its data directory while stopped, or use its snapshots), or run an embedded replica ` +
      `(DATABASE_SYNC_URL) and back up its local file.`,
    EXIT.refused,
  );
}

/** Options of {@link backupDatabase}. */
export interface BackupOptions {
  databaseUrl: string;
  authToken?: string;
  target: string;
  force?: boolean;
}

/** The outcome of a verified backup or restore. */
export interface BackupResult {
  file: string;
  tables: number;
  rows: number;
}

/**
 * Copies the database with `VACUUM INTO` to a temporary file beside the target, checks the copy
 * (integrity_check, every table's row count) and renames it into place. Refuses a remote
 * database, a missing one, a target that is the database (or one of its side files) and an
 * existing target unless `force`.
 */
export async function backupDatabase(opts: BackupOptions): Promise<BackupResult> {
  const source = localDatabasePath(opts.databaseUrl);
  if (!source) refuseRemote(opts.databaseUrl);
  if (!isSqliteFile(source)) {
    throw new BackupError(
      `Database ${source} does not exist or is not an SQLite file; nothing to back up`,
      EXIT.refused,
    );
  }
  const target = resolve(opts.target);
  const real = canonical(source);
  const targetReal = canonical(target);
  if (SIDE_FILES.some((suffix) => targetReal === real + suffix)) {
    throw new BackupError(`Target ${opts.target} is the database itself; refused`, EXIT.refused);
  }
  if (existsSync(target) || lstatOrNull(target)) {
    if (!opts.force) {
      throw new BackupError(`File ${opts.target} already exists; use --force to replace it`, EXIT.refused);
    }
    if (!lstatOrNull(target)?.isFile()) {
      throw new BackupError(`${opts.target} is not a regular file; refused`, EXIT.refused);
    }
  }
  if (!existsSync(dirname(target))) {
    throw new BackupError(`Folder ${dirname(target)} does not exist`, EXIT.refused);
  }

  const tmp = join(
    dirname(target),
    `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const client = createClient({ url: `file:${source}`, authToken: opts.authToken });
  try {
    await client.execute('pragma busy_timeout = 5000');
    const before = await rowCounts(client);
    await client.execute({ sql: 'VACUUM INTO ?', args: [tmp] });
    const after = await rowCounts(client);
    const checked = await checkDatabaseFile(tmp);
    if ('problem' in checked) {
      throw new BackupError(`The copy is unsound: ${checked.problem}`, EXIT.unsound);
    }
    // A running server may write while the copy is taken: each table's count in the copy must
    // lie between the counts read just before and just after (equal when nothing wrote).
    for (const [table, n] of before) {
      const m = after.get(table) ?? n;
      const got = checked.counts.get(table);
      if (got === undefined || got < Math.min(n, m) || got > Math.max(n, m)) {
        throw new BackupError(
          `The copy is incomplete: ${table} has ${got ?? 'no'} rows, expected ${n === m ? n : `${n}–${m}`}`,
          EXIT.unsound,
        );
      }
    }
    renameSync(tmp, target);
    return { file: target, tables: checked.counts.size, rows: sum(checked.counts) };
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`Backup failed: ${e instanceof Error ? e.message : String(e)}`, EXIT.failed);
  } finally {
    client.close();
    for (const suffix of SIDE_FILES) rmSync(tmp + suffix, { force: true });
  }
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function sum(counts: Map<string, number>): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}

/** The file a running server writes beside its database: its process id. */
export function serverPidFile(databasePath: string): string {
  return `${databasePath}.server-pid`;
}

/**
 * Marks the database as held by this process (the server calls it after opening a local
 * database); removed again when the process exits normally. A file left by a killed server
 * names a process that no longer exists and is ignored.
 */
export function holdDatabase(databasePath: string): void {
  const file = serverPidFile(databasePath);
  writeFileSync(file, `${process.pid}\n`);
  process.on('exit', () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  });
}

/** The process id of a live server holding the database, or null. */
export function serverHolding(databasePath: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(serverPidFile(databasePath), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else — still a holder.
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/**
 * A lock probe as a second line of defence: a writer that holds the database (a server mid-
 * write, or another tool) makes an immediate exclusive transaction fail at once.
 */
async function lockedByWriter(databasePath: string): Promise<boolean> {
  const client = createClient({ url: `file:${databasePath}` });
  try {
    const tx = await client.transaction('write');
    await tx.rollback();
    return false;
  } catch {
    return true;
  } finally {
    client.close();
  }
}

/**
 * Replaces the database with a verified copy of `file`. Refuses a remote database, a file that
 * is not a sound katalog database, the database itself, and any moment a server holds the
 * database. The replaced database (and its WAL) is kept as `<db>.before-restore-<time>`.
 */
export async function restoreDatabase(opts: {
  databaseUrl: string;
  file: string;
  now?: Date;
}): Promise<BackupResult & { previous: string | null }> {
  const target = localDatabasePath(opts.databaseUrl);
  if (!target) refuseRemote(opts.databaseUrl);
  const file = resolve(opts.file);
  if (!existsSync(file)) {
    throw new BackupError(`File ${opts.file} does not exist`, EXIT.refused);
  }
  if (SIDE_FILES.some((suffix) => canonical(file) === canonical(target) + suffix)) {
    throw new BackupError(`${opts.file} is the database itself; refused`, EXIT.refused);
  }
  const checked = await checkDatabaseFile(file);
  if ('problem' in checked) {
    throw new BackupError(`${opts.file} cannot be restored: ${checked.problem}`, EXIT.unsound);
  }
  const holder = serverHolding(target);
  if (holder !== null || (existsSync(target) && (await lockedByWriter(target)))) {
    throw new BackupError(
      `A server still holds the database ${target}${holder ? ` (pid ${holder})` : ''}; stop it first`,
      EXIT.refused,
    );
  }
  if (!existsSync(dirname(target))) {
    throw new BackupError(`Folder ${dirname(target)} does not exist`, EXIT.refused);
  }

  const tmp = join(
    dirname(target),
    `.${basename(target)}.restore-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  try {
    copyFileSync(file, tmp);
    const copy = await checkDatabaseFile(tmp);
    if ('problem' in copy) {
      throw new BackupError(`The copy is unsound: ${copy.problem}`, EXIT.unsound);
    }
    let previous: string | null = null;
    if (existsSync(target)) {
      const stamp = (opts.now ?? new Date())
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
      previous = `${target}.before-restore-${stamp}`;
      // The old WAL belongs to the old database: left in place, SQLite would replay it onto
      // the restored file. It moves with the database it belongs to.
      for (const suffix of ['-wal', '-shm']) {
        if (existsSync(target + suffix)) renameSync(target + suffix, previous + suffix);
      }
      renameSync(target, previous);
    }
    renameSync(tmp, target);
    return { file: target, tables: copy.counts.size, rows: sum(copy.counts), previous };
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`Restore failed: ${e instanceof Error ? e.message : String(e)}`, EXIT.failed);
  } finally {
    for (const suffix of SIDE_FILES) rmSync(tmp + suffix, { force: true });
  }
}

import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import { type Config, DEFAULT_DATABASE_URL } from '../src/config';
import { createDb, type Db } from './client';
import { cacheStatements } from './statement-cache';

/** Options of {@link openNodeDb}. */
export interface OpenOptions {
  /**
   * Whether a missing local database may be created. The server passes false unless
   * `DATABASE_CREATE=true`, the default path or an embedded replica; setup commands pass true.
   */
  create?: boolean;
  /**
   * Keep each connection's prepared statements (db/statement-cache.ts): the server and the
   * benchmarks turn it on; the CLI's short-lived connections do not need it.
   */
  cacheStatements?: boolean;
}

/** Whether the server may create the configured database when it does not exist. */
export function mayCreateDatabase(config: Config): boolean {
  return config.DATABASE_CREATE || config.DATABASE_URL === DEFAULT_DATABASE_URL || !!config.DATABASE_SYNC_URL;
}

/** The URL without credentials or query, for messages. */
function shown(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

/**
 * Opens the database for Node: a local libSQL file, a remote libSQL server, or an embedded
 * replica of one when `DATABASE_SYNC_URL` is set. A missing local file is created only when
 * `create` allows it; a remote database that cannot be reached fails here with one line that
 * says so, not later in a migration.
 */
export async function openNodeDb(config: Config, options: OpenOptions = {}): Promise<Db> {
  const url = config.DATABASE_URL;
  const create = options.create ?? true;
  if (options.cacheStatements) cacheStatements();
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).split('?')[0] ?? '';
    const abs = resolve(path.startsWith('//') ? fileURLToPath(url.split('?')[0] ?? url) : path);
    if (!existsSync(abs) && !create) {
      throw new Error(
        `Database ${abs} does not exist; check DATABASE_URL or set DATABASE_CREATE=true to create it`,
      );
    }
    mkdirSync(dirname(abs), { recursive: true });
  }
  const client = createClient({
    url,
    authToken: config.DATABASE_AUTH_TOKEN,
    syncUrl: config.DATABASE_SYNC_URL,
    syncInterval: config.DATABASE_SYNC_URL ? config.DATABASE_SYNC_INTERVAL : undefined,
    // Every connection of the embedded client's pool waits up to 5 s for another process's write.
    timeout: 5000,
  });
  try {
    await client.execute('select 1');
  } catch (e) {
    client.close();
    const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new Error(`Cannot reach the database at ${shown(url)}: ${reason}`);
  }
  if (url.startsWith('file:')) {
    // WAL lets readers proceed while a write commits; the setting persists in the file.
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute('PRAGMA busy_timeout = 5000');
  }
  return createDb(client);
}

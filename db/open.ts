import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import type { Config } from '../src/config';
import { createDb, type Db } from './client';

/**
 * Opens the database for Node: a local libSQL file (creating its folder), a remote libSQL
 * server, or an embedded replica of one when `DATABASE_SYNC_URL` is set.
 */
export async function openNodeDb(config: Config): Promise<Db> {
  const url = config.DATABASE_URL;
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length);
    const abs = path.startsWith('//') ? fileURLToPath(url) : path;
    mkdirSync(dirname(abs), { recursive: true });
  }
  const client = createClient({
    url,
    authToken: config.DATABASE_AUTH_TOKEN,
    syncUrl: config.DATABASE_SYNC_URL,
  });
  if (url.startsWith('file:')) {
    // WAL lets readers proceed while a write commits; the setting persists in the file.
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute('PRAGMA busy_timeout = 5000');
  }
  return createDb(client);
}

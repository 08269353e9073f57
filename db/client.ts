import type { Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema';

export type Schema = typeof schema;
/** The app's database handle: drizzle over a libSQL client (embedded file or HTTP). */
export type Db = LibSQLDatabase<Schema> & { $client: Client };

/**
 * Wraps a libSQL client. The entry point creates the client (`@libsql/client` on Node,
 * `@libsql/client/web` on Workers), so this module imports no runtime-specific code and keeps
 * no module-level singleton.
 */
export function createDb(client: Client): Db {
  return drizzle(client, { schema }) as Db;
}

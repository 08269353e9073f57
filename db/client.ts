import type { Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { gateWrites } from './gate';
import * as schema from './schema';

export type Schema = typeof schema;
/** The app's database handle: drizzle over a libSQL client (embedded file or HTTP). */
export type Db = LibSQLDatabase<Schema> & { $client: Client };

/**
 * Wraps a libSQL client. The entry point creates the client (`@libsql/client` on Node,
 * `@libsql/client/web` on Workers), so this module imports no runtime-specific code and keeps
 * no module-level singleton. An embedded (`file:`) client queues its writes behind long write
 * transactions (db/gate.ts), which the write kernel uses for large batches.
 */
export function createDb(client: Client): Db {
  return drizzle(gateWrites(client), { schema }) as Db;
}

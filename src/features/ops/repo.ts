import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';

/**
 * The creation time of the newest migration applied to the database (drizzle's own ledger), or
 * null when none is; throws when the database cannot be reached.
 */
export async function newestAppliedMigration(db: Db): Promise<number | null> {
  const ledger = await db.all(
    sql`select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'`,
  );
  if (!ledger.length) return null;
  const rows = (await db.all(sql`select max(created_at) as newest from __drizzle_migrations`)) as {
    newest: number | string | null;
  }[];
  const newest = rows[0]?.newest;
  return newest === null || newest === undefined ? null : Number(newest);
}

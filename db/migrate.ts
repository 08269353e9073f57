import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Db } from './client';
import { refreshStatistics } from './stats';

/** Folder of drizzle-kit's migrations, append-only (FTS tables are in a custom one). */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Applies pending migrations (Node only: reads the migration files from disk), then refreshes
 * the planner's statistics (a new index has none; see db/stats.ts).
 */
export async function migrateDb(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  await refreshStatistics(db);
}

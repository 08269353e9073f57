import type { Db } from '../../../db/client';
import journal from '../../../db/migrations/meta/_journal.json';
import * as repo from './repo';

/** Creation time of the newest migration this build ships (drizzle-kit's journal). */
export const EXPECTED_MIGRATION = Math.max(...journal.entries.map((e) => e.when));

/** Whether this instance should receive traffic, and if not, why (for operators, not users). */
export type Readiness = { ready: true } | { ready: false; reason: 'draining' | 'database' | 'migrations' };

/**
 * Ready when the process is not shutting down, the database answers, and it carries every
 * migration this build ships (an instance of a newer build waits until `migrate` has run).
 */
export async function readiness(db: Db, draining: boolean): Promise<Readiness> {
  if (draining) return { ready: false, reason: 'draining' };
  let newest: number | null;
  try {
    newest = await repo.newestAppliedMigration(db);
  } catch {
    return { ready: false, reason: 'database' };
  }
  if (newest === null || newest < EXPECTED_MIGRATION) return { ready: false, reason: 'migrations' };
  return { ready: true };
}

/** Constant-time comparison of a presented metrics token with the configured one. */
export function tokenMatches(presented: string, expected: string): boolean {
  const a = new TextEncoder().encode(presented);
  const b = new TextEncoder().encode(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ b[i]!;
  return diff === 0;
}

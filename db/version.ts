import type { Db } from './client';

/**
 * Tables whose changes do not move the data version (migration 0010): what they hold is one
 * person's (sessions, API tokens, the inbox) or the sign-in throttle's, never part of a public
 * answer. Every other table has `data_version_<table>_ai/_au/_ad` triggers; a test fails when a
 * new table has neither (decision 0031).
 */
export const UNVERSIONED_TABLES: readonly string[] = [
  'sessions',
  'login_throttles',
  'api_tokens',
  'notifications',
];

/**
 * The data version: a number that every committed change to the catalogue's content moves
 * forward, whichever process made it (triggers, migration 0010). One single-row read; on Workers
 * one round trip.
 */
export async function readDataVersion(db: Db): Promise<number> {
  const r = await db.$client.execute('select n from data_version');
  return Number(r.rows[0]?.n ?? 0);
}

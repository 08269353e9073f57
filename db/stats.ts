import type { Db } from './client';

/**
 * Keeps the query planner's statistics current. Without `sqlite_stat1` SQLite guesses, and on a
 * database filled in bulk (`katalog demo`, an import) it guessed badly: an application page took
 * 57–75 ms instead of 7 ms (issue 14). `full` runs `ANALYZE` (after a bulk load, or when no
 * statistics exist yet: tens of ms at 30,000 applications); otherwise `PRAGMA optimize`, which
 * re-analyses only the tables whose size changed enough since, and is cheap to run often.
 * Works on every driver (embedded file, remote libSQL over HTTP).
 */
export async function refreshStatistics(
  db: Db,
  opts: { full?: boolean } = {},
): Promise<'analyze' | 'optimize'> {
  const client = db.$client;
  let full = opts.full ?? false;
  if (!full) {
    const r = await client.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'");
    full = r.rows.length === 0;
  }
  if (full) {
    await client.execute('ANALYZE');
    return 'analyze';
  }
  // 0x10002: also analyse tables that were never analysed, limited work per table.
  await client.execute('PRAGMA optimize=0x10002');
  return 'optimize';
}

/**
 * Runs `PRAGMA optimize` every `everyMs` while a Node server runs (SQLite's advice for long-lived
 * connections); the timer does not keep the process alive. Failures are reported, not thrown.
 */
export function scheduleStatistics(db: Db, everyMs: number, onError: (e: unknown) => void): () => void {
  const timer = setInterval(() => {
    refreshStatistics(db).catch(onError);
  }, everyMs);
  timer.unref?.();
  return () => clearInterval(timer);
}

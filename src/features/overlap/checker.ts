import type { Db } from '../../../db/client';
import type { OverlapInput } from './schemas';
import { checkOverlap, type OverlapReport } from './service';

/**
 * Where a proposal's overlap check runs: on worker threads with their own database connections
 * on Node (src/overlap-check-node.ts, decision 0040), on the request's own thread elsewhere.
 * Either way the answer is `checkOverlap`'s, read from the committed data at that moment.
 * `json` answers the same report as JSON text: a thread sends text, which crosses to the main
 * thread as one string instead of an object graph to copy and serialise again (decision 0044).
 */
export type OverlapChecker = ((db: Db, input: OverlapInput) => Promise<OverlapReport>) & {
  json: (db: Db, input: OverlapInput) => Promise<string>;
};

/** Gives a checker its `json` form from the report one. */
export function withJson(check: (db: Db, input: OverlapInput) => Promise<OverlapReport>): OverlapChecker {
  const checker = ((db, input) => check(db, input)) as OverlapChecker;
  checker.json = async (db, input) => JSON.stringify(await check(db, input));
  return checker;
}

/** The check on the request's own thread and connection (Workers, tests, the CLI). */
export const inlineOverlapChecker: OverlapChecker = withJson(checkOverlap);

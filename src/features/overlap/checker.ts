import type { Db } from '../../../db/client';
import type { OverlapInput } from './schemas';
import { checkOverlap, type OverlapReport } from './service';

/**
 * Where a proposal's overlap check runs: on worker threads with their own database connections
 * on Node (src/overlap-check-node.ts, decision 0040), on the request's own thread elsewhere.
 * Either way the answer is `checkOverlap`'s, read from the committed data at that moment.
 */
export type OverlapChecker = (db: Db, input: OverlapInput) => Promise<OverlapReport>;

/** The check on the request's own thread and connection (Workers, tests, the CLI). */
export const inlineOverlapChecker: OverlapChecker = (db, input) => checkOverlap(db, input);

import { parentPort, workerData } from 'node:worker_threads';
import { openNodeDb } from '../db/open';
import type { Config } from './config';
import { setOverlapReadCache } from './features/overlap/reads-cache';
import { checkOverlap } from './features/overlap/service';
import { Invalid } from './kernel/errors';

/**
 * The worker side of `threadOverlapChecker` (src/overlap-check-node.ts): its own connection to
 * the server's database file, checks run one at a time in arrival order. A check refused for its
 * input (unknown codes) goes back as the same `Invalid`, field by field; anything else as a
 * plain error.
 */
const config = workerData.config as Config;
setOverlapReadCache(config.OVERLAP_READ_CACHE);
const db = await openNodeDb(config, { create: false, cacheStatements: true });

parentPort?.on(
  'message',
  async (m: { id: number; input: Parameters<typeof checkOverlap>[1]; json?: boolean }) => {
    try {
      const report = await checkOverlap(db, m.input);
      // JSON text crosses as one string; the main thread sends it as it is.
      parentPort?.postMessage(m.json ? { id: m.id, json: JSON.stringify(report) } : { id: m.id, report });
    } catch (error) {
      parentPort?.postMessage({
        id: m.id,
        error:
          error instanceof Invalid
            ? { invalid: { text: error.text, fields: error.fields } }
            : { message: error instanceof Error ? error.message : String(error) },
      });
    }
  },
);

// Tells the pool the thread has loaded and opened the database.
parentPort?.postMessage({ ready: true });

import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { errorFields } from '../log';

/** Whether work may go on after the response (Node); a Worker's request ends with it. */
export function outlivesResponse(c: Context<AppEnv>): boolean {
  try {
    return !c.executionCtx;
  } catch {
    // Hono throws when there is no execution context: not a Worker.
    return true;
  }
}

/**
 * Lets `work` finish after answering without making the answer wait: `waitUntil` on Workers,
 * a floating promise on Node. A failure is logged as `what`, never thrown.
 */
export function afterResponse(c: Context<AppEnv>, what: string, work: Promise<unknown>): void {
  const log = c.get('log');
  const logged = work.catch((error: unknown) => log({ level: 'error', msg: what, ...errorFields(error) }));
  if (!outlivesResponse(c)) c.executionCtx.waitUntil(logged);
}

import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { Busy } from '../errors';
import { msg } from '../i18n';

export interface AdmissionOptions {
  /** Anonymous reads in progress at once: at most this many run in one turn of the event loop. */
  concurrency: number;
  /** Requests that may wait; one more is refused with 503 and `Retry-After`. */
  maxWaiting: number;
}

/** Runs `f` on the next turn of the event loop, once the sockets were read (Node's check phase). */
const nextTurn: (f: () => void) => void = globalThis.setImmediate ?? ((f) => setTimeout(f, 0));

/** Anonymous writes that are really questions (they compute an answer and store nothing). */
const QUESTION_POSTS = new Set(['/api/v1/overlap']);

/** Anonymous reading work: a page, an API read or an overlap check by someone not signed in. */
function queued(c: Context<AppEnv>): boolean {
  if (c.get('user') || c.req.header('Authorization')) return false;
  const method = c.req.method;
  return method === 'GET' || method === 'HEAD' || (method === 'POST' && QUESTION_POSTS.has(c.req.path));
}

/**
 * Admission control for anonymous reading work (issue 13, decision 0039).
 *
 * Local libSQL runs on the event loop's thread, so a page or an overlap check is, in effect, one
 * synchronous piece of work from its first statement to its answer. Node handles every request
 * that arrived in one turn of the event loop before it looks at its sockets again: under 50
 * connections of overlap checks that is 30–50 checks (300 ms and more) ahead of an operator's
 * save that arrives meanwhile, whose own work takes 10 ms.
 *
 * Here anonymous reads (pages, API reads, overlap checks by someone not signed in) are not worked
 * on when they arrive: they wait in arrival order and start on a later turn of the event loop (in
 * its check phase, after the sockets were read), with at most `concurrency` in progress, so
 * one turn of the event loop holds at most that many. Saves, sign-ins and everything a signed-in
 * person or an API token asks are worked on as they arrive, so they wait for a few reads instead
 * of every connection's. The thread stays as busy as before:
 * reads are queued, never dropped, and the queue only reorders who goes first.
 *
 * Registered before the response cache: even a kept answer waits for its turn. Answering 50
 * kept pages as they arrive made one turn 50–70 ms long, and a save that needed two turns waited
 * up to 460 ms; taking turns, saves took at most 60 ms and the kept pages were served as fast.
 * More than `maxWaiting` waiting requests means the machine is far behind; the next one is
 * refused at once (503, `Retry-After: 1`) instead of waiting for seconds.
 */
export function admission(opts: AdmissionOptions): MiddlewareHandler<AppEnv> {
  let active = 0;
  const waiting: (() => void)[] = [];
  let scheduled = false;
  // Starts waiters up to the limit; each runs after this turn's sockets were read.
  const pump = () => {
    scheduled = false;
    while (active < opts.concurrency && waiting.length) {
      active++;
      waiting.shift()!();
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    nextTurn(pump);
  };
  return async (c, next) => {
    if (opts.concurrency <= 0 || !queued(c)) return next();
    const metrics = c.get('metrics');
    if (waiting.length >= opts.maxWaiting) {
      metrics.admission.inc({ result: 'refused' });
      throw new Busy(msg('error.busy', { seconds: 1 }), 1);
    }
    metrics.admission.inc({ result: active < opts.concurrency && !waiting.length ? 'immediate' : 'waited' });
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      schedule();
    });
    try {
      await next();
    } finally {
      active--;
      if (waiting.length) schedule();
    }
  };
}

import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from '../env';

/** Request ids a proxy in front may pass on; anything else is replaced by a fresh one. */
const FORWARDED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The route pattern that answered (`/aplikasi/:id`), so metrics have one series per route and
 * not per URL; requests no route matched share one label.
 */
function routeLabel(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const pattern = routePath(c);
  return c.res.status === 404 && pattern.endsWith('*') ? '(unmatched)' : pattern;
}

/**
 * First middleware of the app: gives every request an id (`X-Request-Id`, echoed on the
 * response and shown on the 500 page), counts it in the metrics, and — when `LOG_REQUESTS` is
 * on — writes one JSON line per request. The line holds the path without its query string and
 * never a header, body, cookie or token; the user is named only by id.
 */
export function observeRequests(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const forwarded = c.req.header('X-Request-Id');
    const requestId = forwarded && FORWARDED_ID.test(forwarded) ? forwarded : crypto.randomUUID();
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    const seconds = (performance.now() - started) / 1000;
    const route = routeLabel(c);
    const metrics = c.get('metrics');
    metrics.requests.inc({ method: c.req.method, route, status: String(c.res.status) });
    metrics.duration.observe({ method: c.req.method, route }, seconds);
    if (c.get('config').LOG_REQUESTS) {
      const user = c.get('user');
      c.get('log')({
        level: 'info',
        msg: 'request',
        requestId,
        method: c.req.method,
        path: c.req.path,
        route,
        status: c.res.status,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(user ? { userId: user.id } : {}),
      });
    }
  };
}

/**
 * Runs one overlap check and counts it in the metrics (`overlap_checks_total` and its latency,
 * by where it ran), failed or not.
 */
export async function countedOverlapCheck<T>(
  c: Context<AppEnv>,
  where: 'api' | 'web' | 'proposal',
  check: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  try {
    return await check();
  } finally {
    const metrics = c.get('metrics');
    metrics.overlapChecks.inc({ where });
    metrics.overlapDuration.observe({ where }, (performance.now() - started) / 1000);
  }
}

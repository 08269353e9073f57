import { Hono } from 'hono';
import type { AppEnv } from '../../kernel/env';
import { readiness, tokenMatches } from './service';

/**
 * Endpoints for the operator's tooling, not for people: `/healthz` (liveness: the process
 * answers), `/readyz` (readiness: database reachable and migrated, not shutting down) and
 * `/metrics` (Prometheus; absent unless `METRICS_TOKEN` is set, then only with that bearer token).
 */
export function opsRouter() {
  const ops = new Hono<AppEnv>();
  ops.get('/healthz', (c) => c.json({ ok: true }));
  ops.get('/readyz', async (c) => {
    const result = await readiness(c.get('db'), c.get('draining')());
    c.header('Cache-Control', 'no-store');
    if (result.ready) return c.json({ ready: true });
    if (result.reason === 'database') c.get('metrics').dbErrors.inc({ where: 'readiness' });
    return c.json(result, 503);
  });
  ops.get('/metrics', (c) => {
    const token = c.get('config').METRICS_TOKEN;
    if (!token) return c.notFound();
    const presented = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1] ?? '';
    if (!tokenMatches(presented, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="metrics"');
      return c.text('Unauthorized', 401);
    }
    c.header('Cache-Control', 'no-store');
    return c.body(c.get('metrics').render(), 200, {
      'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
    });
  });
  return ops;
}

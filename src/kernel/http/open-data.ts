import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../env';

/** The catalogue is open data: any origin may read it, and shared caches may keep a success for a minute. */
export function openData(): MiddlewareHandler<AppEnv> {
  const allowAnyOrigin = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] });
  return (c, next) =>
    allowAnyOrigin(c, async () => {
      await next();
      if ((c.req.method === 'GET' || c.req.method === 'HEAD') && c.res.status === 200) {
        // A signed-in caller may see their agency's drafts: never let a shared cache keep that.
        c.header('Cache-Control', c.get('user') ? 'private, no-store' : 'public, max-age=60');
        c.header('Vary', 'Authorization, Cookie', { append: true });
      }
    });
}

/** The headers `openData()` adds to a successful read, as the OpenAPI document states them. */
export const openDataHeaders = {
  'Cache-Control': {
    description: 'Anonymous successful reads may be cached for a minute; signed-in ones are not.',
    schema: { type: 'string' as const },
  },
  'Access-Control-Allow-Origin': {
    description: 'Open data: any origin may read.',
    schema: { type: 'string' as const },
  },
};

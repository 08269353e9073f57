import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { assets } from '../views/static/assets.generated';
import type { AppDeps, AppEnv } from './env';
import { DomainError, Invalid } from './errors';
import { langMiddleware } from './http/lang';
import { problem } from './http/problem';
import { apiRouter } from './routes/api';
import { webRouter } from './routes/web';
import { renderErrorPage } from './routes/web/errors';

/**
 * Builds the application for any runtime: the entry point supplies the database and the
 * parsed configuration; nothing here touches `process.env` or the file system.
 */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    c.set('db', deps.db);
    c.set('config', deps.config);
    await next();
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // htmx injects its indicator style element; everything else is in app.css.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );

  app.use(langMiddleware());
  app.get('/static/:hash/:name', (c) => {
    const asset = assets[c.req.param('name')];
    if (!asset) return c.notFound();
    const fresh = asset.hash === c.req.param('hash');
    return c.body(asset.body, 200, {
      'Content-Type': asset.type,
      'Cache-Control': fresh ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
  app.get('/healthz', (c) => c.json({ ok: true }));

  app.route('/api/v1', apiRouter());
  app.route('/', webRouter());

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) {
      return problem(c, 404, {
        type: 'not-found',
        title: 'Not Found',
        detail: `No resource at ${c.req.path}`,
      });
    }
    return renderErrorPage(c, 404);
  });

  app.onError((err, c) => {
    const api = c.req.path.startsWith('/api/');
    if (err instanceof DomainError) {
      if (api) {
        return problem(c, err.status, {
          type: err.type,
          title: err.message,
          ...(err instanceof Invalid ? { errors: err.fields } : {}),
        });
      }
      return renderErrorPage(c, err.status, err);
    }
    console.error(`[${c.req.method} ${c.req.path}]`, err);
    if (api) return problem(c, 500, { type: 'internal', title: 'Internal Server Error' });
    return renderErrorPage(c, 500);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;

import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { assets } from '../views/static/assets.generated';
import { apiRouter } from './api-routes';
import { inlineSpecParser } from './domain/spec-import';
import { authMiddleware, csrfMiddleware } from './features/accounts/middleware';
import { opsRouter } from './features/ops/web';
import { inlineOverlapChecker } from './features/overlap/checker';
import type { AppDeps, AppEnv } from './kernel/env';
import { DomainError, TooLarge } from './kernel/errors';
import { admission } from './kernel/http/admission';
import { bodyLimit } from './kernel/http/body-limit';
import { publicCaching } from './kernel/http/cache';
import { clientAddress, isSecure } from './kernel/http/client-address';
import { errorResponse, internalErrorResponse, notFoundResponse } from './kernel/http/errors';
import { langMiddleware } from './kernel/http/lang';
import { observeRequests } from './kernel/http/observe';
import { responseCache } from './kernel/http/response-cache';
import { msg } from './kernel/i18n';
import { errorFields, jsonLogger } from './kernel/log';
import { createMetrics } from './kernel/metrics';
import { webRouter } from './web-routes';

/** Largest request body accepted anywhere (an API spec upload, with some room for the form). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Bodies of the bulk import: a 10 MiB file and the form around it. */
export const MAX_IMPORT_BODY_BYTES = 11 * 1024 * 1024;
const IMPORT_PATHS = new Set(['/api/v1/imports', '/impor', '/impor/terapkan']);

/**
 * Public reads whose anonymous answers the server keeps until the data changes (decision 0031):
 * the catalogue's pages and API reads, which depend only on the URL, the language, the htmx
 * headers and the stored data. Not listed: forms, anything time-dependent (clearances, the
 * decision log, the holiday calendar), exports (streamed) and everything signed-in.
 */
const CACHED_PATHS: readonly RegExp[] = [
  /^\/$/,
  /^\/aplikasi(-umum|\/\d+)?$/,
  /^\/(instansi|fungsi|data|referensi)(\/[A-Za-z0-9._-]+)?$/,
  /^\/(katalog-api|cari)$/,
  /^\/api\/v1\/(applications|agencies|functions|data-entities)(\/[A-Za-z0-9._-]+)?$/,
  /^\/api\/v1\/reference\/[A-Za-z]+$/,
  /^\/api\/v1\/(search|apis)$/,
];

/**
 * Builds the application for any runtime: the entry point supplies the database and the
 * parsed configuration; nothing here touches `process.env` or the file system.
 */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const log = deps.log ?? jsonLogger;
  const metrics = createMetrics();
  const draining = deps.draining ?? (() => false);

  app.use(async (c, next) => {
    c.set('log', log);
    c.set('metrics', metrics);
    c.set('draining', draining);
    c.set('db', deps.db);
    c.set('config', deps.config);
    c.set('passwords', deps.passwords);
    c.set('mailer', deps.mailer ?? null);
    c.set('specParser', deps.specParser ?? inlineSpecParser);
    c.set('overlapChecker', deps.overlapChecker ?? inlineOverlapChecker);
    c.set(
      'clientAddress',
      clientAddress(
        deps.clientAddress?.(c) ?? c.req.header('cf-connecting-ip') ?? 'unknown',
        c.req.header('X-Forwarded-For'),
        deps.config.TRUST_PROXY,
      ),
    );
    await next();
  });
  app.use(observeRequests());
  app.use(
    secureHeaders({
      // Sent below, and only over HTTPS: over plain HTTP a browser ignores it anyway, and a
      // development server on localhost must not pin itself to HTTPS.
      strictTransportSecurity: false,
      // Not `no-referrer` (the default here): with it browsers send `Origin: null` on form
      // posts, and the CSRF check needs the real origin. Nothing leaves the site either way.
      referrerPolicy: 'same-origin',
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

  app.use(async (c, next) => {
    await next();
    if (isSecure(c.req.url, c.req.header('X-Forwarded-Proto'), deps.config.TRUST_PROXY))
      c.header('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  });

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
  // Browsers ask for /favicon.ico whatever the page links; both names answer the SVG mark.
  for (const path of ['/favicon.ico', '/favicon.svg']) {
    app.get(path, (c) => {
      const icon = assets['favicon.svg']!;
      return c.body(icon.body, 200, { 'Content-Type': icon.type, 'Cache-Control': 'public, max-age=86400' });
    });
  }
  // Before authentication: a monitoring token in `Authorization` is not an API token.
  app.route('/', opsRouter());

  // Bodies are bounded before anything reads them (the CSRF check may parse a form): the
  // largest legitimate one is an API spec upload.
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) =>
        errorResponse(c, new TooLarge(msg('error.bodyTooLarge', { max: `${maxSize / 1024 / 1024} MiB` }))),
    });
  const defaultLimit = limit(MAX_BODY_BYTES);
  // Bulk imports take files up to 10 MiB (the service refuses larger ones with its own message).
  const importLimit = limit(MAX_IMPORT_BODY_BYTES);
  // A GET or HEAD body is never read; asking for it would build a whole Request per read.
  app.use((c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? next()
      : IMPORT_PATHS.has(c.req.path)
        ? importLimit(c, next)
        : defaultLimit(c, next),
  );
  app.use(authMiddleware());
  // What a signed-in person sees is theirs: no shared cache, no back-button copy after logout.
  app.use(async (c, next) => {
    await next();
    if (c.get('user')) c.header('Cache-Control', 'private, no-store');
  });
  app.use(publicCaching(undefined, deps.digest));
  if (deps.admission)
    app.use(admission({ concurrency: deps.config.PUBLIC_CONCURRENCY, maxWaiting: deps.config.PUBLIC_QUEUE }));
  // Inside publicCaching (which reuses its ETag); the entry point's compression leaves its gzip copy alone.
  if (deps.config.RESPONSE_CACHE_MB > 0) {
    app.use(
      responseCache({
        paths: CACHED_PATHS,
        maxBytes: deps.config.RESPONSE_CACHE_MB * 1024 * 1024,
        gzip: deps.compress,
        staleGraceMs: deps.config.RESPONSE_CACHE_GRACE_SECONDS * 1000,
        digest: deps.digest,
      }),
    );
  }
  app.use(csrfMiddleware());

  app.route('/api/v1', apiRouter());
  app.route('/', webRouter());

  app.notFound(notFoundResponse);

  // The one error mapper (kernel/http/errors.tsx): domain errors become a page, an htmx fragment
  // or problem+json in the request's language; anything else is logged and answered 500.
  app.onError((err, c) => {
    if (err instanceof DomainError) return errorResponse(c, err);
    const requestId = c.get('requestId');
    if (isDatabaseError(err)) metrics.dbErrors.inc({ where: 'request' });
    log({
      level: 'error',
      msg: 'unhandled error',
      requestId,
      method: c.req.method,
      path: c.req.path,
      ...errorFields(err),
    });
    return internalErrorResponse(c, requestId);
  });

  return app;
}

/** libSQL and SQLite failures (unreachable server, locked or corrupt file, constraint misuse). */
function isDatabaseError(err: Error): boolean {
  let e: unknown = err;
  for (let depth = 0; e instanceof Error && depth < 4; depth++) {
    if (e.name === 'LibsqlError' || /^SQLITE_/.test(String((e as { code?: unknown }).code ?? '')))
      return true;
    e = e.cause;
  }
  return false;
}

export type App = ReturnType<typeof createApp>;

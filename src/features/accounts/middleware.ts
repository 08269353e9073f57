import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../kernel/env';
import { Forbidden, Unauthorized } from '../../kernel/errors';
import { msg } from '../../kernel/i18n';
import {
  csrfTokenFor,
  SESSION_COOKIE,
  SESSION_TTL_MS,
  userForApiToken,
  validateSessionToken,
} from './service';

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure unless configured off for plain HTTP. */
export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date) {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('config').SECURE_COOKIES,
    expires: expiresAt,
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.get('config').SECURE_COOKIES });
}

/**
 * Establishes who is asking: a bearer API token (`Authorization: Bearer kat_…`) or the session
 * cookie. A bad bearer token is refused outright (401) rather than treated as anonymous, so a
 * script with a revoked token learns it at once.
 */
export function authMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const db = c.get('db');
    c.set('user', null);
    c.set('authVia', null);
    c.set('sessionId', null);
    c.set('csrf', null);
    const authz = c.req.header('Authorization');
    if (authz) {
      const m = /^Bearer\s+(\S+)$/i.exec(authz);
      const user = m?.[1] ? await userForApiToken(db, m[1]) : null;
      if (!user) throw new Unauthorized(msg('auth.badToken'));
      c.set('user', user);
      c.set('authVia', 'token');
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const session = await validateSessionToken(db, token);
      if (session) {
        c.set('user', session.user);
        c.set('authVia', 'session');
        c.set('sessionId', session.sessionId);
        c.set('csrf', csrfTokenFor(token));
        if (session.refreshed) setSessionCookie(c, token, session.expiresAt);
      } else {
        clearSessionCookie(c);
      }
    }
    return next();
  };
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * CSRF protection for every unsafe request that a browser could send with our cookie:
 * 1. the Origin (or, failing that, the Referer) must be this site's — a form on another site
 *    is refused before anything else runs, and so is a request that names neither;
 * 2. with a session, the request must also carry the session's CSRF token (form field `_csrf`
 *    or header `X-CSRF-Token`), which a cross-site page cannot read.
 * Requests with a bearer token, and anonymous API calls, carry no ambient authority and skip both.
 */
export function csrfMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method) || c.get('authVia') === 'token') return next();
    // With PUBLIC_URL configured, that is the only origin: the request's own URL comes from the
    // Host header, which whoever sends the request chooses.
    const publicOrigin = originOf(c.get('config').PUBLIC_URL);
    const allowed = new Set([publicOrigin ?? new URL(c.req.url).origin]);
    const origin = c.req.header('Origin');
    const source = origin && origin !== 'null' ? originOf(origin) : originOf(c.req.header('Referer'));
    // An anonymous API call carries no ambient authority (the public overlap API is even
    // open to other origins through CORS); everything else must come from this site.
    if (c.req.path.startsWith('/api/') && c.get('authVia') !== 'session') return next();
    if (!source || !allowed.has(source)) {
      throw new Forbidden(msg('auth.crossSite'));
    }
    if (c.get('authVia') === 'session') {
      let sent = c.req.header('X-CSRF-Token');
      if (!sent) {
        const type = c.req.header('Content-Type') ?? '';
        if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
          // `all: true` as the routes use it: Hono caches the first parse whatever its options.
          const body = await c.req.parseBody({ all: true });
          const raw = body._csrf;
          const value = Array.isArray(raw) ? raw[0] : raw;
          sent = typeof value === 'string' ? value : undefined;
        }
      }
      if (sent !== c.get('csrf')) {
        throw new Forbidden(msg('auth.csrfMismatch'));
      }
    }
    return next();
  };
}

/** The signed-in user, or Unauthorized. Services take the user as an argument; routes call this. */
export function requireUser(c: Context<AppEnv>) {
  const user = c.get('user');
  if (!user) throw new Unauthorized(msg('auth.signInFirst'));
  return user;
}

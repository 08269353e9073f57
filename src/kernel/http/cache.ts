import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { usesApiLanguage } from './lang';

/** How long a browser or shared cache may reuse an anonymous page or API read, in seconds. */
export const PUBLIC_MAX_AGE = 60;

const CACHEABLE_TYPE = /^(text\/html|application\/json|application\/problem\+json)\b/;

/** Hex SHA-1 of a body: the strong ETag of an anonymous answer. */
export async function digest(body: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', body));
  let hex = '';
  for (const b of hash) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** `If-None-Match` uses the weak comparison (RFC 9110 13.1.2): `W/"x"` matches `"x"`. */
function ifNoneMatchHas(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = tag.replace(/^W\//, '');
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((t) => t.replace(/^W\//, '') === bare);
}

/**
 * HTTP caching of anonymous reads (issue 14). A GET answered 200 with HTML or JSON to a request
 * with no signed-in user gets a strong `ETag` (SHA-1 of the uncompressed body: register this
 * before the entry point compresses), `Cache-Control: public, max-age=60` unless the route chose its own, and a
 * `Vary` naming what else decides the body (the `lang` cookie on pages, `Accept-Language` in the
 * API, `HX-Request` for fragments); `If-None-Match` with that tag answers 304 with no body.
 * Signed-in responses are left to the `private, no-store` rule; responses that set a cookie
 * (the language remembered from `?lang=`) are not shared.
 */
export function publicCaching(maxAge = PUBLIC_MAX_AGE): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.res.status !== 200 || c.get('user')) return;
    const res = c.res;
    if (!CACHEABLE_TYPE.test(res.headers.get('Content-Type') ?? '') || !res.body) return;
    const headers = new Headers(res.headers);
    const chosen = headers.get('Cache-Control');
    if (headers.has('Set-Cookie')) {
      if (!chosen) headers.set('Cache-Control', 'private, no-cache');
    } else if (!chosen) {
      headers.set('Cache-Control', `public, max-age=${maxAge}`);
    } else if (/no-store|private/.test(chosen)) {
      return;
    }
    headers.append('Vary', usesApiLanguage(c.req.path) ? 'Accept-Language' : 'Cookie, HX-Request');
    // The body is read whole once (pages and API reads are small and already rendered).
    const body = await res.arrayBuffer();
    let tag = headers.get('ETag');
    if (!tag) {
      tag = `"${await digest(body)}"`;
      headers.set('ETag', tag);
    }
    const notModified = ifNoneMatchHas(c.req.header('If-None-Match'), tag);
    if (notModified) headers.delete('Content-Length');
    // Unset first: Hono's setter would otherwise merge the spent response's headers back in.
    c.res = undefined as unknown as Response;
    c.res = notModified
      ? new Response(null, { status: 304, headers })
      : new Response(body, { status: res.status, statusText: res.statusText, headers });
  };
}

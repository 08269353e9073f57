import type { Context, MiddlewareHandler } from 'hono';
import { HtmlEscapedCallbackPhase, resolveCallback } from 'hono/utils/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../env';
import { usesApiLanguage } from './lang';

/** How long a browser or shared cache may reuse an anonymous page or API read, in seconds. */
export const PUBLIC_MAX_AGE = 60;

const CACHEABLE_TYPE = /^(text\/html|application\/json|application\/problem\+json)\b/;

/**
 * Hex SHA-1 of a body (a string is hashed as its UTF-8 bytes). The entry point may hand the app
 * a synchronous one (Node: `nodeDigest`, src/kernel/digest-node.ts): Web Crypto's runs on a
 * thread pool, and waiting for its answer cost up to 3 ms per request on a busy 2-core machine
 * (decision 0049). Workers keep Web Crypto (no Node API there).
 */
export type Digest = (body: string | Uint8Array<ArrayBuffer>) => string | Promise<string>;

/** SHA-1 with Web Crypto: every runtime has it. */
export const webDigest: Digest = async (body) => {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes));
  let hex = '';
  for (const b of hash) hex += b.toString(16).padStart(2, '0');
  return hex;
};

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
export function publicCaching(
  maxAge = PUBLIC_MAX_AGE,
  digest: Digest = webDigest,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    const reads = method === 'GET' || method === 'HEAD';
    const rendered = reads ? keepRendered(c) : null;
    await next();
    if (!reads || c.res.status !== 200 || c.get('user')) return;
    const res = c.res;
    if (!CACHEABLE_TYPE.test(res.headers.get('Content-Type') ?? '') || !res.body) return;
    const chosen = res.headers.get('Cache-Control');
    const setsCookie = res.headers.has('Set-Cookie');
    if (!setsCookie && chosen && /no-store|private/.test(chosen)) return;
    // The text the route rendered when this is still the response built from it: that response
    // is sent as it is, its headers completed here. Otherwise the body is read whole once (pages
    // and API reads are small and already rendered) and sent in a new response.
    const text = rendered?.get(res);
    const bytes = text === undefined ? new Uint8Array(await res.arrayBuffer()) : null;
    const out = bytes
      ? new Response(bytes, { status: res.status, statusText: res.statusText, headers: res.headers })
      : res;
    const headers = out.headers;
    if (setsCookie) {
      if (!chosen) headers.set('Cache-Control', 'private, no-cache');
    } else if (!chosen) {
      headers.set('Cache-Control', `public, max-age=${maxAge}`);
    }
    headers.append('Vary', usesApiLanguage(c.req.path) ? 'Accept-Language' : 'Cookie, HX-Request');
    let tag = headers.get('ETag');
    if (!tag) {
      tag = `"${await digest(bytes ?? (text as string))}"`;
      headers.set('ETag', tag);
    }
    const notModified = ifNoneMatchHas(c.req.header('If-None-Match'), tag);
    if (!notModified && out === res) return;
    if (notModified) headers.delete('Content-Length');
    // Unset first: Hono's setter would otherwise merge the spent response's headers back in.
    c.res = undefined as unknown as Response;
    c.res = notModified ? new Response(null, { status: 304, headers }) : out;
  };
}

type Headers_ = Record<string, string | string[]>;

/**
 * Has `c.json` and `c.html` remember the text of each response they build (as Hono builds it:
 * the same `c.body` call), so the ETag hashes the string the route rendered instead of reading
 * the body back through a web stream (~0.3 ms for a 15 KB page, decision 0049).
 */
function keepRendered(c: Context<AppEnv>): WeakMap<Response, string> {
  const texts = new WeakMap<Response, string>();
  const made = (text: string, type: string, arg?: number | ResponseInit, headers?: Headers_) => {
    // Hono's own `#newResponse` takes a status or a ResponseInit here; `c.body` passes it on.
    const res = c.body(text, arg as ContentfulStatusCode, { 'Content-Type': type, ...headers });
    texts.set(res, text);
    return res;
  };
  const json = (value: unknown, arg?: number | ResponseInit, headers?: Headers_) =>
    made(JSON.stringify(value), 'application/json', arg, headers);
  const html = (page: string | Promise<string>, arg?: number | ResponseInit, headers?: Headers_) =>
    typeof page === 'object'
      ? resolveCallback(page, HtmlEscapedCallbackPhase.Stringify, false, {}).then((text) =>
          made(String(text), 'text/html; charset=UTF-8', arg, headers),
        )
      : made(page, 'text/html; charset=UTF-8', arg, headers);
  c.json = json as unknown as typeof c.json;
  c.html = html as unknown as typeof c.html;
  return texts;
}

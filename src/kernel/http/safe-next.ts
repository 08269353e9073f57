import type { Role } from '../../../db/schema/auth';

/** The origin `next` is resolved against; any other result means the target left the site. */
const SELF = 'http://katalog.invalid';

function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * Only a path on this site may be a redirect target after sign-in (no open redirect); anything
 * else is `null`. The value is parsed with `URL` against this site's origin and the *normalised*
 * result is checked again, because dot segments can turn a harmless-looking path into a
 * scheme-relative one (`/.//evil.example` resolves to `//evil.example`). Refused outright:
 * anything not starting with one `/`, backslashes, control and whitespace characters (browsers
 * drop tabs and newlines, turning `/\t/evil` into `//evil`), and percent-encoded slashes,
 * backslashes, dots or controls in the path (a proxy or a second decoding could turn them into
 * any of the above).
 */
export function safeNext(next: unknown): string | null {
  if (typeof next !== 'string' || next.length > 2048) return null;
  if (!next.startsWith('/') || next.startsWith('//')) return null;
  if (next.includes('\\') || /\s/.test(next) || hasControl(next)) return null;
  // Only the path: an encoded character in the query (`?q=a%2Fb`) is data, not a separator.
  if (/%(2f|5c|2e|25|[01][0-9a-f]|7f|20)/i.test(next.split(/[?#]/)[0] ?? '')) return null;
  let url: URL;
  try {
    url = new URL(next, SELF);
  } catch {
    return null;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== SELF || !path.startsWith('/') || path.startsWith('//') || path.includes('\\'))
    return null;
  return path;
}

/**
 * The page a person starts on after signing in without a `next`: an operator their agency's
 * applications, a reviewer the review queue, an admin the administration page.
 */
export function startPageFor(role: Role): string {
  if (role === 'reviewer') return '/penilaian';
  if (role === 'admin') return '/admin';
  return '/saya';
}

/**
 * The page a request came from (htmx's `HX-Current-URL`, else the `Referer`), as a safe local
 * path, when it is on the same origin as the request: where "sign in again" should return to.
 */
export function currentPageOf(requestUrl: string, hxCurrentUrl?: string, referer?: string): string | null {
  const origin = new URL(requestUrl).origin;
  for (const candidate of [hxCurrentUrl, referer]) {
    if (!candidate) continue;
    try {
      const u = new URL(candidate);
      if (u.origin !== origin) continue;
      return safeNext(`${u.pathname}${u.search}`);
    } catch {}
  }
  return null;
}

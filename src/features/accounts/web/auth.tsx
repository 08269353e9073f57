import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../../kernel/env';
import { Invalid, TooManyRequests } from '../../../kernel/errors';
import { formRecord } from '../../../kernel/http/forms';
import { fieldErrors, viewCtx } from '../../../kernel/http/render';
import { translateText } from '../../../kernel/i18n';
import { toFieldIssues } from '../../../kernel/schemas';
import { LoginInput } from '../../registry/schemas';
import { clearSessionCookie, setSessionCookie } from '../middleware';
import { invalidateSession, login } from '../service';
import { LoginPage } from '../views/login';

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
 * Only a path on this site may be a redirect target after sign-in (no open redirect). The value
 * is parsed with `URL` against this site's origin and the *normalised* result is checked again,
 * because dot segments can turn a harmless-looking path into a scheme-relative one
 * (`/.//evil.example` resolves to `//evil.example`). Refused outright: anything not starting
 * with one `/`, backslashes, control and whitespace characters (browsers drop tabs and newlines,
 * turning `/\t/evil` into `//evil`), and percent-encoded slashes, backslashes, dots or controls
 * in the path (a proxy or a second decoding could turn them into any of the above).
 */
export function safeNext(next: unknown): string {
  const fallback = '/saya';
  if (typeof next !== 'string' || next.length > 2048) return fallback;
  if (!next.startsWith('/') || next.startsWith('//')) return fallback;
  if (next.includes('\\') || /\s/.test(next) || hasControl(next)) return fallback;
  // Only the path: an encoded character in the query (`?q=a%2Fb`) is data, not a separator.
  if (/%(2f|5c|2e|25|[01][0-9a-f]|7f|20)/i.test(next.split(/[?#]/)[0] ?? '')) return fallback;
  let url: URL;
  try {
    url = new URL(next, SELF);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== SELF || !path.startsWith('/') || path.startsWith('//') || path.includes('\\'))
    return fallback;
  return path;
}

/** `/login` (form post of email and password) and `/logout` (ends the session). */
export function authRouter() {
  const web = new Hono<AppEnv>();

  web.get('/login', (c) =>
    c.html(<LoginPage ctx={viewCtx(c)} email="" next={safeNext(c.req.query('next'))} errors={[]} />),
  );

  web.post('/login', async (c) => {
    const form = await formRecord(c);
    const next = safeNext(form.next);
    const email = typeof form.email === 'string' ? form.email : '';
    const parsed = v.safeParse(LoginInput, { email: form.email, password: form.password });
    if (!parsed.success) {
      return c.html(
        <LoginPage
          ctx={viewCtx(c)}
          email={email}
          next={next}
          errors={fieldErrors(c, toFieldIssues(parsed.issues))}
        />,
        422,
      );
    }
    try {
      // Signing in over an existing session ends that one: the session is rotated.
      const old = c.get('sessionId');
      if (old) await invalidateSession(c.get('db'), old);
      const result = await login(c.get('db'), c.get('passwords'), {
        ...parsed.output,
        address: c.get('clientAddress'),
      });
      setSessionCookie(c, result.token, result.expiresAt);
      return c.redirect(next, 303);
    } catch (error) {
      if (error instanceof TooManyRequests) {
        const seconds = Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000));
        c.header('Retry-After', String(seconds));
        const ctx = viewCtx(c);
        return c.html(
          <LoginPage
            ctx={ctx}
            email={email}
            next={next}
            errors={[]}
            message={ctx.t('login.throttled', { seconds })}
          />,
          429,
        );
      }
      if (error instanceof Invalid) {
        const ctx = viewCtx(c);
        return c.html(
          <LoginPage
            ctx={ctx}
            email={email}
            next={next}
            errors={[]}
            message={translateText(ctx.t, error.text)}
          />,
          422,
        );
      }
      throw error;
    }
  });

  web.post('/logout', async (c) => {
    const id = c.get('sessionId');
    if (id) await invalidateSession(c.get('db'), id);
    clearSessionCookie(c);
    return c.redirect('/', 303);
  });

  return web;
}

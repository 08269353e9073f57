import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../../kernel/env';
import { Invalid, TooManyRequests } from '../../../kernel/errors';
import { formRecord } from '../../../kernel/http/forms';
import { fieldErrors, viewCtx } from '../../../kernel/http/render';
import { toFieldIssues } from '../../../kernel/schemas';
import { LoginInput } from '../../registry/schemas';
import { clearSessionCookie, setSessionCookie } from '../middleware';
import { invalidateSession, login } from '../service';
import { LoginPage } from '../views/login';

/**
 * Only a path on this site may be a redirect target after sign-in (no open redirect): no
 * scheme-relative `//host`, no backslash or control character (browsers drop tabs and newlines,
 * turning `/\t/evil` into `//evil`).
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.includes('\\')) return '/saya';
  for (let i = 0; i < next.length; i++) {
    const code = next.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return '/saya';
  }
  try {
    const base = 'http://katalog.invalid';
    const url = new URL(next, base);
    return url.origin === base && !next.startsWith('//')
      ? `${url.pathname}${url.search}${url.hash}`
      : '/saya';
  } catch {
    return '/saya';
  }
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
      if (error instanceof Invalid || error instanceof TooManyRequests) {
        return c.html(
          <LoginPage ctx={viewCtx(c)} email={email} next={next} errors={[]} message={error.message} />,
          error instanceof TooManyRequests ? 429 : 422,
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

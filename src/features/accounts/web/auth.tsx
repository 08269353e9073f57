import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../../kernel/env';
import { Invalid, TooManyRequests } from '../../../kernel/errors';
import { formRecord } from '../../../kernel/http/forms';
import { fieldErrors, viewCtx } from '../../../kernel/http/render';
import { safeNext, startPageFor } from '../../../kernel/http/safe-next';
import { translateText } from '../../../kernel/i18n';
import { toFieldIssues } from '../../../kernel/schemas';
import { LoginInput } from '../../registry/schemas';
import { clearSessionCookie, setSessionCookie } from '../middleware';
import { invalidateSession, login } from '../service';
import { LoginPage } from '../views/login';

export { safeNext };

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
      // `next` (a safe local path) wins; otherwise each role starts where its work is.
      return c.redirect(next ?? startPageFor(result.user.role), 303);
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

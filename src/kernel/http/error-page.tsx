import type { Context } from 'hono';
import { ErrorSummary, PageHeader } from '../../../views/components/ui';
import { Layout } from '../../../views/layout';
import type { AppEnv } from '../env';
import { type DomainError, Invalid } from '../errors';
import { labelIssues, translateText } from '../i18n';
import { viewCtx } from './render';
import { currentPageOf, safeNext } from './safe-next';

/**
 * After an expired session: a link to sign in that comes back to the page the person was on
 * (the form they were filling in, not the URL it posts to).
 */
export function SignInAgain(props: { c: Context<AppEnv> }) {
  const { c } = props;
  const url = new URL(c.req.url);
  const back =
    c.req.method === 'GET'
      ? safeNext(`${url.pathname}${url.search}`)
      : currentPageOf(c.req.url, c.req.header('HX-Current-URL'), c.req.header('Referer'));
  const t = c.get('t');
  return (
    <p class="signin-again">
      {t('error.sessionEnded')}{' '}
      <a class="button" href={back ? `/login?next=${encodeURIComponent(back)}` : '/login'} hx-boost="false">
        {t('error.signInAgain')}
      </a>
    </p>
  );
}

/** A friendly error page in the reader's language; never leaks internals. */
export function renderErrorPage(
  c: Context<AppEnv>,
  status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503,
  err?: DomainError,
) {
  const ctx = viewCtx(c);
  const { t } = ctx;
  const title =
    status === 404
      ? t('error.notFound')
      : status === 500
        ? t('error.title')
        : status === 401
          ? t('error.unauthorized')
          : status === 403
            ? t('error.forbidden')
            : status === 409
              ? t('error.conflict')
              : status === 429
                ? t('error.tooMany')
                : status === 503
                  ? t('error.busyTitle')
                  : t('error.invalid');
  const body =
    status === 404
      ? t('error.notFoundBody')
      : status === 500
        ? t('error.server')
        : err
          ? translateText(t, err.text)
          : t('error.invalid');
  c.header('Vary', 'HX-Request');
  // `data-error` marks what app.js shows in place when htmx gets this page for a form or panel.
  return c.html(
    <Layout ctx={ctx} title={title}>
      <div data-error>
        <PageHeader title={title} lead={body} />
        {err instanceof Invalid ? (
          <ErrorSummary title={t('error.invalid')} errors={labelIssues(t, err.fields)} />
        ) : null}
        {status === 401 ? <SignInAgain c={c} /> : null}
        {status === 500 ? <p>{t('error.requestId', { id: c.get('requestId') })}</p> : null}
      </div>
      <p>
        <a href="/">{t('error.back')}</a>
      </p>
    </Layout>,
    status,
  );
}

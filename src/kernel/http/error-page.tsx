import type { Context } from 'hono';
import { ErrorSummary, PageHeader } from '../../../views/components/ui';
import { Layout } from '../../../views/layout';
import type { AppEnv } from '../env';
import { type DomainError, Invalid } from '../errors';
import { translateIssues, translateText } from '../i18n';
import { viewCtx } from './render';

/** A friendly error page in the reader's language; never leaks internals. */
export function renderErrorPage(
  c: Context<AppEnv>,
  status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500,
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
  return c.html(
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} lead={body} />
      {err instanceof Invalid ? (
        <ErrorSummary title={t('error.invalid')} errors={translateIssues(t, err.fields)} />
      ) : null}
      {status === 500 ? <p>{t('error.requestId', { id: c.get('requestId') })}</p> : null}
      <p>
        <a href="/">{t('error.back')}</a>
      </p>
    </Layout>,
    status,
  );
}

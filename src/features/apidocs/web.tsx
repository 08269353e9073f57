import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../kernel/env';
import { Malformed } from '../../kernel/errors';
import { queryRecord, viewCtx } from '../../kernel/http/render';
import { msg } from '../../kernel/i18n';
import { type ApiDocsView, apiDocsView, type RawDocument, tryUrl } from './view-model';
import { ApiDocsPage } from './views/docs-page';

/** Where the reference lives, under the API it describes (the footer links it). */
export const DOCS_PATHS = ['/docs', '/docs/coba'];

/**
 * `/api/v1/docs`: the OpenAPI document as a page, and `/api/v1/docs/coba`, where its "try it"
 * forms land and are sent on to the operation's URL. `document` is the API's generated document.
 */
export function apiDocsRouter(document: (c: Context<AppEnv>) => Promise<unknown>) {
  const r = new Hono<AppEnv>();
  let view: ApiDocsView | undefined;
  r.get('/docs', async (c) => {
    view ??= apiDocsView((await document(c)) as RawDocument);
    return c.html(<ApiDocsPage ctx={viewCtx(c)} view={view} />);
  });
  r.get('/docs/coba', async (c) => {
    const { _op: op = '', ...values } = queryRecord(c);
    const url = tryUrl((await document(c)) as RawDocument, op, values);
    if (!url)
      throw new Malformed(msg('error.invalidInput'), [{ field: '_op', message: msg('docs.tryIncomplete') }]);
    return c.redirect(url, 303);
  });
  return r;
}

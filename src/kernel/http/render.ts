import type { Context } from 'hono';
import type { ViewCtx } from '../../../views/context';
import type { AppEnv } from '../env';
import type { FieldError, FieldIssue } from '../errors';
import { labelIssues } from '../i18n';
import { lastValues } from '../schemas';

/** The view context of a request. */
export function viewCtx(c: Context<AppEnv>): ViewCtx {
  return {
    lang: c.get('lang'),
    t: c.get('t'),
    url: new URL(c.req.url),
    user: c.get('user'),
    csrf: c.get('csrf'),
  };
}

/** Query parameters as a flat record (last value wins), for valibot schemas. */
export function queryRecord(c: Context<AppEnv>): Record<string, string> {
  return lastValues(c.req.queries());
}

/** True when htmx asked for a fragment (and not a boosted full-page navigation). */
export function isFragmentRequest(c: Context<AppEnv>): boolean {
  return c.req.header('HX-Request') === 'true' && c.req.header('HX-Boosted') !== 'true';
}

/** Field issues translated into the page's language, for a form or a filter view. */
export function fieldErrors(c: Context<AppEnv>, issues: readonly FieldIssue[]): FieldError[] {
  return labelIssues(c.get('t'), issues);
}

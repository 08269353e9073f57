import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import {
  Busy,
  Conflict,
  type DomainError,
  Forbidden,
  Invalid,
  Malformed,
  NotFound,
  StaleVersion,
  TooLarge,
  TooManyRequests,
  Unauthorized,
} from '../errors';
import { labelIssues, translateIssues, translateText } from '../i18n';
import { renderErrorPage, SignInAgain } from './error-page';
import { problem } from './problem';
import { isFragmentRequest } from './render';

/**
 * The one error mapper: a domain error (which knows nothing of HTTP) becomes a status and a
 * response chosen from the request — problem+json under /api/, an htmx fragment for a fragment
 * request, a page otherwise. `app.onError`, the body limits and the not-found handler all answer
 * through `errorResponse`.
 */

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;

/** What the mapper needs to know of the request to pick a status. */
export interface RequestKind {
  method: string;
  /** A POST that only computes an answer (the overlap check) counts as a query. */
  query?: boolean;
}

/**
 * The status of a domain error for a request. Invalid input is 400 when the request could not
 * be read (`Malformed`) or was a query (bad filters, unknown codes in a check), and 422 when the
 * rules refused a write (a form or a JSON body that parsed but does not hold).
 */
export function statusOf(err: DomainError, req: RequestKind): ErrorStatus {
  if (err instanceof Invalid) {
    const query = req.query || req.method === 'GET' || req.method === 'HEAD';
    return err instanceof Malformed || query ? 400 : 422;
  }
  if (err instanceof NotFound) return 404;
  if (err instanceof Forbidden) return 403;
  if (err instanceof Conflict) return 409;
  if (err instanceof Unauthorized) return 401;
  if (err instanceof TooManyRequests) return 429;
  if (err instanceof TooLarge) return 413;
  if (err instanceof Busy) return 503;
  return 400;
}

const requestKind = (c: Context<AppEnv>): RequestKind => ({
  method: c.req.method,
  query: c.get('queryRequest') === true,
});

/** The status the mapper gives `err` for this request (for routes that re-render a form). */
export const statusFor = (c: Context<AppEnv>, err: DomainError) => statusOf(err, requestKind(c));

/** Marks a POST route as a query: its invalid input answers 400, like a bad GET filter. */
export function queryRoute(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('queryRequest', true);
    await next();
  };
}

const isApi = (c: Context) => c.req.path.startsWith('/api/');

/** Answers a domain error as problem+json, an htmx fragment or a page. */
export function errorResponse(c: Context<AppEnv>, err: DomainError) {
  const status = statusFor(c, err);
  const t = c.get('t');
  if (err instanceof TooManyRequests)
    c.header('Retry-After', String(Math.max(1, Math.ceil((err.retryAt.getTime() - Date.now()) / 1000))));
  if (err instanceof Busy) c.header('Retry-After', String(err.retryAfterSeconds));
  if (isApi(c)) {
    if (err instanceof Unauthorized) c.header('WWW-Authenticate', 'Bearer realm="katalog"');
    return problem(c, status, {
      type: err.type,
      title: translateText(t, err.text),
      ...(err instanceof Invalid ? { errors: translateIssues(t, err.fields) } : {}),
      ...(err instanceof StaleVersion ? { currentVersion: err.currentVersion, changes: err.changes } : {}),
    });
  }
  // A page that needs an account sends the person to sign in and back. (An htmx fragment gets
  // the 401 and its message instead: a redirect would swap the sign-in page into a panel.)
  if (err instanceof Unauthorized && c.req.method === 'GET' && !isFragmentRequest(c)) {
    const next = new URL(c.req.url);
    return c.redirect(`/login?next=${encodeURIComponent(next.pathname + next.search)}`, 303);
  }
  // Before the language and session middleware ran (an oversized body), only plain text is safe.
  if (err instanceof TooLarge) return c.text(translateText(t, err.text), status);
  if (isFragmentRequest(c)) {
    c.header('Vary', 'HX-Request');
    const issues = err instanceof Invalid ? labelIssues(t, err.fields) : [];
    return c.html(
      <div class="notice error" role="alert" data-error>
        <p>{translateText(t, err.text)}</p>
        {err instanceof Unauthorized ? <SignInAgain c={c} /> : null}
        {issues.length ? (
          <ul>
            {issues.map((i) => (
              <li>
                {i.label ? <strong>{i.label}: </strong> : null}
                {i.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>,
      status,
    );
  }
  return renderErrorPage(c, status, err);
}

/** An unexpected error (already logged by the caller), answered without internals. */
export function internalErrorResponse(c: Context<AppEnv>, requestId?: string) {
  if (isApi(c))
    return problem(c, 500, {
      type: 'internal',
      title: c.get('t')('error.server'),
      ...(requestId ? { requestId } : {}),
    });
  return renderErrorPage(c, 500);
}

/** Nothing at this path: the same mapper as a thrown `NotFound`, with the path named in the API. */
export function notFoundResponse(c: Context<AppEnv>) {
  if (isApi(c)) {
    const t = c.get('t');
    return problem(c, 404, {
      type: 'not-found',
      title: t('error.notFound'),
      detail: t('error.noResource', { path: c.req.path }),
    });
  }
  return renderErrorPage(c, 404);
}

import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../env';
import { LANGS, type Lang, translator } from '../i18n/index';

const isLang = (s: string | undefined): s is Lang => !!s && (LANGS as readonly string[]).includes(s);

/**
 * The first language of `Accept-Language` (by q-value) that the catalogue has, if any:
 * `en-GB,en;q=0.9` → en; `fr` → undefined.
 */
export function acceptedLang(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.find((x) => isLang(x.lang))?.lang as Lang | undefined;
}

/** The language of an API request: `?lang=`, else `Accept-Language`, else Bahasa Indonesia. */
function apiLang(c: Context<AppEnv>): Lang {
  const fromQuery = c.req.query('lang');
  if (isLang(fromQuery)) return fromQuery;
  return acceptedLang(c.req.header('Accept-Language')) ?? 'id';
}

/**
 * Whether a path takes its language as the API does (`?lang=`, `Accept-Language`): everything
 * under `/api/` except the API reference page, which is a page like the others.
 */
export function usesApiLanguage(path: string): boolean {
  return path.startsWith('/api/') && path !== '/api/v1/docs';
}

/**
 * Picks the language of a request. Pages: `?lang=` (remembered in a cookie), else the cookie,
 * else Bahasa Indonesia — the default even for browsers set to English, since it is the product's
 * language. The API (`/api/`): `?lang=`, else `Accept-Language`, else Bahasa Indonesia; no cookie.
 */
export function langMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let lang: Lang = 'id';
    if (usesApiLanguage(c.req.path)) {
      lang = apiLang(c);
    } else {
      const fromQuery = c.req.query('lang');
      if (isLang(fromQuery)) {
        lang = fromQuery;
        setCookie(c, 'lang', lang, {
          path: '/',
          maxAge: 60 * 60 * 24 * 365,
          sameSite: 'Lax',
          httpOnly: true,
        });
      } else {
        const fromCookie = getCookie(c, 'lang');
        if (isLang(fromCookie)) lang = fromCookie;
      }
    }
    c.set('lang', lang);
    c.set('t', translator(lang));
    await next();
  };
}

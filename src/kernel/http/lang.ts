import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../env';
import { LANGS, type Lang, translator } from '../i18n/index';

const isLang = (s: string | undefined): s is Lang => !!s && (LANGS as readonly string[]).includes(s);

/**
 * Picks the UI language: `?lang=` (remembered in a cookie), else the cookie, else Bahasa
 * Indonesia — the default even for browsers set to English, since it is the product's language.
 */
export function langMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const fromQuery = c.req.query('lang');
    let lang: Lang = 'id';
    if (isLang(fromQuery)) {
      lang = fromQuery;
      setCookie(c, 'lang', lang, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'Lax', httpOnly: true });
    } else {
      const fromCookie = getCookie(c, 'lang');
      if (isLang(fromCookie)) lang = fromCookie;
    }
    c.set('lang', lang);
    c.set('t', translator(lang));
    await next();
  };
}

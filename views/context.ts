import type { Lang, Translate } from '../src/i18n';

/** What every view needs from the request: language, translator and the current URL. */
export interface ViewCtx {
  lang: Lang;
  t: Translate;
  /** Path and query of the current request, for the language switch and active nav item. */
  url: URL;
}

/** The current URL with `lang` set to the other language, for the switch link. */
export function langSwitchHref(ctx: ViewCtx): string {
  const u = new URL(ctx.url.toString());
  u.searchParams.set('lang', ctx.lang === 'id' ? 'en' : 'id');
  return `${u.pathname}${u.search}`;
}

import type { SessionUser } from '../src/features/accounts/repo';
import type { Lang, Translate } from '../src/kernel/i18n';

/** What every view needs from the request: language, translator and the current URL. */
export interface ViewCtx {
  lang: Lang;
  t: Translate;
  /** Path and query of the current request, for the language switch and active nav item. */
  url: URL;
  /** The signed-in user, if any (shown in the header; access is decided in the services). */
  user?: SessionUser | null;
  /** The session's CSRF token, put in every form and in htmx's request headers. */
  csrf?: string | null;
}

/** The current URL with `lang` set to the other language, for the switch link. */
export function langSwitchHref(ctx: ViewCtx): string {
  const u = new URL(ctx.url.toString());
  u.searchParams.set('lang', ctx.lang === 'id' ? 'en' : 'id');
  return `${u.pathname}${u.search}`;
}

import type { Child } from 'hono/jsx';
import type { MessageKey } from '../src/kernel/i18n';
import { langSwitchHref, type ViewCtx } from './context';
import { assets } from './static/assets.generated';

/** URL of an embedded asset, fingerprinted so it can be cached forever. */
export function assetUrl(name: string): string {
  const a = assets[name];
  return a ? `/static/${a.hash}/${name}` : `/static/${name}`;
}

const NAV: { href: string; key: MessageKey }[] = [
  { href: '/aplikasi', key: 'nav.applications' },
  { href: '/aplikasi-umum', key: 'nav.shared' },
  { href: '/periksa', key: 'nav.check' },
  { href: '/katalog-api', key: 'nav.apiCatalogue' },
  { href: '/instansi', key: 'nav.agencies' },
  { href: '/rasionalisasi', key: 'nav.rationalisation' },
  { href: '/fungsi', key: 'nav.functions' },
  { href: '/data', key: 'nav.data' },
  { href: '/referensi', key: 'nav.reference' },
  { href: '/keputusan', key: 'nav.decisions' },
  { href: '/cari', key: 'nav.search' },
];

/** The catalogue's mark: four tiles, one of them shared (used in the header and as favicon). */
export function LogoMark() {
  return (
    <svg class="mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#fff" />
      <rect x="6" y="6" width="9" height="9" rx="1.5" fill="#8b1a1a" />
      <rect x="17" y="6" width="9" height="9" rx="1.5" fill="#8b1a1a" />
      <rect x="6" y="17" width="9" height="9" rx="1.5" fill="#8b1a1a" />
      <rect x="17" y="17" width="9" height="9" rx="1.5" fill="#c9a227" />
    </svg>
  );
}

/**
 * The page shell: header with navigation and language switch, main, footer. On a phone the
 * navigation folds into a "Menu" disclosure (a native <details>, so it works without
 * JavaScript); on a desk it is a plain row of links. Only one of the two is displayed at a time.
 */
export function Layout(props: { ctx: ViewCtx; title: string; children: Child; description?: string }) {
  const { ctx } = props;
  const path = ctx.url.pathname;
  const links = (
    <>
      {NAV.map((n) => (
        <a href={n.href} aria-current={path === n.href || path.startsWith(`${n.href}/`) ? 'page' : undefined}>
          {ctx.t(n.key)}
        </a>
      ))}
    </>
  );
  const lang = (
    <a
      class="lang"
      href={langSwitchHref(ctx)}
      hx-boost="false"
      lang={ctx.lang === 'id' ? 'en' : 'id'}
      hreflang={ctx.lang === 'id' ? 'en' : 'id'}
    >
      {ctx.t('lang.switch')}
    </a>
  );
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${ctx.t('app.title')}`}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={assetUrl('app.css')} />
        <script src={assetUrl('htmx.min.js')} defer />
        <script src={assetUrl('app.js')} defer />
      </head>
      <body hx-boost="true" hx-headers={ctx.csrf ? JSON.stringify({ 'X-CSRF-Token': ctx.csrf }) : undefined}>
        <a class="skip" href="#main">
          {ctx.t('nav.skip')}
        </a>
        <header class="site">
          <div class="inner top">
            <a class="brand" href="/">
              <LogoMark />
              <span>{ctx.t('app.title')}</span>
            </a>
            <div class="desk-only tools">
              <UserMenu ctx={ctx} />
              {lang}
            </div>
            <details class="menu phone-only">
              <summary>{ctx.t('nav.menu')}</summary>
              <div class="menu-body">
                <nav aria-label={ctx.t('nav.main')}>{links}</nav>
                <UserMenu ctx={ctx} />
                {lang}
              </div>
            </details>
          </div>
          <div class="navbar desk-only">
            <nav class="inner" aria-label={ctx.t('nav.main')}>
              {links}
            </nav>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site">
          <div class="inner">
            <p>
              {ctx.t('footer.text')} ·{' '}
              <a href="/api/v1/docs" hx-boost="false">
                {ctx.t('footer.apiDocs')}
              </a>{' '}
              ·{' '}
              <a href="/api/v1/openapi.json" hx-boost="false">
                {ctx.t('footer.openapi')}
              </a>
            </p>
          </div>
        </footer>
        <div
          id="client-messages"
          hidden
          data-restored={ctx.t('client.restored')}
          data-draft-kept={ctx.t('client.draftKept')}
          data-network={ctx.t('client.network')}
          data-failed={ctx.t('client.failed')}
        />
      </body>
    </html>
  );
}

/** Sign-in link, or the signed-in person's shortcuts and a sign-out button (a POST with CSRF). */
function UserMenu(props: { ctx: ViewCtx }) {
  const { ctx } = props;
  const user = ctx.user;
  if (!user) {
    return (
      <a href={`/login?next=${encodeURIComponent(ctx.url.pathname + ctx.url.search)}`} class="signin">
        {ctx.t('nav.signIn')}
      </a>
    );
  }
  return (
    <nav class="user-menu" aria-label={ctx.t('nav.user')}>
      {user.role === 'operator' ? <a href="/saya">{ctx.t('nav.myApps')}</a> : null}
      {user.role === 'operator' ? <a href="/usulan">{ctx.t('nav.proposals')}</a> : null}
      {user.role === 'reviewer' || user.role === 'admin' ? (
        <a href="/penilaian">{ctx.t('nav.reviews')}</a>
      ) : null}
      <a href="/kotak-masuk">{ctx.t('nav.inbox')}</a>
      {user.role === 'admin' ? <a href="/admin">{ctx.t('nav.admin')}</a> : null}
      <a href="/akun" title={user.email}>
        {user.name}
      </a>
      <form method="post" action="/logout" class="inline" hx-boost="false">
        <CsrfField ctx={ctx} />
        <button type="submit" class="link">
          {ctx.t('nav.signOut')}
        </button>
      </form>
    </nav>
  );
}

/** The hidden CSRF field every form that changes something carries (works without JavaScript). */
export function CsrfField(props: { ctx: ViewCtx }) {
  return props.ctx.csrf ? <input type="hidden" name="_csrf" value={props.ctx.csrf} /> : null;
}

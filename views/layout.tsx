import type { Child } from 'hono/jsx';
import type { MessageKey } from '../src/kernel/i18n';
import { L, langSwitchHref, type ViewCtx } from './context';
import { assets } from './static/assets.generated';

/** URL of an embedded asset, fingerprinted so it can be cached forever. */
export function assetUrl(name: string): string {
  const a = assets[name];
  return a ? `/static/${a.hash}/${name}` : `/static/${name}`;
}

const NAV: { href: string; key: MessageKey }[] = [
  { href: '/aplikasi', key: 'nav.applications' },
  { href: '/periksa', key: 'nav.check' },
  { href: '/aplikasi-umum', key: 'nav.shared' },
  { href: '/instansi', key: 'nav.agencies' },
  { href: '/fungsi', key: 'nav.functions' },
  { href: '/data', key: 'nav.data' },
  { href: '/referensi', key: 'nav.reference' },
  { href: '/keputusan', key: 'nav.decisions' },
  { href: '/cari', key: 'nav.search' },
];

/** The page shell: header with navigation and language switch, main, footer. */
export function Layout(props: { ctx: ViewCtx; title: string; children: Child; description?: string }) {
  const { ctx } = props;
  const path = ctx.url.pathname;
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${ctx.t('app.title')}`}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <link rel="stylesheet" href={assetUrl('app.css')} />
        <script src={assetUrl('htmx.min.js')} defer />
        <script src={assetUrl('app.js')} defer />
      </head>
      <body hx-boost="true" hx-headers={ctx.csrf ? JSON.stringify({ 'X-CSRF-Token': ctx.csrf }) : undefined}>
        <a class="skip" href="#main">
          {ctx.t('nav.skip')}
        </a>
        <header class="site">
          <div class="inner">
            <a class="brand" href="/">
              {ctx.t('app.title')}
            </a>
            <nav aria-label={ctx.t('nav.home')}>
              {NAV.map((n) => (
                <a
                  href={n.href}
                  aria-current={path === n.href || path.startsWith(`${n.href}/`) ? 'page' : undefined}
                >
                  {ctx.t(n.key)}
                </a>
              ))}
            </nav>
            <UserMenu ctx={ctx} />
            <a href={langSwitchHref(ctx)} hx-boost="false" lang={ctx.lang === 'id' ? 'en' : 'id'}>
              {ctx.t('lang.switch')}
            </a>
          </div>
        </header>
        <main id="main">{props.children}</main>
        <footer class="site">
          <div class="inner">
            <p>
              {ctx.t('footer.text')} ·{' '}
              <a href="/api/v1/openapi.json" hx-boost="false">
                {ctx.t('footer.openapi')}
              </a>
            </p>
          </div>
        </footer>
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
        {L(ctx, 'Masuk', 'Sign in')}
      </a>
    );
  }
  return (
    <div class="user-menu">
      {user.role !== 'reviewer' ? <a href="/saya">{L(ctx, 'Aplikasi saya', 'My applications')}</a> : null}
      {user.role === 'operator' ? <a href="/usulan">{L(ctx, 'Usulan', 'Proposals')}</a> : null}
      {user.role === 'reviewer' || user.role === 'admin' ? (
        <a href="/penilaian">{L(ctx, 'Penilaian', 'Reviews')}</a>
      ) : null}
      <a href="/kotak-masuk">{L(ctx, 'Kotak masuk', 'Inbox')}</a>
      {user.role === 'admin' ? <a href="/admin">Admin</a> : null}
      <a href="/akun" title={user.email}>
        {user.name}
      </a>
      <form method="post" action="/logout" class="inline" hx-boost="false">
        <CsrfField ctx={ctx} />
        <button type="submit" class="link">
          {L(ctx, 'Keluar', 'Sign out')}
        </button>
      </form>
    </div>
  );
}

/** The hidden CSRF field every form that changes something carries (works without JavaScript). */
export function CsrfField(props: { ctx: ViewCtx }) {
  return props.ctx.csrf ? <input type="hidden" name="_csrf" value={props.ctx.csrf} /> : null;
}

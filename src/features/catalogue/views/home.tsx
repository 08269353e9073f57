import { Badge } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import { formatNumber, type MessageKey } from '../../../kernel/i18n';
import type { homeFigures } from '../service';
import { Section } from './components';

type Figures = Awaited<ReturnType<typeof homeFigures>>;

/** The bulk downloads (feature transfer), linked from the home page. */
const OPEN_DATA: { file: string; text: MessageKey }[] = [
  { file: 'applications', text: 'home.openData.applications' },
  { file: 'apis', text: 'home.openData.apis' },
  { file: 'agencies', text: 'home.openData.agencies' },
];

const EXPLORE: { href: string; nav: MessageKey; text: MessageKey }[] = [
  { href: '/aplikasi-umum', nav: 'nav.shared', text: 'home.explore.shared' },
  { href: '/rasionalisasi', nav: 'nav.rationalisation', text: 'home.explore.rationalisation' },
  { href: '/aplikasi', nav: 'nav.applications', text: 'home.explore.applications' },
  { href: '/instansi', nav: 'nav.agencies', text: 'home.explore.agencies' },
  { href: '/fungsi', nav: 'nav.functions', text: 'home.explore.functions' },
  { href: '/data', nav: 'nav.data', text: 'home.explore.data' },
  { href: '/referensi', nav: 'nav.reference', text: 'home.explore.reference' },
];

/** Home: what the national registry holds, where it multiplies, and a search box. */
export function HomePage(props: { ctx: ViewCtx; data: Figures }) {
  const { ctx } = props;
  const { t } = ctx;
  const { figures: f, topFunctions, byKind } = props.data;
  const n = (x: number) => formatNumber(ctx.lang, x);
  const share = f.agencySpecific ? f.overlappingShared / f.agencySpecific : 0;
  const pct = `${Math.round(share * 100)}%`;
  const shareText = t('home.shareableText', { pct, n: n(f.overlappingShared), total: n(f.agencySpecific) });
  const maxKind = Math.max(1, ...byKind.map((k) => k.applications));
  return (
    <Layout ctx={ctx} title={t('home.title')} description={t('app.tagline')}>
      <div class="page-header">
        <h1>{t('home.title')}</h1>
        <p class="lead">{t('home.lead')}</p>
      </div>
      <search>
        <form class="searchbar" method="get" action="/aplikasi">
          <label class="visually-hidden" for="home-q">
            {t('home.searchLabel')}
          </label>
          <input
            id="home-q"
            type="search"
            name="q"
            placeholder={t('apps.searchPlaceholder')}
            maxlength={200}
          />
          <button type="submit">{t('home.search')}</button>
        </form>
      </search>

      <Section id="figures" title={t('home.figures')}>
        <div class="figures">
          <a class="figure" href="/aplikasi">
            <span class="n">{n(f.applications)}</span>
            <span class="l">{t('home.apps')}</span>
          </a>
          <a class="figure" href="/aplikasi-umum">
            <span class="n">{n(f.sharedApplications)}</span>
            <span class="l">{t('home.shared')}</span>
          </a>
          <a class="figure" href="/instansi">
            <span class="n">{n(f.agenciesWithApplications)}</span>
            <span class="l">{t('home.agencies', { total: n(f.agencies) })}</span>
          </a>
          <div class="figure">
            <span class="n">{n(f.apis)}</span>
            <span class="l">{t('home.apis', { splp: n(f.splpApis) })}</span>
          </div>
          <a class="figure" href="/fungsi">
            <span class="n">{n(f.functions)}</span>
            <span class="l">{t('home.functions')}</span>
          </a>
          <a class="figure" href="/data">
            <span class="n">{n(f.dataEntities)}</span>
            <span class="l">{t('home.dataEntities')}</span>
          </a>
        </div>
      </Section>

      <Section id="shareable" title={t('home.shareable')}>
        {f.agencySpecific ? (
          <>
            <div class="shareable">
              <span class="pct" aria-hidden="true">
                {pct}
              </span>
              {/* The sentence below says the same in words; the bar is decoration for sighted readers. */}
              <div class="meter" aria-hidden="true">
                <span style={`width:${(share * 100).toFixed(1)}%`} />
              </div>
            </div>
            <p>
              <strong>{shareText}</strong> {t('home.shareableNote')}
            </p>
          </>
        ) : (
          <p class="empty">{t('home.shareableNone')}</p>
        )}
      </Section>

      <div class="grid-2">
        <Section id="top-functions" title={t('home.topFunctions')} lead={t('home.topFunctionsLead')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('home.function')}</th>
                <th scope="col" class="num">
                  {t('home.appCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {topFunctions.map((fn) => (
                <tr>
                  <td>
                    <a href={`/fungsi/${fn.code}`}>{ctx.lang === 'en' ? fn.titleEn : fn.title}</a>{' '}
                    {fn.shared ? <Badge kind="shared">{t('category.umum')}</Badge> : null}
                  </td>
                  <td class="num">{n(fn.applications)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
        <Section id="by-kind" title={t('home.byKind')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('home.kind')}</th>
                <th scope="col" class="num" colspan={2}>
                  {t('home.appCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {byKind.map((k) => (
                <tr>
                  <td>
                    <a href={`/aplikasi?agencyKind=${k.kind}`}>{t(`kind.${k.kind}` as MessageKey)}</a>
                  </td>
                  <td class="bar">
                    <div class="meter" aria-hidden="true">
                      <span style={`width:${((k.applications / maxKind) * 100).toFixed(1)}%`} />
                    </div>
                  </td>
                  <td class="num">{n(k.applications)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      </div>

      <Section id="explore" title={t('home.explore')}>
        <ul class="explore">
          {EXPLORE.map((e) => (
            <li>
              <a href={e.href}>{t(e.nav)}</a>
              <span>{t(e.text)}</span>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="open-data" title={t('home.openData')}>
        <p>{t('home.openDataLead')}</p>
        <ul class="explore">
          {OPEN_DATA.map((d) => (
            <li>
              <span>{t(d.text)}</span>{' '}
              <a href={`/api/v1/export/${d.file}.csv`} download>
                CSV
              </a>{' '}
              <a href={`/api/v1/export/${d.file}.ndjson`}>NDJSON</a>
            </li>
          ))}
          <li>
            <a href="/api/v1/dcat">{t('home.openData.dcat')}</a>
          </li>
          <li>
            <a href="/api/v1/openapi.json">{t('home.openData.docs')}</a>
          </li>
        </ul>
      </Section>
    </Layout>
  );
}

import { formatNumber, type MessageKey } from '../../src/i18n';
import type { homeFigures } from '../../src/services/catalogue';
import { Badge } from '../components/ui';
import type { ViewCtx } from '../context';
import { Layout } from '../layout';

type Figures = Awaited<ReturnType<typeof homeFigures>>;

/** Home: what the national registry holds, where it multiplies, and a search box. */
export function HomePage(props: { ctx: ViewCtx; data: Figures }) {
  const { ctx } = props;
  const { t } = ctx;
  const { figures: f, topFunctions, byKind } = props.data;
  const n = (x: number) => formatNumber(ctx.lang, x);
  const share = f.agencySpecific ? f.overlappingShared / f.agencySpecific : 0;
  const pct = `${Math.round(share * 100)}%`;
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

      <section aria-labelledby="figures">
        <h2 id="figures">{t('home.figures')}</h2>
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
      </section>

      <section aria-labelledby="shareable">
        <h2 id="shareable">{t('home.shareable')}</h2>
        <div class="meter" role="img" aria-label={pct}>
          <span style={`width:${(share * 100).toFixed(1)}%`} />
        </div>
        <p>
          <strong>
            {t('home.shareableText', { pct, n: n(f.overlappingShared), total: n(f.agencySpecific) })}
          </strong>{' '}
          {t('home.shareableNote')}
        </p>
      </section>

      <div class="grid-2">
        <section aria-labelledby="top-functions">
          <h2 id="top-functions">{t('home.topFunctions')}</h2>
          <p class="lead">{t('home.topFunctionsLead')}</p>
          <table>
            <tbody>
              {topFunctions.map((fn) => (
                <tr>
                  <td>
                    <a href={`/fungsi/${fn.code}`}>{ctx.lang === 'en' ? fn.titleEn : fn.title}</a>{' '}
                    {fn.shared ? <Badge kind="shared">{t('category.umum')}</Badge> : null}
                  </td>
                  <td class="num">{t('functions.apps', { n: n(fn.applications) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="by-kind">
          <h2 id="by-kind">{t('home.byKind')}</h2>
          <table>
            <tbody>
              {byKind.map((k) => (
                <tr>
                  <td>
                    <a href={`/aplikasi?agencyKind=${k.kind}`}>{t(`kind.${k.kind}` as MessageKey)}</a>
                  </td>
                  <td class="bar">
                    <div class="meter">
                      <span style={`width:${((k.applications / maxKind) * 100).toFixed(1)}%`} />
                    </div>
                  </td>
                  <td class="num">{n(k.applications)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </Layout>
  );
}

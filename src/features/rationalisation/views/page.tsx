import { Badge, PageHeader, percent } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import { formatNumber, type MessageKey } from '../../../kernel/i18n';
import type { RationalisationQuery } from '../schemas';
import type { clusterDetail, NationalPicture } from '../service';
import { Bars, barsHeight, Chart, Legend, Treemap } from './charts';

const AGENCY_KINDS = ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'] as const;

/** Rupiah in words people read: "Rp 1,2 triliun", "Rp 350 miliar". */
export function rupiah(ctx: ViewCtx, n: number): string {
  const f = (x: number) =>
    new Intl.NumberFormat(ctx.lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(x);
  if (n >= 1e12) return ctx.t('rat.rp.t', { x: f(n / 1e12) });
  if (n >= 1e9) return ctx.t('rat.rp.b', { x: f(n / 1e9) });
  if (n >= 1e6) return ctx.t('rat.rp.m', { x: f(n / 1e6) });
  return ctx.t('rat.rp', { x: formatNumber(ctx.lang, n) });
}

/** "28 November 2026 17.05" in UTC, as the job stores it. */
function utc(ctx: ViewCtx, at: Date) {
  return at.toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
}

/** The time the picture was computed, or that it never was. */
export function ComputedNote(props: { ctx: ViewCtx; at: Date | null; apps?: number; ms?: number }) {
  const { ctx } = props;
  if (!props.at) return <p class="notice">{ctx.t('rat.notComputed')}</p>;
  return (
    <p class="muted">
      <time datetime={props.at.toISOString()}>
        {props.apps !== undefined
          ? ctx.t('rat.computed', {
              time: utc(ctx, props.at),
              n: formatNumber(ctx.lang, props.apps),
              s: formatNumber(ctx.lang, Math.round((props.ms ?? 0) / 100) / 10),
            })
          : utc(ctx, props.at)}
      </time>
    </p>
  );
}

const withLang = (ctx: ViewCtx, href: string) =>
  ctx.lang === 'en' ? `${href}${href.includes('?') ? '&' : '?'}lang=en` : href;

/** `/rasionalisasi`: the national picture. */
export function RationalisationPage(props: {
  ctx: ViewCtx;
  data: NationalPicture;
  query: RationalisationQuery;
}) {
  const { ctx, data, query } = props;
  const { t } = ctx;
  const n = (x: number) => formatNumber(ctx.lang, x);
  const run = data.run;
  const s = run?.summary;
  const filterQs = new URLSearchParams(
    Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string'),
  ).toString();
  const csv = (name: string) =>
    withLang(ctx, `/rasionalisasi/${name}.csv${filterQs && name === 'klaster' ? `?${filterQs}` : ''}`);
  const fnTitle = (f: { title: string; titleEn: string }) => (ctx.lang === 'en' ? f.titleEn : f.title);
  const sectorTitle = (code: string | null) => {
    const sct = data.options.sectors.find((x) => x.code === code);
    return sct ? (ctx.lang === 'en' && sct.titleEn ? sct.titleEn : sct.title) : '';
  };
  const clusters = data.clusters.items;
  const functions = (s?.functions ?? []).slice(0, 12);
  const provinces = s?.provinces ?? [];
  const share = (covered: number, base: number) => (base ? covered / base : 0);
  return (
    <Layout ctx={ctx} title={t('rat.title')} description={t('rat.lead')}>
      <PageHeader title={t('rat.title')} lead={t('rat.lead')} />
      <ComputedNote ctx={ctx} at={run?.computedAt ?? null} apps={run?.applications} ms={run?.durationMs} />

      {s ? (
        <>
          <section aria-labelledby="coverage">
            <h2 id="coverage">{t('rat.coverage')}</h2>
            <div class="figures">
              <div class="figure">
                <span class="n">{percent(s.sharedCoverage.share)}</span>
                <span class="l">{t('rat.measuredLabel')}</span>
              </div>
              <div class="figure">
                <span class="n">65%</span>
                <span class="l">{t('rat.claimLabel')}</span>
              </div>
            </div>
            <p>
              <strong>
                {t('rat.coverageText', {
                  pct: percent(s.sharedCoverage.share),
                  covered: n(s.sharedCoverage.covered),
                  instances: n(s.sharedCoverage.instances),
                })}
              </strong>
            </p>
            <p>
              {t('rat.claim')} <Badge kind="warn">{t('confidence.V')}</Badge>
            </p>
            <p class="muted">{t('rat.claimCertainty')}</p>
            <details>
              <summary>{t('rat.method')}</summary>
              <p>{t('rat.methodCoverage')}</p>
              <p>{t('rat.methodClusters', { flag: String(s.method.mutualFlag) })}</p>
            </details>
          </section>

          <section aria-labelledby="clusters">
            <h2 id="clusters">{t('rat.clusters')}</h2>
            <p class="lead">
              {t('rat.clustersLead', { count: n(s.clusters.count), apps: n(s.clusters.applications) })}
            </p>
            <form
              method="get"
              action="/rasionalisasi#clusters"
              class="filters"
              style="flex-direction:row;flex-wrap:wrap;align-items:flex-end"
            >
              {ctx.lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
              <label style="max-width:100%">
                {t('rat.filterSector')}
                <select style="max-width:100%" name="sector">
                  <option value="">{t('rat.filterAll')}</option>
                  {data.options.sectors.map((o) => (
                    <option value={o.code} selected={query.sector === o.code}>
                      {o.code} {ctx.lang === 'en' && o.titleEn ? o.titleEn : o.title}
                    </option>
                  ))}
                </select>
              </label>
              <label style="max-width:100%">
                {t('rat.filterKind')}
                <select style="max-width:100%" name="kind">
                  <option value="">{t('rat.filterAll')}</option>
                  {AGENCY_KINDS.map((k) => (
                    <option value={k} selected={query.kind === k}>
                      {t(`kind.${k}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </label>
              <label style="max-width:100%">
                {t('rat.filterProvince')}
                <select style="max-width:100%" name="province">
                  <option value="">{t('rat.filterAll')}</option>
                  {data.options.provinces.map((p) => (
                    <option value={p.code} selected={query.province === p.code}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit">{t('rat.filterApply')}</button>
              {filterQs ? (
                <a href={withLang(ctx, '/rasionalisasi#clusters')}>{t('rat.filterReset')}</a>
              ) : null}
            </form>
            {clusters.length ? (
              <>
                <p class="result-count">
                  {t('rat.filtered', { shown: n(clusters.length), total: n(data.clusters.total) })}
                </p>
                <Chart
                  id="chart-clusters"
                  title={t('rat.chartClusters')}
                  desc={t('rat.chartClustersDesc', {
                    list: clusters
                      .map(
                        (c) =>
                          `${c.label}: ${n(c.size)}${c.national ? ` (${c.national.acronym ?? c.national.name})` : ''}`,
                      )
                      .join('; '),
                  })}
                  width={960}
                  height={420}
                  csvHref={csv('klaster')}
                  csvLabel={t('rat.csv')}
                >
                  <Treemap
                    width={960}
                    height={420}
                    countText={(v) => `${n(v)} ${t('rat.size').toLowerCase()}`}
                    tiles={clusters.map((c) => ({
                      label: c.label,
                      value: c.size,
                      covered: c.national !== null,
                      href: withLang(ctx, `/rasionalisasi/klaster/${c.id}`),
                    }))}
                  />
                </Chart>
                <Legend
                  items={[
                    { color: 'covered', label: t('rat.legendCovered') },
                    { color: 'open', label: t('rat.legendNotCovered') },
                  ]}
                />
                <div class="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('rat.cluster')}</th>
                        <th scope="col" class="num">
                          {t('rat.size')}
                        </th>
                        <th scope="col" class="num">
                          {t('rat.agencies')}
                        </th>
                        <th scope="col" class="num">
                          {t('rat.provinces')}
                        </th>
                        <th scope="col">{t('rat.national')}</th>
                        <th scope="col" class="num">
                          {t('rat.yearlyCost')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {clusters.map((c) => (
                        <tr>
                          <td>
                            <a href={withLang(ctx, `/rasionalisasi/klaster/${c.id}`)}>{c.label}</a>
                            {c.sector ? <div class="muted">{sectorTitle(c.sector)}</div> : null}
                          </td>
                          <td class="num">{n(c.size)}</td>
                          <td class="num">{n(c.agencies)}</td>
                          <td class="num">{n(c.provinces)}</td>
                          <td>
                            {c.national ? (
                              <a href={`/aplikasi/${c.national.id}`}>
                                {c.national.acronym ?? c.national.name}
                              </a>
                            ) : (
                              <span class="muted">{t('rat.noNational')}</span>
                            )}
                          </td>
                          <td class="num">{rupiah(ctx, c.yearlyCost)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ) : (
              <p class="empty">{t('rat.noClusters')}</p>
            )}
          </section>

          <section aria-labelledby="functions">
            <h2 id="functions">{t('rat.functions')}</h2>
            <p class="lead">{t('rat.functionsLead')}</p>
            <Chart
              id="chart-functions"
              title={t('rat.chartFunctions')}
              desc={t('rat.chartFunctionsDesc', {
                list: functions.map((f) => `${fnTitle(f)}: ${n(f.localApplications)}`).join('; '),
              })}
              width={560}
              height={barsHeight(functions.length)}
              csvHref={csv('fungsi')}
              csvLabel={t('rat.csv')}
            >
              <Bars
                width={560}
                bars={functions.map((f) => ({
                  label: fnTitle(f),
                  value: f.localApplications,
                  text: n(f.localApplications),
                }))}
              />
            </Chart>
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('rat.function')}</th>
                    <th scope="col" class="num">
                      {t('rat.localApps')}
                    </th>
                    <th scope="col">{t('rat.national')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(s.functions ?? []).slice(0, 20).map((f) => (
                    <tr>
                      <td>
                        <a href={`/fungsi/${f.code}`}>{fnTitle(f)}</a>
                      </td>
                      <td class="num">{n(f.localApplications)}</td>
                      <td>
                        {f.nationals.map((a, i) => (
                          <>
                            {i ? ', ' : ''}
                            <a href={`/aplikasi/${a.id}`}>{a.acronym ?? a.name}</a>
                          </>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="savings">
            <h2 id="savings">{t('rat.savings')}</h2>
            <div class="figures">
              <div class="figure">
                <span class="n">{rupiah(ctx, s.savings.estimatedYearlyCost)}</span>
                <span class="l">{t('rat.yearlyCost')}</span>
              </div>
            </div>
            <p>
              <strong>
                {t('rat.savingsText', {
                  amount: rupiah(ctx, s.savings.estimatedYearlyCost),
                  n: n(s.savings.coveredApplications),
                })}
              </strong>
            </p>
            <h3>{t('rat.assumptions')}</h3>
            <ul>
              <li>{t('rat.assumeCovered', { pct: percent(s.method.coveredMin) })}</li>
              <li>
                {t('rat.assumeReported', {
                  reporting: n(s.savings.coveredReportingCost),
                  covered: n(s.savings.coveredApplications),
                  amount: rupiah(ctx, s.savings.reportedYearlyCost),
                })}
              </li>
              <li>{t('rat.assumeMedian', { amount: rupiah(ctx, s.savings.medianYearlyCost) })}</li>
              <li>{t('rat.assumeShare', { pct: percent(s.savings.reportingShare) })}</li>
              <li>{t('rat.assumeGross')}</li>
            </ul>
          </section>

          <section aria-labelledby="provinces">
            <h2 id="provinces">{t('rat.byProvince')}</h2>
            <Chart
              id="chart-provinces"
              title={t('rat.chartProvinces')}
              desc={t('rat.chartProvincesDesc', {
                list: provinces
                  .map(
                    (p) =>
                      `${p.code ? p.name : t('rat.central')}: ${percent(share(p.covered, p.withFunctions))}`,
                  )
                  .join('; '),
              })}
              width={560}
              height={barsHeight(provinces.length)}
              csvHref={csv('provinsi')}
              csvLabel={t('rat.csv')}
            >
              <Bars
                width={560}
                max={1}
                bars={provinces.map((p) => ({
                  label: p.code ? p.name : t('rat.central'),
                  value: share(p.covered, p.withFunctions),
                  text: percent(share(p.covered, p.withFunctions)),
                }))}
              />
            </Chart>
            <AreaTable
              ctx={ctx}
              rows={provinces.map((p) => ({
                ...p,
                label: p.code ? p.name : t('rat.central'),
                href: p.code ? `/instansi/${p.code}` : null,
              }))}
            />
          </section>

          <section aria-labelledby="agencies">
            <h2 id="agencies">{t('rat.byAgency')}</h2>
            <p class="lead">
              {t('rat.byAgencyLead', { shown: n(Math.min(25, s.agencies.length)) })}{' '}
              <a href={csv('instansi')}>{t('rat.csv')}</a>
            </p>
            <AreaTable
              ctx={ctx}
              rows={s.agencies
                .slice(0, 25)
                .map((a) => ({ ...a, label: a.name, href: `/instansi/${a.code}` }))}
            />
          </section>
        </>
      ) : null}
    </Layout>
  );
}

function AreaTable(props: {
  ctx: ViewCtx;
  rows: {
    label: string;
    href: string | null;
    applications: number;
    withFunctions: number;
    covered: number;
    clusters: number;
  }[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  const n = (x: number) => formatNumber(ctx.lang, x);
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('rat.agency')}</th>
            <th scope="col" class="num">
              {t('rat.size')}
            </th>
            <th scope="col" class="num">
              {t('rat.coveredShare')}
            </th>
            <th scope="col" class="num">
              {t('rat.inClusters')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <td>{r.href ? <a href={withLang(ctx, r.href)}>{r.label}</a> : r.label}</td>
              <td class="num">{n(r.applications)}</td>
              <td class="num">{percent(r.withFunctions ? r.covered / r.withFunctions : 0)}</td>
              <td class="num">{n(r.clusters)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type ClusterDetail = Awaited<ReturnType<typeof clusterDetail>>;

/** `/rasionalisasi/klaster/{id}`: one cluster, its evidence and its applications. */
export function ClusterPage(props: { ctx: ViewCtx; data: ClusterDetail }) {
  const { ctx, data } = props;
  const { t } = ctx;
  const c = data.cluster;
  const n = (x: number) => formatNumber(ctx.lang, x);
  const covered = new Set(c.evidence.coveredFunctions);
  const title = t('rat.clusterTitle', { label: c.label });
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        lead={t('rat.clusterLead', { size: n(c.size), agencies: n(c.agencies), provinces: n(c.provinces) })}
        crumbs={[{ href: withLang(ctx, '/rasionalisasi'), label: t('rat.backToPicture') }]}
      />
      <ComputedNote ctx={ctx} at={data.computedAt} />
      <dl class="facts">
        <dt>{t('rat.national')}</dt>
        <dd>
          {c.national ? (
            <a href={`/aplikasi/${c.national.id}`}>{c.national.name}</a>
          ) : (
            <span class="muted">{t('rat.noNational')}</span>
          )}
        </dd>
        <dt>{t('rat.yearlyCost')}</dt>
        <dd>{rupiah(ctx, c.yearlyCost)}</dd>
      </dl>
      <h2>{t('rat.evidence')}</h2>
      <dl class="facts">
        <dt>{t('rat.reasons')}</dt>
        <dd>{c.evidence.reasons.map((r) => t(`rat.reason.${r}` as MessageKey)).join(', ')}</dd>
        <dt>{t('rat.meanScore')}</dt>
        <dd>{formatNumber(ctx.lang, c.evidence.meanScore)}</dd>
        <dt>{t('rat.commonFunctions')}</dt>
        <dd>
          <ul>
            {c.evidence.commonFunctions.map((f) => (
              <li>
                <a href={`/fungsi/${f.code}`}>{ctx.lang === 'en' ? f.titleEn : f.title}</a> —{' '}
                {t('rat.membersOf', { n: n(f.members), size: n(c.size) })}{' '}
                {covered.has(f.code) ? <Badge kind="shared">{t('rat.coveredBadge')}</Badge> : null}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <h2>{t('rat.size')}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('rat.application')}</th>
              <th scope="col">{t('rat.agency')}</th>
              <th scope="col" class="num">
                {t('rat.yearlyCost')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.members.map((m) => (
              <tr>
                <td>
                  <a href={withLang(ctx, `/aplikasi/${m.id}`)}>{m.name}</a>
                </td>
                <td>
                  <a href={withLang(ctx, `/instansi/${m.agencyCode}`)}>{m.agencyName}</a>
                </td>
                <td class="num">
                  {m.yearlyCost ? (
                    rupiah(ctx, m.yearlyCost)
                  ) : (
                    <span class="muted">{t('rat.notReported')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

import { Badge, percent } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { formatNumber } from '../../../kernel/i18n';
import type { AgencyPicture } from '../service';
import { ComputedNote, rupiah } from './page';

/**
 * The agency's own part of the national picture, on its page (`/instansi/{code}`): which of its
 * applications a national service covers, and the clusters it belongs to with the other
 * agencies in them — whom to talk to before building or renewing.
 */
export function AgencyRationalisation(props: { ctx: ViewCtx; data: AgencyPicture }) {
  const { ctx, data } = props;
  const { t } = ctx;
  const n = (x: number) => formatNumber(ctx.lang, x);
  const lang = ctx.lang === 'en' ? '?lang=en' : '';
  return (
    <section aria-labelledby="rationalisation">
      <h2 id="rationalisation">{t('rat.agencySection')}</h2>
      <ComputedNote ctx={ctx} at={data.computedAt} />
      <h3 id="covered">{t('rat.agencyCovered')}</h3>
      {data.covered.length ? (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('rat.application')}</th>
                <th scope="col">{t('rat.national')}</th>
                <th scope="col" class="num">
                  {t('rat.share')}
                </th>
                <th scope="col" class="num">
                  {t('rat.yearlyCost')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.covered.map((a) => (
                <tr>
                  <td>
                    <a href={`/aplikasi/${a.id}${lang}`}>{a.name}</a>
                  </td>
                  <td>
                    <a href={`/aplikasi/${a.nationalId}${lang}`}>{a.nationalAcronym ?? a.nationalName}</a>
                  </td>
                  <td class="num">{percent(a.share)}</td>
                  <td class="num">
                    {a.yearlyCost ? (
                      rupiah(ctx, a.yearlyCost)
                    ) : (
                      <span class="muted">{t('rat.notReported')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty">{t('rat.agencyCoveredNone')}</p>
      )}
      <h3 id="clusters">{t('rat.agencyClusters')}</h3>
      {data.clusters.length ? (
        <ul class="cards">
          {data.clusters.map((c) => {
            const others = c.agencies - 1 - c.peers.length;
            return (
              <li class="card">
                <h4 style="margin:0">
                  <a href={`/rasionalisasi/klaster/${c.id}${lang}`}>{c.label}</a>{' '}
                  {c.national ? <Badge kind="shared">{c.national.acronym ?? c.national.name}</Badge> : null}
                </h4>
                <p class="muted">
                  {t('rat.clusterLead', {
                    size: n(c.size),
                    agencies: n(c.agencies),
                    provinces: n(c.provinces),
                  })}
                </p>
                <p>
                  <strong>{t('rat.ownApps')}:</strong>{' '}
                  {c.own.map((a, i) => (
                    <>
                      {i ? ', ' : ''}
                      <a href={`/aplikasi/${a.id}${lang}`}>{a.name}</a>
                    </>
                  ))}
                </p>
                <p>
                  <strong>{t('rat.peers')}:</strong>{' '}
                  {c.peers.map((p, i) => (
                    <>
                      {i ? ', ' : ''}
                      <a href={`/instansi/${p.code}${lang}`}>{p.name}</a>
                    </>
                  ))}
                  {others > 0 ? ` ${t('rat.peersMore', { n: n(others) })}` : ''}
                </p>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="empty">{t('rat.agencyClustersNone')}</p>
      )}
    </section>
  );
}

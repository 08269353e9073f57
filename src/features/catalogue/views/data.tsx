import { SENSITIVITIES } from '../../../../db/schema/data';
import { ListingPage, PagedResults, SearchField, SelectField } from '../../../../views/components/filters';
import { Badge, PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import type { FieldError } from '../../../kernel/errors';
import { formatNumber, type MessageKey } from '../../../kernel/i18n';
import type { Page } from '../../../kernel/repo';
import type { DataEntityRow, ReferenceCodeRow } from '../repo/catalogue';
import type { dataEntityDetail } from '../service';
import { Bilingual, ReferenceCodeSelect, Section } from './components';

export interface DataListView {
  ctx: ViewCtx;
  values: Record<string, string>;
  result: Page<DataEntityRow> | null;
  errors: FieldError[];
}

const sensitivityKind = (s: string) => (s === 'terbuka' ? 'ok' : s === 'tertutup' ? 'shared' : 'warn');

export function DataResults(props: DataListView) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <PagedResults
      ctx={ctx}
      errors={props.errors}
      result={props.result}
      empty={t('data.empty')}
      render={(items) => (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('agencies.code')}</th>
              <th scope="col">{t('agencies.name')}</th>
              <th scope="col">{t('data.sensitivity')}</th>
              <th scope="col">{t('data.steward')}</th>
              <th scope="col" class="num">
                {t('data.masters')}
              </th>
              <th scope="col" class="num">
                {t('data.apis')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr>
                <td>
                  <code>{d.code}</code>
                </td>
                <td>
                  <a href={`/data/${d.code}`}>{ctx.lang === 'en' ? d.nameEn : d.name}</a>
                  {d.personalData ? (
                    <>
                      {' '}
                      <Badge kind="warn">{t('data.personal')}</Badge>
                    </>
                  ) : null}
                </td>
                <td>
                  <Badge kind={sensitivityKind(d.sensitivity)}>
                    {t(`sensitivity.${d.sensitivity}` as MessageKey)}
                  </Badge>
                </td>
                <td>{d.stewardCode ? <a href={`/instansi/${d.stewardCode}`}>{d.stewardName}</a> : '—'}</td>
                <td class="num">{formatNumber(ctx.lang, d.masters)}</td>
                <td class="num">{formatNumber(ctx.lang, d.apis)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}

export function DataListPage(props: DataListView & { parents: ReferenceCodeRow[] }) {
  const { ctx, values } = props;
  const { t } = ctx;
  return (
    <ListingPage
      ctx={ctx}
      title={t('data.title')}
      lead={t('data.lead')}
      action="/data"
      filters={
        <>
          <SearchField label={t('data.search')} value={values.q} />
          <SelectField
            ctx={ctx}
            name="sensitivity"
            label={t('data.sensitivity')}
            value={values.sensitivity}
            options={SENSITIVITIES.map((s) => ({ value: s, label: t(`sensitivity.${s}` as MessageKey) }))}
          />
          <ReferenceCodeSelect
            ctx={ctx}
            name="parent"
            label={t('functions.parent')}
            value={values.parent}
            codes={props.parents}
          />
        </>
      }
    >
      <DataResults {...props} />
    </ListingPage>
  );
}

type EntityDetail = Awaited<ReturnType<typeof dataEntityDetail>>;
type Holder = EntityDetail['holders'][number];

function HolderTable(props: { ctx: ViewCtx; holders: Holder[] }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('data.role')}</th>
          <th scope="col">{t('data.application')}</th>
          <th scope="col">{t('data.agency')}</th>
        </tr>
      </thead>
      <tbody>
        {props.holders.map((h) => (
          <tr>
            <td>
              <Badge kind={h.role === 'master' ? 'info' : 'muted'}>{t(`role.${h.role}` as MessageKey)}</Badge>
            </td>
            <td>
              <a href={`/aplikasi/${h.id}`}>
                {h.acronym && h.acronym !== h.name ? `${h.name} (${h.acronym})` : h.name}
              </a>{' '}
              {h.category === 'umum' ? <Badge kind="shared">{t('category.umum')}</Badge> : null}
            </td>
            <td>{h.agencyName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Who serves this data?": the master applications first, then producers and consumers, then APIs. */
export function DataEntityPage(props: { ctx: ViewCtx; detail: EntityDetail }) {
  const { ctx } = props;
  const { t } = ctx;
  const { entity: d, holders, apis } = props.detail;
  const name = ctx.lang === 'en' ? d.nameEn : d.name;
  const masters = holders.filter((h) => h.role === 'master');
  const others = holders.filter((h) => h.role !== 'master');
  return (
    <Layout ctx={ctx} title={name} description={d.description}>
      <PageHeader
        title={name}
        lead={d.description}
        crumbs={[
          { href: '/data', label: t('data.title') },
          { href: `/data?parent=${d.parentCode}`, label: `${d.parentCode} ${d.parentTitle}` },
        ]}
      />
      <dl class="facts">
        <dt>{t('agencies.code')}</dt>
        <dd>
          <code>{d.code}</code>
        </dd>
        <dt>{t('agencies.name')}</dt>
        <dd>
          <Bilingual ctx={ctx} id={d.name} en={d.nameEn} />
        </dd>
        <dt>{t('functions.parent')}</dt>
        <dd>
          <a href={`/data?parent=${d.parentCode}`}>
            <code>{d.parentCode}</code>
          </a>{' '}
          {d.parentTitle}
        </dd>
        <dt>{t('data.sensitivity')}</dt>
        <dd>
          <Badge kind={sensitivityKind(d.sensitivity)}>
            {t(`sensitivity.${d.sensitivity}` as MessageKey)}
          </Badge>
        </dd>
        <dt>{t('data.personal')}</dt>
        <dd>{d.personalData ? <Badge kind="warn">{t('common.yes')}</Badge> : t('common.no')}</dd>
        <dt>{t('data.kind')}</dt>
        <dd>{t(`dataKind.${d.dataKind}` as MessageKey) ?? d.dataKind}</dd>
        <dt>{t('data.steward')}</dt>
        <dd>{d.stewardCode ? <a href={`/instansi/${d.stewardCode}`}>{d.stewardName}</a> : '—'}</dd>
      </dl>
      <Section id="who-serves" title={t('data.whoServes')} lead={t('data.whoServesLead')}>
        {holders.length === 0 ? (
          <p class="empty">{t('data.noHolders')}</p>
        ) : (
          <>
            <h3>{t('data.masters')}</h3>
            {masters.length ? (
              <HolderTable ctx={ctx} holders={masters} />
            ) : (
              <p class="empty">{t('data.noMaster')}</p>
            )}
            {others.length ? (
              <>
                <h3>{t('data.others')}</h3>
                <HolderTable ctx={ctx} holders={others} />
              </>
            ) : null}
          </>
        )}
      </Section>
      <Section id="apis" title={t('data.exposedBy')}>
        {apis.length === 0 ? (
          <p class="empty">{t('data.noApis')}</p>
        ) : (
          <ul class="cards">
            {apis.map((p) => (
              <li>
                <a class="title" href={`/katalog-api/${p.id}`}>
                  {p.name}
                </a>
                <div class="meta">
                  <Badge kind="info">{p.protocol.toUpperCase()}</Badge>
                  <span>
                    {t('detail.access')}: {t(`access.${p.access}` as MessageKey) ?? p.access}
                  </span>
                  {p.splpPublished ? <Badge kind="ok">{t('detail.splp')}</Badge> : null}
                  <a href={`/aplikasi/${p.applicationId}`}>{p.applicationName}</a>
                  <span>· {p.agencyName}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Layout>
  );
}

import { AGENCY_KINDS } from '../../../../db/schema/agencies';
import { ListingPage, PagedResults, SearchField, SelectField } from '../../../../views/components/filters';
import { ConfidenceNote, PageHeader, Pagination, ResultCount } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import type { FieldError } from '../../../kernel/errors';
import { formatNumber, type MessageKey } from '../../../kernel/i18n';
import { may } from '../../../kernel/policy';
import type { Page } from '../../../kernel/repo';
import { AgencyRationalisation } from '../../rationalisation/views/agency';
import type { AgencyListItem, Province } from '../repo/agencies';
import type { agencyDetail } from '../service';
import { ApplicationCard } from './applications';

function AgencyTable(props: { ctx: ViewCtx; items: AgencyListItem[] }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('agencies.code')}</th>
          <th scope="col">{t('agencies.name')}</th>
          <th scope="col">{t('agencies.kind')}</th>
          <th scope="col" class="num">
            {t('agencies.applications')}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((a) => (
          <tr>
            <td>
              <code>{a.code}</code>
            </td>
            <td>
              <a href={`/instansi/${a.code}`}>{a.name}</a>
            </td>
            <td>{t(`kind.${a.kind}` as MessageKey)}</td>
            <td class="num">{formatNumber(ctx.lang, a.applications)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface AgencyListView {
  ctx: ViewCtx;
  values: Record<string, string>;
  result: Page<AgencyListItem> | null;
  errors: FieldError[];
  provinces: Province[];
}

export function AgencyResults(props: AgencyListView) {
  return (
    <PagedResults
      ctx={props.ctx}
      errors={props.errors}
      result={props.result}
      empty={props.ctx.t('agencies.empty')}
      render={(items) => <AgencyTable ctx={props.ctx} items={items} />}
    />
  );
}

export function AgencyListPage(props: AgencyListView) {
  const { ctx, values } = props;
  const { t } = ctx;
  return (
    <ListingPage
      ctx={ctx}
      title={t('agencies.title')}
      lead={t('agencies.lead')}
      action="/instansi"
      filters={
        <>
          <SearchField label={t('agencies.search')} value={values.q} />
          <SelectField
            ctx={ctx}
            name="kind"
            label={t('agencies.kind')}
            value={values.kind}
            options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}` as MessageKey) }))}
          />
          <SelectField
            ctx={ctx}
            name="province"
            label={t('apps.province')}
            value={values.province}
            options={props.provinces.map((p) => ({ value: p.code, label: p.name }))}
          />
        </>
      }
    >
      <AgencyResults {...props} />
    </ListingPage>
  );
}

type AgencyDetail = Awaited<ReturnType<typeof agencyDetail>>;

export function AgencyPage(props: { ctx: ViewCtx; detail: AgencyDetail }) {
  const { ctx } = props;
  const { t } = ctx;
  const { agency, applications, children } = props.detail;
  return (
    <Layout ctx={ctx} title={agency.name}>
      <PageHeader
        title={agency.name}
        crumbs={[
          { href: '/instansi', label: t('agencies.title') },
          ...(agency.parentCode
            ? [{ href: `/instansi/${agency.parentCode}`, label: agency.parentName ?? agency.parentCode }]
            : []),
        ]}
      />
      {may(ctx.user, 'agency.edit') ? (
        <p>
          <a class="button secondary" href={`/admin/instansi/${agency.code}/ubah`}>
            {ctx.t('catalogue.editAgency')}
          </a>
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t('agencies.code')}</dt>
        <dd>
          <code>{agency.code}</code>
        </dd>
        {agency.shortName && agency.shortName !== agency.name ? (
          <>
            <dt>{t('agencies.shortName')}</dt>
            <dd>{agency.shortName}</dd>
          </>
        ) : null}
        <dt>{t('agencies.kind')}</dt>
        <dd>{t(`kind.${agency.kind}` as MessageKey)}</dd>
        {agency.parentCode ? (
          <>
            <dt>{t('agencies.parent')}</dt>
            <dd>
              <a href={`/instansi/${agency.parentCode}`}>{agency.parentName ?? agency.parentCode}</a>
            </dd>
          </>
        ) : null}
        {agency.website ? (
          <>
            <dt>{t('agencies.website')}</dt>
            <dd>
              <a href={agency.website} rel="noopener">
                {agency.website}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t('agencies.applications')}</dt>
        <dd>
          {formatNumber(ctx.lang, applications.total)} ·{' '}
          <a href={`/aplikasi?agency=${encodeURIComponent(agency.code)}`}>{t('agencies.allApps')}</a>
        </dd>
        {children.length ? (
          <>
            <dt>{t('agencies.children')}</dt>
            <dd>
              <a href="#children">{formatNumber(ctx.lang, children.length)}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <ConfidenceNote ctx={ctx} confidence={null} note={agency.sourceNote} />
      <h2>{t('nav.applications')}</h2>
      {applications.total ? (
        <ResultCount
          ctx={ctx}
          page={applications.page}
          pageSize={applications.pageSize}
          total={applications.total}
        />
      ) : null}
      {applications.items.length ? (
        <ul class="cards">
          {applications.items.map((app) => (
            <ApplicationCard ctx={ctx} app={app} />
          ))}
        </ul>
      ) : (
        <p class="empty">{t('agencies.noApps')}</p>
      )}
      <Pagination
        ctx={ctx}
        page={applications.page}
        pageSize={applications.pageSize}
        total={applications.total}
      />
      {children.length ? (
        <>
          <h2 id="children">{t('agencies.children')}</h2>
          <AgencyTable ctx={ctx} items={children} />
        </>
      ) : null}
      {props.detail.rationalisation ? (
        <AgencyRationalisation ctx={ctx} data={props.detail.rationalisation} />
      ) : null}
    </Layout>
  );
}

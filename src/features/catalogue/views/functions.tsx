import { SHARED_FIELDS } from '../../../../db/schema/functions';
import { ListingPage, PagedResults, SearchField, SelectField } from '../../../../views/components/filters';
import { Badge, PageHeader, Pagination, ResultCount } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import type { FieldError } from '../../../kernel/errors';
import { formatNumber } from '../../../kernel/i18n';
import type { Page } from '../../../kernel/repo';
import type { ApplicationListItem } from '../repo/applications';
import type { FunctionRow, ReferenceCodeRow } from '../repo/catalogue';
import type { functionDetail } from '../service';
import { ApplicationCard } from './applications';
import { Bilingual, NationalAppCard, ReferenceCodeSelect, Section, sharedFieldLabel } from './components';

export interface FunctionListView {
  ctx: ViewCtx;
  values: Record<string, string>;
  result: Page<FunctionRow> | null;
  errors: FieldError[];
}

/** The field badge and the "served by a shared application" badge of a function. */
function Coverage(props: { ctx: ViewCtx; fn: FunctionRow }) {
  const { ctx, fn } = props;
  return (
    <>
      {fn.sharedField ? <Badge kind="info">{sharedFieldLabel(ctx, fn.sharedField)}</Badge> : null}{' '}
      {fn.sharedApplications ? <Badge kind="shared">{ctx.t('functions.coveredBy')}</Badge> : null}
    </>
  );
}

/** Functions grouped under their level-2 parent code (the list is ordered by code). */
export function FunctionResults(props: FunctionListView) {
  const { ctx } = props;
  const { t } = ctx;
  const grouped = (items: FunctionRow[]) => {
    const groups: { code: string; title: string; items: FunctionRow[] }[] = [];
    for (const f of items) {
      const last = groups[groups.length - 1];
      const title = ctx.lang === 'en' && f.parentTitleEn ? f.parentTitleEn : f.parentTitle;
      if (last?.code === f.parentCode) last.items.push(f);
      else groups.push({ code: f.parentCode, title, items: [f] });
    }
    return groups;
  };
  return (
    <PagedResults
      ctx={ctx}
      errors={props.errors}
      result={props.result}
      empty={t('functions.empty')}
      render={(items) => (
        // One table, so the columns line up across groups; each group is a <tbody> headed by
        // its parent function (a row header spanning the table).
        <div class="table-wrap">
          <table class="grouped">
            <thead>
              <tr>
                <th scope="col">{t('functions.code')}</th>
                <th scope="col">{t('functions.function')}</th>
                <th scope="col">{t('functions.coverage')}</th>
                <th scope="col" class="num">
                  {t('functions.appCount')}
                </th>
              </tr>
            </thead>
            {grouped(items).map((g) => (
              <tbody>
                <tr class="group-row">
                  <th scope="colgroup" colspan={4} id={`g-${g.code}`}>
                    <a href={`/fungsi?parent=${g.code}`}>
                      <code>{g.code}</code>
                    </a>{' '}
                    {g.title}
                  </th>
                </tr>
                {g.items.map((f) => (
                  <tr>
                    <td>
                      <code>{f.code}</code>
                    </td>
                    <td>
                      <a href={`/fungsi/${f.code}`}>{ctx.lang === 'en' ? f.titleEn : f.title}</a>
                      <br />
                      <small>{f.description}</small>
                    </td>
                    <td>
                      <Coverage ctx={ctx} fn={f} />
                    </td>
                    <td class="num">{formatNumber(ctx.lang, f.applications)}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    />
  );
}

export function FunctionListPage(props: FunctionListView & { parents: ReferenceCodeRow[] }) {
  const { ctx, values } = props;
  const { t } = ctx;
  return (
    <ListingPage
      ctx={ctx}
      title={t('functions.title')}
      lead={t('functions.lead')}
      action="/fungsi"
      filters={
        <>
          <SearchField label={t('functions.search')} value={values.q} />
          <SelectField
            ctx={ctx}
            name="sharedField"
            label={t('functions.sharedField')}
            value={values.sharedField}
            options={SHARED_FIELDS.map((f) => ({ value: f, label: sharedFieldLabel(ctx, f) }))}
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
      <FunctionResults {...props} />
    </ListingPage>
  );
}

type FunctionDetail = Awaited<ReturnType<typeof functionDetail>>;

/**
 * One function: what it is, where it sits, and who performs it — the shared applications first,
 * since using one of them is the answer this page exists to give.
 */
export function FunctionPage(props: { ctx: ViewCtx; detail: FunctionDetail; shared: ApplicationListItem[] }) {
  const { ctx, shared } = props;
  const { t } = ctx;
  const { function: f, applications } = props.detail;
  const title = ctx.lang === 'en' ? f.titleEn : f.title;
  const parentTitle = ctx.lang === 'en' && f.parentTitleEn ? f.parentTitleEn : f.parentTitle;
  return (
    <Layout ctx={ctx} title={title} description={f.description}>
      <PageHeader
        title={title}
        lead={f.description}
        crumbs={[
          { href: '/fungsi', label: t('functions.title') },
          { href: `/fungsi?parent=${f.parentCode}`, label: `${f.parentCode} ${parentTitle}` },
        ]}
      />
      <dl class="facts">
        <dt>{t('functions.code')}</dt>
        <dd>
          <code>{f.code}</code>
        </dd>
        <dt>{t('functions.function')}</dt>
        <dd>
          <Bilingual ctx={ctx} id={f.title} en={f.titleEn} />
        </dd>
        <dt>{t('functions.parent')}</dt>
        <dd>
          <a href={`/fungsi?parent=${f.parentCode}`}>
            <code>{f.parentCode}</code>
          </a>{' '}
          <Bilingual ctx={ctx} id={f.parentTitle} en={f.parentTitleEn} />
        </dd>
        {f.sharedField || f.sharedApplications ? (
          <>
            <dt>{t('functions.coverage')}</dt>
            <dd>
              <Coverage ctx={ctx} fn={f} />
            </dd>
          </>
        ) : null}
        <dt>{t('functions.appCount')}</dt>
        <dd>
          {formatNumber(ctx.lang, applications.total)} ·{' '}
          <a href={`/aplikasi?function=${f.code}`}>{t('functions.inList')}</a>
        </dd>
      </dl>
      {shared.length ? (
        <Section id="shared-apps" title={t('functions.sharedApps')} lead={t('functions.sharedAppsLead')}>
          <ul class="cards shared">
            {shared.map((app) => (
              <NationalAppCard ctx={ctx} app={app} />
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="all-apps" title={t('functions.allApps')}>
        {applications.total ? (
          <ResultCount
            ctx={ctx}
            page={applications.page}
            pageSize={applications.pageSize}
            total={applications.total}
          />
        ) : (
          <p class="empty">{t('functions.noApps')}</p>
        )}
        <ul class="cards">
          {applications.items.map((app) => (
            <ApplicationCard ctx={ctx} app={app} />
          ))}
        </ul>
        <Pagination
          ctx={ctx}
          page={applications.page}
          pageSize={applications.pageSize}
          total={applications.total}
        />
      </Section>
    </Layout>
  );
}

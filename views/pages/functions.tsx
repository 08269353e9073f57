import { SHARED_FIELDS } from '../../db/schema/functions';
import type { FieldIssue } from '../../src/errors';
import { formatNumber } from '../../src/i18n';
import type { FunctionRow } from '../../src/repo/catalogue';
import type { Page } from '../../src/repo/util';
import type { functionDetail } from '../../src/services/catalogue';
import { FilterForm, Results, SearchField, SelectField } from '../components/filters';
import { Badge, PageHeader, Pagination, ResultCount } from '../components/ui';
import type { ViewCtx } from '../context';
import { Layout } from '../layout';
import { ApplicationCard } from './applications';

const FIELD_LABELS: Record<(typeof SHARED_FIELDS)[number], [string, string]> = {
  perencanaan: ['Perencanaan', 'Planning'],
  penganggaran: ['Penganggaran', 'Budgeting'],
  pengadaan: ['Pengadaan barang/jasa', 'Procurement'],
  akuntabilitas_kinerja: ['Akuntabilitas kinerja', 'Performance accountability'],
  pemantauan_evaluasi: ['Pemantauan dan evaluasi', 'Monitoring and evaluation'],
  kearsipan: ['Kearsipan', 'Archives'],
  kepegawaian: ['Kepegawaian', 'Personnel'],
  pengaduan: ['Pengaduan pelayanan publik', 'Public complaints'],
};

export const sharedFieldLabel = (ctx: ViewCtx, field: string) =>
  FIELD_LABELS[field as keyof typeof FIELD_LABELS]?.[ctx.lang === 'id' ? 0 : 1] ?? field;

export interface FunctionListView {
  ctx: ViewCtx;
  values: Record<string, string>;
  result: Page<FunctionRow> | null;
  errors: FieldIssue[];
}

/** Functions grouped under their level-2 parent code. */
export function FunctionResults(props: FunctionListView) {
  const { ctx, result } = props;
  const { t } = ctx;
  const groups: { code: string; title: string; items: FunctionRow[] }[] = [];
  for (const f of result?.items ?? []) {
    const last = groups[groups.length - 1];
    const title = ctx.lang === 'en' && f.parentTitleEn ? f.parentTitleEn : f.parentTitle;
    if (last?.code === f.parentCode) last.items.push(f);
    else groups.push({ code: f.parentCode, title, items: [f] });
  }
  return (
    <Results ctx={ctx} errors={props.errors}>
      {result ? (
        <>
          <ResultCount ctx={ctx} page={result.page} pageSize={result.pageSize} total={result.total} />
          {groups.length === 0 ? <p class="empty">{t('functions.empty')}</p> : null}
          {groups.map((g) => (
            <section>
              <h2 class="group-title">
                <code>{g.code}</code> {g.title}
              </h2>
              <table>
                <tbody>
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
                        {f.sharedField ? (
                          <Badge kind="info">{sharedFieldLabel(ctx, f.sharedField)}</Badge>
                        ) : null}{' '}
                        {f.sharedApplications ? (
                          <Badge kind="shared">{t('functions.coveredBy')}</Badge>
                        ) : null}
                      </td>
                      <td class="num">
                        {t('functions.apps', { n: formatNumber(ctx.lang, f.applications) })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          <Pagination ctx={ctx} page={result.page} pageSize={result.pageSize} total={result.total} />
        </>
      ) : null}
    </Results>
  );
}

export function FunctionListPage(props: FunctionListView) {
  const { ctx, values } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('functions.title')}>
      <PageHeader title={t('functions.title')} lead={t('functions.lead')} />
      <div class="layout-filters">
        <FilterForm ctx={ctx} action="/fungsi">
          <SearchField label={t('functions.search')} value={values.q} />
          <SelectField
            ctx={ctx}
            name="sharedField"
            label={t('functions.sharedField')}
            value={values.sharedField}
            options={SHARED_FIELDS.map((f) => ({ value: f, label: sharedFieldLabel(ctx, f) }))}
          />
          <label>
            {t('functions.parent')}
            <input
              type="text"
              name="parent"
              value={values.parent ?? ''}
              placeholder="RAB.09.06"
              maxlength={12}
            />
          </label>
        </FilterForm>
        <FunctionResults {...props} />
      </div>
    </Layout>
  );
}

type FunctionDetail = Awaited<ReturnType<typeof functionDetail>>;

export function FunctionPage(props: { ctx: ViewCtx; detail: FunctionDetail }) {
  const { ctx } = props;
  const { t } = ctx;
  const { function: f, applications } = props.detail;
  const title = ctx.lang === 'en' ? f.titleEn : f.title;
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        lead={f.description}
        crumbs={[
          { href: '/fungsi', label: t('functions.title') },
          { href: `/fungsi?parent=${f.parentCode}`, label: `${f.parentCode} ${f.parentTitle}` },
        ]}
      />
      <p class="meta">
        <code>{f.code}</code>{' '}
        {f.sharedField ? <Badge kind="info">{sharedFieldLabel(ctx, f.sharedField)}</Badge> : null}{' '}
        {f.sharedApplications ? <Badge kind="shared">{t('functions.coveredBy')}</Badge> : null}
      </p>
      <h2>{t('functions.performedBy')}</h2>
      <ResultCount
        ctx={ctx}
        page={applications.page}
        pageSize={applications.pageSize}
        total={applications.total}
      />
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
    </Layout>
  );
}

import { AGENCY_KINDS } from '../../../../db/schema/agencies';
import { CATEGORIES, PUBLIC_STATUSES } from '../../../../db/schema/applications';
import {
  ListingPage,
  PagedResults,
  SearchField,
  SelectField,
  TextField,
} from '../../../../views/components/filters';
import { Badge } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import type { FieldError } from '../../../kernel/errors';
import type { MessageKey } from '../../../kernel/i18n';
import type { Page } from '../../../kernel/repo';
import type { Province } from '../repo/agencies';
import type { ApplicationListItem } from '../repo/applications';
import type { ReferenceCodeRow } from '../repo/catalogue';
import { SORTS } from '../schemas';

export interface ApplicationListView {
  ctx: ViewCtx;
  /** The raw filter values as typed (kept in the form even when invalid). */
  values: Record<string, string>;
  result: Page<ApplicationListItem> | null;
  errors: FieldError[];
  provinces: Province[];
  sectors: ReferenceCodeRow[];
}

/** One application in a result list. */
export function ApplicationCard(props: { ctx: ViewCtx; app: ApplicationListItem }) {
  const { ctx, app } = props;
  return (
    <li>
      <a class="title" href={`/aplikasi/${app.id}`}>
        {app.name}
        {app.acronym && app.acronym !== app.name ? ` (${app.acronym})` : ''}
      </a>
      <div class="meta">
        {app.category === 'umum' ? <Badge kind="shared">{ctx.t('category.umum')}</Badge> : null}
        {app.status !== 'active' ? <Badge>{ctx.t(`status.${app.status}` as MessageKey)}</Badge> : null}
        <a href={`/instansi/${app.agencyCode}`}>{app.agencyName}</a>
        <span>· {ctx.t(`kind.${app.agencyKind}` as MessageKey)}</span>
      </div>
      {app.summary ? <p>{app.summary.length >= 220 ? `${app.summary.trimEnd()}…` : app.summary}</p> : null}
    </li>
  );
}

/** The result region htmx swaps when filters change. */
export function ApplicationResults(props: ApplicationListView) {
  const { ctx } = props;
  return (
    <PagedResults
      ctx={ctx}
      errors={props.errors}
      result={props.result}
      empty={ctx.t('apps.empty')}
      render={(items) => (
        <ul class="cards">
          {items.map((app) => (
            <ApplicationCard ctx={ctx} app={app} />
          ))}
        </ul>
      )}
    />
  );
}

/** The applications list: search, filters kept in the URL, paginated results. */
export function ApplicationListPage(props: ApplicationListView) {
  const { ctx, values } = props;
  const t = ctx.t;
  const sectorOptions = props.sectors
    .filter((s) => s.level <= 2)
    .map((s) => ({
      value: s.code,
      label: `${s.level === 2 ? '\u00a0\u00a0' : ''}${s.code} ${ctx.lang === 'en' && s.titleEn ? s.titleEn : s.title}`,
    }));
  return (
    <ListingPage
      ctx={ctx}
      title={t('apps.title')}
      lead={t('apps.lead')}
      action="/aplikasi"
      filters={
        <>
          <SearchField label={t('apps.search')} value={values.q} placeholder={t('apps.searchPlaceholder')} />
          <SelectField
            ctx={ctx}
            name="category"
            label={t('apps.category')}
            value={values.category}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}` as MessageKey) }))}
          />
          <SelectField
            ctx={ctx}
            name="agencyKind"
            label={t('apps.agencyKind')}
            value={values.agencyKind}
            options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}` as MessageKey) }))}
          />
          <SelectField
            ctx={ctx}
            name="province"
            label={t('apps.province')}
            value={values.province}
            options={props.provinces.map((p) => ({ value: p.code, label: p.name }))}
          />
          <SelectField
            ctx={ctx}
            name="sector"
            label={t('apps.sector')}
            value={values.sector}
            options={sectorOptions}
          />
          <SelectField
            ctx={ctx}
            name="status"
            label={t('apps.status')}
            value={values.status}
            options={PUBLIC_STATUSES.map((s) => ({ value: s, label: t(`status.${s}` as MessageKey) }))}
          />
          <TextField
            label={t('apps.agency')}
            name="agency"
            value={values.agency}
            placeholder="35.07, BKN"
            maxlength={30}
          />
          <TextField
            label={t('apps.function')}
            name="function"
            value={values.function}
            placeholder="RAB.09.06.01"
            maxlength={20}
          />
          <SelectField
            ctx={ctx}
            name="sort"
            label={t('apps.sort')}
            value={values.sort}
            options={SORTS.map((s) => ({ value: s, label: t(`apps.sort.${s}` as MessageKey) }))}
          />
        </>
      }
    >
      <ApplicationResults {...props} />
    </ListingPage>
  );
}

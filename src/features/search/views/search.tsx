import { AGENCY_KINDS } from '../../../../db/schema/agencies';
import { API_ACCESS, PROTOCOLS } from '../../../../db/schema/apis';
import { PUBLIC_STATUSES } from '../../../../db/schema/applications';
import { SearchField, SelectField, TextField } from '../../../../views/components/filters';
import {
  Badge,
  ErrorSummary,
  PageHeader,
  Pagination,
  ResultCount,
  withQuery,
} from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import { SEARCH_TYPES, type SearchType, type Segment } from '../../../domain/search';
import type { FieldError } from '../../../kernel/errors';
import { formatNumber, type MessageKey } from '../../../kernel/i18n';
import { MATCHES_EXAMINED, type SearchItem, type SearchResult } from '../service';

export interface SearchView {
  ctx: ViewCtx;
  /** The raw query values as typed (kept in the form even when invalid). */
  values: Record<string, string>;
  /** Null when nothing was asked yet, or the input was refused. */
  result: SearchResult | null;
  errors: FieldError[];
}

const typeLabel = (ty: SearchType): MessageKey => `search.type.${ty}`;
const typeBadge = (ty: SearchType): MessageKey => `search.badge.${ty}`;
const PROTOCOL_LABELS: Record<string, string> = {
  rest: 'REST',
  soap: 'SOAP',
  graphql: 'GraphQL',
  event: 'Event',
  file: 'File',
};

/** Text with the matched words in `<mark>`; every piece is escaped by JSX. */
export function Marked(props: { pieces: Segment[] }) {
  return <>{props.pieces.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

function Hit(props: { ctx: ViewCtx; item: SearchItem }) {
  const { ctx, item } = props;
  const t = ctx.t;
  return (
    <li class={`hit hit-${item.type}`}>
      <div class="meta">
        <Badge kind="info">{ctx.t(typeBadge(item.type))}</Badge>
        {item.code ? <code>{item.code}</code> : null}
        {item.protocol ? <Badge>{PROTOCOL_LABELS[item.protocol] ?? item.protocol}</Badge> : null}
        {item.splpPublished ? <Badge kind="ok">SPLP</Badge> : null}
        {item.access === 'publik' ? <Badge kind="shared">{ctx.t('search.public')}</Badge> : null}
        {item.category === 'umum' ? (
          <Badge kind="shared">{t('category.umum')}</Badge>
        ) : item.national ? (
          <Badge kind="shared">{t('search.national')}</Badge>
        ) : null}
        {item.status && item.status !== 'active' ? (
          <Badge>{t(`status.${item.status}` as MessageKey)}</Badge>
        ) : null}
      </div>
      <a class="title" href={item.href}>
        <Marked pieces={item.title} />
      </a>
      {item.subtitle ? (
        <div class="meta">
          {item.type === 'operation' ? (
            <code>
              <Marked pieces={item.subtitle} />
            </code>
          ) : (
            <Marked pieces={item.subtitle} />
          )}
        </div>
      ) : null}
      {item.snippet.length ? (
        <p>
          <Marked pieces={item.snippet} />
        </p>
      ) : null}
      {item.agency || item.application ? (
        <div class="meta">
          {item.api && item.type === 'operation' ? (
            <span>
              <a href={`/katalog-api/${item.api.id}`}>{item.api.name}</a> ·{' '}
            </span>
          ) : null}
          {item.application ? (
            <span>
              <a href={`/aplikasi/${item.application.id}`}>
                {item.application.acronym ?? item.application.name}
              </a>{' '}
              ·{' '}
            </span>
          ) : null}
          {item.agency ? <a href={`/instansi/${item.agency.code}`}>{item.agency.name}</a> : null}
        </div>
      ) : null}
    </li>
  );
}

/** "Jenis: Aplikasi (12) · API (3)": each value a link that narrows the search (no JavaScript). */
function FacetLine(props: {
  ctx: ViewCtx;
  name: string;
  label: string;
  values: { value: string; label: string | null; count: number }[];
  current: string | undefined;
  show?: (value: string, label: string | null) => string;
}) {
  const { ctx } = props;
  if (!props.values.length && !props.current) return null;
  const n = (x: number) => formatNumber(ctx.lang, x);
  return (
    <li>
      <strong>{props.label}:</strong>{' '}
      {props.current ? (
        <>
          <span aria-current="true">
            {props.show?.(
              props.current,
              props.values.find((v) => v.value === props.current)?.label ?? null,
            ) ?? props.current}
          </span>{' '}
          <a href={withQuery(ctx.url, { [props.name]: undefined, page: undefined })}>
            {ctx.t('search.remove')}
          </a>
        </>
      ) : (
        props.values.map((v, i) => (
          <>
            {i > 0 ? ' · ' : ''}
            <a href={withQuery(ctx.url, { [props.name]: v.value, page: undefined })}>
              {props.show?.(v.value, v.label) ?? v.label ?? v.value}
            </a>{' '}
            ({n(v.count)})
          </>
        ))
      )}
    </li>
  );
}

/** The swapped region: errors, kinds with counts, the hits, the facet counts, pages. */
export function SearchResults(props: SearchView) {
  const { ctx, result, values } = props;
  const t = ctx.t;
  const n = (x: number) => formatNumber(ctx.lang, x);
  return (
    <section id="results" aria-live="polite">
      <ErrorSummary title={t('error.invalid')} errors={props.errors} />
      {!result && !props.errors.length ? (
        <div class="notice">
          <p>{t('search.prompt')}</p>
        </div>
      ) : null}
      {result ? (
        <>
          <nav class="type-tabs" aria-label={ctx.t('search.kinds')}>
            <a
              href={withQuery(ctx.url, { type: undefined, page: undefined })}
              aria-current={values.type ? undefined : 'page'}
            >
              {ctx.t('search.all')}
            </a>
            {SEARCH_TYPES.filter((ty) => result.types.includes(ty)).map((ty) => (
              <>
                {' · '}
                <a
                  href={withQuery(ctx.url, { type: ty, page: undefined })}
                  aria-current={values.type === ty ? 'page' : undefined}
                >
                  {t(typeLabel(ty))} ({n(result.facets.type.find((f) => f.value === ty)?.count ?? 0)})
                </a>
              </>
            ))}
          </nav>
          {result.correctedQuery ? (
            <p class="hint" role="status">
              {t('search.corrected', { typed: values.q ?? '', corrected: result.correctedQuery })}
            </p>
          ) : null}
          <ResultCount ctx={ctx} page={result.page} pageSize={result.pageSize} total={result.total} />
          {result.capped ? <p class="hint">{t('search.capped', { n: n(MATCHES_EXAMINED) })}</p> : null}
          {result.items.length ? (
            <ol class="cards">
              {result.items.map((item) => (
                <Hit ctx={ctx} item={item} />
              ))}
            </ol>
          ) : (
            <p class="empty">{ctx.t('search.nothing')}</p>
          )}
          <Pagination ctx={ctx} page={result.page} pageSize={result.pageSize} total={result.total} />
          <Facets {...props} result={result} />
        </>
      ) : null}
    </section>
  );
}

function Facets(props: SearchView & { result: SearchResult }) {
  const { ctx, result, values } = props;
  const t = ctx.t;
  const f = result.facets;
  return (
    <section class="facets" aria-label={ctx.t('search.breakdownLabel')}>
      <h2>{ctx.t('search.breakdown')}</h2>
      <ul class="fields">
        <FacetLine
          ctx={ctx}
          name="protocol"
          label={ctx.t('search.protocol')}
          values={f.protocol}
          current={values.protocol}
          show={(v) => PROTOCOL_LABELS[v] ?? v}
        />
        <FacetLine
          ctx={ctx}
          name="access"
          label={ctx.t('search.access')}
          values={f.access}
          current={values.access}
          show={(v) => (v === 'publik' ? ctx.t('search.public') : ctx.t('search.restricted'))}
        />
        <FacetLine
          ctx={ctx}
          name="splp"
          label={ctx.t('search.splp')}
          values={f.splp}
          current={values.splp}
          show={(v) => (v === 'true' ? t('common.yes') : t('common.no'))}
        />
        <FacetLine
          ctx={ctx}
          name="agencyKind"
          label={t('apps.agencyKind')}
          values={f.agencyKind}
          current={values.agencyKind}
          show={(v) => t(`kind.${v}` as MessageKey)}
        />
        <FacetLine
          ctx={ctx}
          name="status"
          label={t('apps.status')}
          values={f.status}
          current={values.status}
          show={(v) => t(`status.${v}` as MessageKey)}
        />
        <FacetLine
          ctx={ctx}
          name="agency"
          label={ctx.t('search.agency')}
          values={f.agency}
          current={result.filters.agency?.code}
          show={(v, label) => label ?? (v === result.filters.agency?.code ? result.filters.agency.name : v)}
        />
        <FacetLine
          ctx={ctx}
          name="dataEntity"
          label={ctx.t('search.dataEntity')}
          values={f.dataEntity}
          current={result.filters.dataEntity?.code}
          show={(v, label) =>
            label ?? (v === result.filters.dataEntity?.code ? result.filters.dataEntity.name : v)
          }
        />
        <FacetLine
          ctx={ctx}
          name="function"
          label={ctx.t('search.function')}
          values={f.function}
          current={result.filters.function?.code}
          show={(v, label) =>
            label ?? (v === result.filters.function?.code ? result.filters.function.title : v)
          }
        />
      </ul>
      <p class="hint">{t('search.countedOverTop')}</p>
    </section>
  );
}

/** `/cari`: the search form beside the results; the form is a plain GET, htmx refreshes as you type. */
export function SearchPage(props: SearchView) {
  const { ctx, values } = props;
  const t = ctx.t;
  const title = ctx.t('search.title');
  return (
    <Layout ctx={ctx} title={values.q ? `${values.q} · ${title}` : title}>
      <PageHeader title={title} lead={t('search.lead')} />
      <div class="layout-filters">
        <search>
          <form
            class="filters"
            method="get"
            action="/cari"
            aria-label={ctx.t('search.formLabel')}
            hx-get="/cari"
            hx-target="#results"
            hx-select="#results"
            hx-swap="outerHTML"
            hx-push-url="true"
            // A newer keystroke replaces a request still in flight, so the last one typed wins.
            hx-sync="this:replace"
            hx-trigger="input changed delay:250ms from:find input[type=search], change from:(form.filters select), change from:(form.filters input[type=text]), submit"
          >
            <SearchField
              label={ctx.t('search.words')}
              value={values.q}
              placeholder={t('search.placeholder')}
            />
            <SelectField
              ctx={ctx}
              name="type"
              label={ctx.t('search.kind')}
              value={values.type}
              options={SEARCH_TYPES.map((ty) => ({ value: ty, label: t(typeLabel(ty)) }))}
            />
            <SelectField
              ctx={ctx}
              name="protocol"
              label={ctx.t('search.apiProtocol')}
              value={values.protocol}
              options={PROTOCOLS.map((p) => ({ value: p, label: PROTOCOL_LABELS[p] ?? p }))}
            />
            <SelectField
              ctx={ctx}
              name="access"
              label={ctx.t('search.apiAccess')}
              value={values.access}
              options={API_ACCESS.map((a) => ({
                value: a,
                label: a === 'publik' ? ctx.t('search.public') : ctx.t('search.restricted'),
              }))}
            />
            <SelectField
              ctx={ctx}
              name="splp"
              label={ctx.t('search.splp')}
              value={values.splp}
              options={[
                { value: 'true', label: t('common.yes') },
                { value: 'false', label: t('common.no') },
              ]}
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
              label={ctx.t('search.dataEntityCode')}
              name="dataEntity"
              value={values.dataEntity}
              placeholder="RAD.09.06.01"
              maxlength={20}
            />
            <TextField
              label={t('apps.function')}
              name="function"
              value={values.function}
              placeholder="RAB.09.06.01"
              maxlength={20}
            />
            <div>
              <button type="submit">{ctx.t('search.submit')}</button> <a href="/cari">{t('apps.reset')}</a>
            </div>
          </form>
        </search>
        <SearchResults {...props} />
      </div>
    </Layout>
  );
}

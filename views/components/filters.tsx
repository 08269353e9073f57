import type { Child } from 'hono/jsx';
import type { FieldError } from '../../src/kernel/errors';
import type { Page } from '../../src/kernel/repo';
import type { ViewCtx } from '../context';
import { Layout } from '../layout';
import { ErrorSummary, PageHeader, Pagination, ResultCount } from './ui';

/** A short free-text filter (a code), kept in the form as typed. */
export function TextField(props: {
  label: string;
  name: string;
  value: string | undefined;
  placeholder: string;
  maxlength: number;
}) {
  return (
    <label>
      {props.label}
      <input
        type="text"
        name={props.name}
        value={props.value ?? ''}
        placeholder={props.placeholder}
        maxlength={props.maxlength}
      />
    </label>
  );
}

/** A GET filter form that also refreshes `#results` through htmx as the user types or picks. */
export function FilterForm(props: { ctx: ViewCtx; action: string; children: Child }) {
  return (
    <form
      class="filters"
      method="get"
      action={props.action}
      aria-label={props.ctx.t('common.filter')}
      hx-get={props.action}
      hx-target="#results"
      hx-select="#results"
      hx-swap="outerHTML"
      hx-push-url="true"
      // `from:find select` would bind only the first select (htmx's `find` is querySelector);
      // a plain selector binds every select of the filter form.
      hx-trigger="input changed delay:300ms from:find input[type=search], change from:(form.filters select), submit"
    >
      {props.children}
      <div>
        <button type="submit">{props.ctx.t('apps.apply')}</button>{' '}
        <a href={props.action}>{props.ctx.t('apps.reset')}</a>
      </div>
    </form>
  );
}

export function SearchField(props: {
  label: string;
  value: string | undefined;
  name?: string;
  placeholder?: string;
}) {
  return (
    <label>
      {props.label}
      <input
        type="search"
        name={props.name ?? 'q'}
        value={props.value ?? ''}
        placeholder={props.placeholder}
        maxlength={200}
        autocomplete="off"
      />
    </label>
  );
}

export function SelectField(props: {
  ctx: ViewCtx;
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <label>
      {props.label}
      <select name={props.name}>
        <option value="">{props.ctx.t('common.any')}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The swapped result region: field errors (for a bad filter) or the results. */
export function Results(props: { ctx: ViewCtx; errors: FieldError[]; children: Child }) {
  return (
    <section id="results" aria-live="polite">
      <ErrorSummary title={props.ctx.t('error.invalid')} errors={props.errors} />
      {props.children}
    </section>
  );
}

/**
 * One page of results in the swapped region: the count, the rows (or a polite empty line) and
 * the pagination, or only the field errors when the filters were refused.
 */
export function PagedResults<T>(props: {
  ctx: ViewCtx;
  errors: FieldError[];
  result: Page<T> | null;
  empty: string;
  render: (items: T[]) => Child;
}) {
  const { ctx, result } = props;
  return (
    <Results ctx={ctx} errors={props.errors}>
      {result ? (
        <>
          <ResultCount ctx={ctx} page={result.page} pageSize={result.pageSize} total={result.total} />
          {result.items.length ? props.render(result.items) : <p class="empty">{props.empty}</p>}
          <Pagination ctx={ctx} page={result.page} pageSize={result.pageSize} total={result.total} />
        </>
      ) : null}
    </Results>
  );
}

/** A list page: heading, the filter form beside the results. */
export function ListingPage(props: {
  ctx: ViewCtx;
  title: string;
  lead: string;
  action: string;
  filters: Child;
  children: Child;
}) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <PageHeader title={props.title} lead={props.lead} />
      <div class="layout-filters">
        <FilterForm ctx={props.ctx} action={props.action}>
          {props.filters}
        </FilterForm>
        {props.children}
      </div>
    </Layout>
  );
}

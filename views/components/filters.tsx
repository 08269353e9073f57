import type { Child } from 'hono/jsx';
import type { FieldIssue } from '../../src/errors';
import type { ViewCtx } from '../context';
import { ErrorSummary } from './ui';

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
export function Results(props: { ctx: ViewCtx; errors: FieldIssue[]; children: Child }) {
  return (
    <section id="results" aria-live="polite">
      <ErrorSummary title={props.ctx.t('error.invalid')} errors={props.errors} />
      {props.children}
    </section>
  );
}

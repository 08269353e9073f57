import type { Child } from 'hono/jsx';
import type { FieldChange } from '../../src/domain/diff';
import type { FieldError } from '../../src/kernel/errors';
import type { ViewCtx } from '../context';

/** The messages for one field (exact name or its sub-fields, e.g. `functions.2`). */
export function errorsFor(errors: FieldError[], field: string): string[] {
  return errors.filter((e) => e.field === field || e.field.startsWith(`${field}.`)).map((e) => e.message);
}

function FieldErrors(props: { id: string; messages: string[] }) {
  if (!props.messages.length) return null;
  return (
    <span class="field-error" id={props.id}>
      {props.messages.join('; ')}
    </span>
  );
}

/** A labelled input with its error next to it (linked by aria-describedby). */
export function Input(props: {
  label: string;
  name: string;
  value?: string | number | null;
  errors: FieldError[];
  type?: string;
  required?: boolean;
  maxlength?: number;
  hint?: string;
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'url' | 'tel' | 'text';
}) {
  const messages = errorsFor(props.errors, props.name);
  const errId = `${props.name}-error`;
  return (
    <label class="form-field">
      <span>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </span>
      <input
        type={props.type ?? 'text'}
        name={props.name}
        value={props.value === null || props.value === undefined ? '' : String(props.value)}
        required={props.required}
        maxlength={props.maxlength}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        aria-invalid={messages.length ? 'true' : undefined}
        aria-describedby={messages.length ? errId : undefined}
      />
      {props.hint ? <small class="hint">{props.hint}</small> : null}
      <FieldErrors id={errId} messages={messages} />
    </label>
  );
}

export function TextArea(props: {
  label: string;
  name: string;
  value?: string | null;
  errors: FieldError[];
  rows?: number;
  maxlength?: number;
  hint?: string;
}) {
  const messages = errorsFor(props.errors, props.name);
  const errId = `${props.name}-error`;
  return (
    <label class="form-field">
      <span>{props.label}</span>
      <textarea
        name={props.name}
        rows={props.rows ?? 4}
        maxlength={props.maxlength}
        aria-invalid={messages.length ? 'true' : undefined}
        aria-describedby={messages.length ? errId : undefined}
      >
        {props.value ?? ''}
      </textarea>
      {props.hint ? <small class="hint">{props.hint}</small> : null}
      <FieldErrors id={errId} messages={messages} />
    </label>
  );
}

export function Select(props: {
  label: string;
  name: string;
  value?: string | null;
  errors: FieldError[];
  options: { value: string; label: string }[];
  empty?: string;
  required?: boolean;
}) {
  const messages = errorsFor(props.errors, props.name);
  const errId = `${props.name}-error`;
  return (
    <label class="form-field">
      <span>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </span>
      <select
        name={props.name}
        required={props.required}
        aria-invalid={messages.length ? 'true' : undefined}
        aria-describedby={messages.length ? errId : undefined}
      >
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === (props.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={errId} messages={messages} />
    </label>
  );
}

export function Fieldset(props: { legend: string; children: Child; hint?: string; errors?: string[] }) {
  return (
    <fieldset class="form-group">
      <legend>{props.legend}</legend>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      {props.errors?.length ? <p class="field-error">{props.errors.join('; ')}</p> : null}
      {props.children}
    </fieldset>
  );
}

/** A notice above a form: saved, or the conflict message with what changed meanwhile. */
export function Notice(props: { kind: 'ok' | 'warn' | 'error'; children: Child }) {
  return (
    <div class={`notice ${props.kind}`} role={props.kind === 'ok' ? 'status' : 'alert'}>
      {props.children}
    </div>
  );
}

/**
 * A stale save: what others changed since the version the person started from, field by field;
 * their input stays in the form below, now on top of the latest version.
 */
export function ConflictNotice(props: { ctx: ViewCtx; message: string; changes: FieldChange[] }) {
  const { ctx } = props;
  return (
    <Notice kind="warn">
      <p>
        <strong>{props.message}</strong>
      </p>
      {props.changes.length ? (
        <>
          <p>{ctx.t('form.changedMeanwhile')}</p>
          <ul class="changes">
            {props.changes.map((ch) => (
              <li>
                <code>{ch.field}</code>:{' '}
                {ch.added || ch.removed ? (
                  <>
                    {ch.added?.length ? `+ ${ch.added.join(', ')} ` : ''}
                    {ch.removed?.length ? `− ${ch.removed.join(', ')}` : ''}
                  </>
                ) : (
                  <>
                    <del>{String(ch.before ?? '—')}</del> → <ins>{String(ch.after ?? '—')}</ins>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{ctx.t('form.inputKept')}</p>
    </Notice>
  );
}

/** One choice of a checkbox list. */
export interface CheckboxItem {
  value: string;
  label: string;
  /** A code or note shown after the label, smaller. */
  note?: string;
}

/**
 * Several choices as checkboxes in a scrolling box, optionally grouped, instead of a multiple
 * select (which needs Ctrl/Cmd, impossible on a phone). With JavaScript a filter field narrows
 * the list as one types; without it the box is still a plain list of checkboxes.
 */
export function CheckboxList(props: {
  ctx: ViewCtx;
  name: string;
  /** What the list chooses (names the group for screen readers). */
  label: string;
  groups: { label?: string; items: CheckboxItem[] }[];
  chosen: readonly string[];
}) {
  const { ctx } = props;
  const chosen = new Set(props.chosen);
  return (
    <div class="checklist" data-checklist>
      <label class="checklist-filter" data-js-only hidden>
        <span>{ctx.t('form.filterList')}</span>
        <input type="search" data-filter autocomplete="off" />
      </label>
      <fieldset class="checklist-box">
        <legend class="visually-hidden">{props.label}</legend>
        {props.groups.map((g) => (
          <div class="checklist-group">
            {g.label ? <p class="checklist-title">{g.label}</p> : null}
            {g.items.map((i) => (
              <label class="check">
                <input type="checkbox" name={props.name} value={i.value} checked={chosen.has(i.value)} />
                <span>
                  {i.label} {i.note ? <small class="alt-code">{i.note}</small> : null}
                </span>
              </label>
            ))}
          </div>
        ))}
      </fieldset>
    </div>
  );
}

import { API_ACCESS, API_AUTH, PROTOCOLS } from '../../../../db/schema/apis';
import { DATA_ROLES, HOSTINGS, RELATION_KINDS } from '../../../../db/schema/applications';
import {
  CheckboxList,
  ConflictNotice,
  errorsFor,
  Fieldset,
  Input,
  Select,
  TextArea,
} from '../../../../views/components/form';
import { ErrorSummary, PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { CsrfField, Layout } from '../../../../views/layout';
import type { FieldChange } from '../../../domain/diff';
import type { FieldError } from '../../../kernel/errors';
import type { MessageKey } from '../../../kernel/i18n';
import { may } from '../../../kernel/policy';
import type { DataEntityRow, FunctionRow, ReferenceCodeRow } from '../../catalogue/service';

/** What the application form shows: the values as typed (or stored), as strings. */
export interface AppFormValues {
  agency: string;
  unit: string;
  name: string;
  acronym: string;
  description: string;
  category: string;
  raa: string;
  status: string;
  hosting: string;
  url: string;
  repositoryUrl: string;
  licence: string;
  yearlyCost: string;
  launchYear: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  functions: string[];
  dataEntities: { code: string; role: string }[];
  consumedApis: string[];
  relations: { application: string; kind: string }[];
  version: string;
}

export interface AppFormOptions {
  functions: FunctionRow[];
  dataEntities: DataEntityRow[];
  raa: ReferenceCodeRow[];
}

export const DATA_ROLE_LABELS: Record<(typeof DATA_ROLES)[number], MessageKey> = {
  master: 'registry.dataRole.master',
  producer: 'registry.dataRole.producer',
  consumer: 'registry.dataRole.consumer',
};

const RELATION_LABELS: Record<(typeof RELATION_KINDS)[number], MessageKey> = {
  integrates_with: 'registry.relation.integrates_with',
  depends_on: 'registry.relation.depends_on',
  replaces: 'registry.relation.replaces',
  part_of: 'registry.relation.part_of',
};

/** One chosen function: a checked checkbox, so unticking removes it (works without JavaScript). */
export function ChosenFunction(props: {
  ctx: ViewCtx;
  fn: { code: string; title: string; titleEn?: string };
}) {
  const { ctx, fn } = props;
  return (
    <li>
      <label>
        <input type="checkbox" name="functions" value={fn.code} checked /> <code>{fn.code}</code>{' '}
        {ctx.lang === 'en' && fn.titleEn ? fn.titleEn : fn.title}
      </label>
    </li>
  );
}

/** Typeahead results: each a button that adds the function to the chosen list (htmx). */
export function FunctionOptions(props: { ctx: ViewCtx; q: string; items: FunctionRow[] }) {
  const { ctx } = props;
  if (!props.q) return <ul id="function-results" class="picker-results" />;
  return (
    <ul id="function-results" class="picker-results" aria-live="polite">
      {props.items.length === 0 ? (
        <li class="empty">{ctx.t('functions.empty')}</li>
      ) : (
        props.items.map((f) => (
          <li>
            <button
              type="button"
              class="option"
              hx-get={`/fungsi/pilih/${f.code}`}
              hx-target="#chosen-functions"
              hx-swap="beforeend"
            >
              <code>{f.code}</code> {ctx.lang === 'en' ? f.titleEn : f.title} <small>· {f.parentTitle}</small>
            </button>
          </li>
        ))
      )}
    </ul>
  );
}

export function DataRow(props: { ctx: ViewCtx; options: DataEntityRow[]; code: string; dataRole: string }) {
  const { ctx } = props;
  return (
    <li class="row">
      <select name="de_code" aria-label={ctx.t('registry.dataEntity')}>
        <option value="">{ctx.t('registry.chooseADataEntity')}</option>
        {props.options.map((d) => (
          <option value={d.code} selected={d.code === props.code}>
            {d.code} · {ctx.lang === 'en' ? d.nameEn : d.name}
          </option>
        ))}
      </select>
      <select name="de_role" aria-label={ctx.t('data.role')}>
        {DATA_ROLES.map((r) => (
          <option value={r} selected={r === (props.dataRole || 'consumer')}>
            {ctx.t(DATA_ROLE_LABELS[r])}
          </option>
        ))}
      </select>
    </li>
  );
}

function RelationRow(props: { ctx: ViewCtx; application: string; kind: string }) {
  const { ctx } = props;
  return (
    <li class="row">
      <select name="rel_kind" aria-label={ctx.t('registry.relationKind')}>
        {RELATION_KINDS.map((k) => (
          <option value={k} selected={k === (props.kind || 'integrates_with')}>
            {ctx.t(RELATION_LABELS[k])}
          </option>
        ))}
      </select>
      <input
        type="text"
        name="rel_app"
        value={props.application}
        placeholder={ctx.t('registry.choose.appPlaceholder')}
        aria-label={ctx.t('registry.targetApplicationId')}
        autocomplete="off"
        list="choices-app"
        hx-get="/pilihan/aplikasi"
        hx-trigger="input changed delay:250ms"
        hx-target="#choices-app"
        hx-swap="innerHTML"
        hx-sync="this:replace"
      />
    </li>
  );
}

const blanks = (n: number) => Array.from({ length: n }, () => null);

/** Registering (no id) or editing an application: every field of the model, errors beside each. */
export function ApplicationFormPage(props: {
  ctx: ViewCtx;
  id?: number;
  values: AppFormValues;
  options: AppFormOptions;
  errors: FieldError[];
  conflict?: { message: string; changes: FieldChange[] };
}) {
  const { ctx, values: v, options, errors } = props;
  const editing = props.id !== undefined;
  const title = editing
    ? ctx.t('registry.editApplication', { name: v.name })
    : ctx.t('registry.registerAnApplication');
  const action = editing ? `/aplikasi/${props.id}/ubah` : '/aplikasi/baru';
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[
          { href: '/saya', label: ctx.t('registry.myApplications') },
          ...(editing ? [{ href: `/aplikasi/${props.id}`, label: v.name }] : []),
        ]}
        lead={ctx.t('registry.fieldsMarkedAreRequiredPick')}
      />
      {props.conflict ? <ConflictNotice ctx={ctx} {...props.conflict} /> : null}
      <ErrorSummary title={ctx.t('error.invalid')} errors={errors} />
      <form method="post" action={action} class="stack app-form" id="app-form">
        <CsrfField ctx={ctx} />
        {editing ? <input type="hidden" name="version" value={v.version} /> : null}
        <Fieldset legend={ctx.t('registry.identity')}>
          {may(ctx.user, 'application.chooseOwner') ? (
            <Input
              label={ctx.t('registry.ownerAgencyCode')}
              name="agency"
              value={v.agency}
              errors={errors}
              required
              hint={ctx.t('registry.eGBknOr35')}
            />
          ) : (
            <p>
              {ctx.t('registry.ownerAgency')}: <strong>{ctx.user?.agencyName ?? '—'}</strong>
              {errorsFor(errors, 'agency').length ? (
                <span class="field-error"> {errorsFor(errors, 'agency').join('; ')}</span>
              ) : null}
            </p>
          )}
          <Input
            label={ctx.t('check.name')}
            name="name"
            value={v.name}
            errors={errors}
            required
            maxlength={200}
          />
          <Input
            label={ctx.t('registry.acronym')}
            name="acronym"
            value={v.acronym}
            errors={errors}
            maxlength={40}
          />
          <Input
            label={ctx.t('registry.managingUnit')}
            name="unit"
            value={v.unit}
            errors={errors}
            maxlength={200}
          />
          <TextArea
            label={ctx.t('registry.description')}
            name="description"
            value={v.description}
            errors={errors}
            maxlength={5000}
            rows={5}
          />
          {may(ctx.user, 'application.chooseCategory') ? (
            <Select
              label={ctx.t('detail.category')}
              name="category"
              value={v.category}
              errors={errors}
              options={[
                { value: 'khusus', label: ctx.t('registry.agencySpecific') },
                { value: 'umum', label: ctx.t('registry.sharedNational') },
              ]}
            />
          ) : (
            <input type="hidden" name="category" value={v.category || 'khusus'} />
          )}
          <Select
            label={ctx.t('registry.raaCodeApplicationArchitecture')}
            name="raa"
            value={v.raa}
            errors={errors}
            empty="—"
            options={options.raa.map((r) => ({
              value: r.code,
              label: `${r.code} · ${ctx.lang === 'en' && r.titleEn ? r.titleEn : r.title}`,
            }))}
          />
          {editing ? null : (
            <Select
              label={ctx.t('registry.initialStatus')}
              name="status"
              value={v.status}
              errors={errors}
              options={[
                { value: 'draft', label: ctx.t('registry.draftNotYetPublished') },
                {
                  value: 'active',
                  label: ctx.t('registry.activeAlreadyRunningInventory'),
                },
              ]}
            />
          )}
        </Fieldset>

        <FunctionPicker ctx={ctx} chosen={v.functions} options={options.functions} errors={errors} />
        <DataRows ctx={ctx} rows={v.dataEntities} options={options.dataEntities} errors={errors} />

        <Fieldset
          legend={ctx.t('registry.relationsToOtherApplications')}
          hint={ctx.t('registry.choose.hint')}
          errors={errorsFor(errors, 'relations')}
        >
          <datalist id="choices-app" />
          <ul class="rows">
            {v.relations.map((r) => (
              <RelationRow ctx={ctx} application={r.application} kind={r.kind} />
            ))}
            {blanks(2).map(() => (
              <RelationRow ctx={ctx} application="" kind="" />
            ))}
          </ul>
        </Fieldset>

        <Fieldset
          legend={ctx.t('registry.apisConsumed')}
          hint={ctx.t('registry.choose.hint')}
          errors={errorsFor(errors, 'consumedApis')}
        >
          <datalist id="choices-api" />
          <ul class="rows">
            {[...v.consumedApis, '', ''].map((id) => (
              <li class="row">
                <input
                  type="text"
                  name="consumedApis"
                  value={id}
                  placeholder={ctx.t('registry.choose.apiPlaceholder')}
                  aria-label={ctx.t('registry.apiId')}
                  autocomplete="off"
                  list="choices-api"
                  hx-get="/pilihan/api"
                  hx-trigger="input changed delay:250ms"
                  hx-target="#choices-api"
                  hx-swap="innerHTML"
                  hx-sync="this:replace"
                />
              </li>
            ))}
          </ul>
        </Fieldset>

        <Fieldset legend={ctx.t('registry.operations')}>
          <Select
            label="Hosting"
            name="hosting"
            value={v.hosting}
            errors={errors}
            empty="—"
            options={HOSTINGS.map((h) => ({ value: h, label: ctx.t(`hosting.${h}`) }))}
          />
          <Input label="URL" name="url" type="url" value={v.url} errors={errors} />
          <Input
            label={ctx.t('registry.codeRepositoryUrl')}
            name="repositoryUrl"
            type="url"
            value={v.repositoryUrl}
            errors={errors}
          />
          <Input
            label={ctx.t('detail.licence')}
            name="licence"
            value={v.licence}
            errors={errors}
            maxlength={100}
          />
          <Input
            label={ctx.t('registry.yearlyCostIdr')}
            name="yearlyCost"
            value={v.yearlyCost}
            errors={errors}
            inputmode="numeric"
          />
          <Input
            label={ctx.t('registry.launchYear')}
            name="launchYear"
            value={v.launchYear}
            errors={errors}
            inputmode="numeric"
          />
        </Fieldset>

        <Fieldset legend={ctx.t('detail.contact')}>
          <Input label={ctx.t('agencies.name')} name="contactName" value={v.contactName} errors={errors} />
          <Input
            label={ctx.t('registry.eMail')}
            name="contactEmail"
            type="email"
            value={v.contactEmail}
            errors={errors}
          />
          <Input label={ctx.t('registry.phone')} name="contactPhone" value={v.contactPhone} errors={errors} />
        </Fieldset>

        <p class="actions">
          <button type="submit">
            {editing ? ctx.t('registry.saveChanges') : ctx.t('registry.register')}
          </button>{' '}
          <a href={editing ? `/aplikasi/${props.id}` : '/saya'}>{ctx.t('registry.cancel')}</a>
        </p>
      </form>
    </Layout>
  );
}

function groupByParent(fns: FunctionRow[]): [string, FunctionRow[]][] {
  const groups = new Map<string, FunctionRow[]>();
  for (const f of fns) {
    const key = `${f.parentCode} · ${f.parentTitle}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return [...groups.entries()];
}

export const API_LABELS = { PROTOCOLS, API_ACCESS, API_AUTH };

/**
 * The function picker: chosen functions as checkboxes; with JavaScript a typeahead (htmx) that
 * adds to them, keyboard-usable; without it a list of checkboxes grouped by level-2 code.
 */
export function FunctionPicker(props: {
  ctx: ViewCtx;
  chosen: string[];
  options: FunctionRow[];
  errors: FieldError[];
}) {
  const { ctx } = props;
  const fnByCode = new Map(props.options.map((f) => [f.code, f]));
  return (
    <Fieldset
      legend={ctx.t('check.functions')}
      hint={ctx.t('registry.typeToSearchFunctionsChoose')}
      errors={errorsFor(props.errors, 'functions')}
    >
      <ul id="chosen-functions" class="chosen">
        {props.chosen.map((code) => {
          const f = fnByCode.get(code);
          return <ChosenFunction ctx={ctx} fn={f ?? { code, title: ctx.t('registry.unknownCode') }} />;
        })}
      </ul>
      <div class="picker" data-js-only hidden>
        <label>
          <span>{ctx.t('functions.search')}</span>
          <input
            type="search"
            name="fq"
            autocomplete="off"
            placeholder={ctx.t('registry.eGPersonnelOfficialLetters')}
            hx-get="/fungsi/pilih"
            hx-trigger="input changed delay:250ms, search"
            hx-target="#function-results"
            hx-swap="outerHTML"
            hx-include="this"
          />
        </label>
        <ul id="function-results" class="picker-results" />
      </div>
      <noscript>
        <p>{ctx.t('form.addFunctions')}</p>
        <CheckboxList
          ctx={ctx}
          name="functions"
          label={ctx.t('form.addFunctions')}
          groups={groupByParent(props.options).map(([parent, fns]) => ({
            label: parent,
            items: fns.map((f) => ({
              value: f.code,
              label: ctx.lang === 'en' ? f.titleEn : f.title,
              note: f.code,
            })),
          }))}
          chosen={[]}
        />
      </noscript>
      <p>
        <a href="/fungsi/usul">{ctx.t('registry.missingAFunctionProposeA')}</a>
      </p>
    </Fieldset>
  );
}

/** Data entity rows (entity + role), the current ones and three blank. */
export function DataRows(props: {
  ctx: ViewCtx;
  rows: { code: string; role: string }[];
  options: DataEntityRow[];
  errors: FieldError[];
}) {
  const { ctx } = props;
  return (
    <Fieldset
      legend={ctx.t('registry.dataEntitiesAndTheirRole')}
      hint={ctx.t('registry.masterAuthoritativeSourceProducerProduces')}
      errors={errorsFor(props.errors, 'dataEntities')}
    >
      <ul class="rows" id="data-rows">
        {props.rows.map((d) => (
          <DataRow ctx={ctx} options={props.options} code={d.code} dataRole={d.role} />
        ))}
        {blanks(3).map(() => (
          <DataRow ctx={ctx} options={props.options} code="" dataRole="consumer" />
        ))}
      </ul>
    </Fieldset>
  );
}

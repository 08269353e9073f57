import { API_ACCESS, API_AUTH, PROTOCOLS } from '../../../../db/schema/apis';
import { DATA_ROLES, HOSTINGS, RELATION_KINDS } from '../../../../db/schema/applications';
import {
  ConflictNotice,
  errorsFor,
  Fieldset,
  Input,
  Select,
  TextArea,
} from '../../../../views/components/form';
import { ErrorSummary, PageHeader } from '../../../../views/components/ui';
import { L, type ViewCtx } from '../../../../views/context';
import { CsrfField, Layout } from '../../../../views/layout';
import type { FieldChange } from '../../../domain/diff';
import type { FieldError } from '../../../kernel/errors';
import type { DataEntityRow, FunctionRow, ReferenceCodeRow } from '../../catalogue/repo/catalogue';

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

export const DATA_ROLE_LABELS = {
  master: ['master (sumber utama)', 'master (authoritative source)'],
  producer: ['produsen', 'producer'],
  consumer: ['konsumen', 'consumer'],
} as const;

const RELATION_LABELS: Record<(typeof RELATION_KINDS)[number], [string, string]> = {
  integrates_with: ['terintegrasi dengan', 'integrates with'],
  depends_on: ['bergantung pada', 'depends on'],
  replaces: ['menggantikan', 'replaces'],
  part_of: ['bagian dari', 'part of'],
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
        <li class="empty">{L(ctx, 'Tidak ada fungsi yang cocok.', 'No matching function.')}</li>
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
      <select name="de_code" aria-label={L(ctx, 'Entitas data', 'Data entity')}>
        <option value="">{L(ctx, '— pilih entitas data —', '— choose a data entity —')}</option>
        {props.options.map((d) => (
          <option value={d.code} selected={d.code === props.code}>
            {d.code} · {ctx.lang === 'en' ? d.nameEn : d.name}
          </option>
        ))}
      </select>
      <select name="de_role" aria-label={L(ctx, 'Peran', 'Role')}>
        {DATA_ROLES.map((r) => (
          <option value={r} selected={r === (props.dataRole || 'consumer')}>
            {L(ctx, DATA_ROLE_LABELS[r][0], DATA_ROLE_LABELS[r][1])}
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
      <select name="rel_kind" aria-label={L(ctx, 'Jenis relasi', 'Relation kind')}>
        {RELATION_KINDS.map((k) => (
          <option value={k} selected={k === (props.kind || 'integrates_with')}>
            {L(ctx, RELATION_LABELS[k][0], RELATION_LABELS[k][1])}
          </option>
        ))}
      </select>
      <input
        type="text"
        inputmode="numeric"
        name="rel_app"
        value={props.application}
        placeholder={L(ctx, 'ID aplikasi, mis. 42', 'application id, e.g. 42')}
        aria-label={L(ctx, 'ID aplikasi tujuan', 'Target application id')}
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
  const isAdmin = ctx.user?.role === 'admin';
  const title = editing
    ? L(ctx, `Ubah aplikasi: ${v.name}`, `Edit application: ${v.name}`)
    : L(ctx, 'Daftarkan aplikasi', 'Register an application');
  const action = editing ? `/aplikasi/${props.id}/ubah` : '/aplikasi/baru';
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[
          { href: '/saya', label: L(ctx, 'Aplikasi saya', 'My applications') },
          ...(editing ? [{ href: `/aplikasi/${props.id}`, label: v.name }] : []),
        ]}
        lead={L(
          ctx,
          'Isian bertanda * wajib. Pilih fungsi bisnis dari katalog fungsi: itulah yang membuat pemeriksaan tumpang tindih tepat.',
          'Fields marked * are required. Pick business functions from the function catalogue: that is what makes the overlap check precise.',
        )}
      />
      {props.conflict ? <ConflictNotice ctx={ctx} {...props.conflict} /> : null}
      <ErrorSummary title={ctx.t('error.invalid')} errors={errors} />
      <form method="post" action={action} class="stack app-form" id="app-form">
        <CsrfField ctx={ctx} />
        {editing ? <input type="hidden" name="version" value={v.version} /> : null}
        <Fieldset legend={L(ctx, 'Identitas', 'Identity')}>
          {isAdmin ? (
            <Input
              label={L(ctx, 'Kode instansi pemilik', 'Owner agency code')}
              name="agency"
              value={v.agency}
              errors={errors}
              required
              hint={L(ctx, 'mis. BKN atau 35.07', 'e.g. BKN or 35.07')}
            />
          ) : (
            <p>
              {L(ctx, 'Instansi pemilik', 'Owner agency')}: <strong>{ctx.user?.agencyName ?? '—'}</strong>
              {errorsFor(errors, 'agency').length ? (
                <span class="field-error"> {errorsFor(errors, 'agency').join('; ')}</span>
              ) : null}
            </p>
          )}
          <Input
            label={L(ctx, 'Nama aplikasi', 'Application name')}
            name="name"
            value={v.name}
            errors={errors}
            required
            maxlength={200}
          />
          <Input
            label={L(ctx, 'Singkatan', 'Acronym')}
            name="acronym"
            value={v.acronym}
            errors={errors}
            maxlength={40}
          />
          <Input
            label={L(ctx, 'Unit kerja pengelola', 'Managing unit')}
            name="unit"
            value={v.unit}
            errors={errors}
            maxlength={200}
          />
          <TextArea
            label={L(ctx, 'Deskripsi', 'Description')}
            name="description"
            value={v.description}
            errors={errors}
            maxlength={5000}
            rows={5}
          />
          {isAdmin ? (
            <Select
              label={L(ctx, 'Kategori', 'Category')}
              name="category"
              value={v.category}
              errors={errors}
              options={[
                { value: 'khusus', label: L(ctx, 'Khusus (instansi)', 'Agency-specific') },
                { value: 'umum', label: L(ctx, 'Umum (aplikasi umum nasional)', 'Shared (national)') },
              ]}
            />
          ) : (
            <input type="hidden" name="category" value={v.category || 'khusus'} />
          )}
          <Select
            label={L(ctx, 'Kode RAA (arsitektur aplikasi)', 'RAA code (application architecture)')}
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
              label={L(ctx, 'Status awal', 'Initial status')}
              name="status"
              value={v.status}
              errors={errors}
              options={[
                { value: 'draft', label: L(ctx, 'Draf (belum diterbitkan)', 'Draft (not yet published)') },
                {
                  value: 'active',
                  label: L(ctx, 'Aktif (sudah berjalan, inventaris)', 'Active (already running, inventory)'),
                },
              ]}
            />
          )}
        </Fieldset>

        <FunctionPicker ctx={ctx} chosen={v.functions} options={options.functions} errors={errors} />
        <DataRows ctx={ctx} rows={v.dataEntities} options={options.dataEntities} errors={errors} />

        <Fieldset
          legend={L(ctx, 'Relasi ke aplikasi lain', 'Relations to other applications')}
          errors={errorsFor(errors, 'relations')}
        >
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
          legend={L(ctx, 'API yang dipakai', 'APIs consumed')}
          hint={L(
            ctx,
            'Nomor ID API (tertera di halaman aplikasi penyedia).',
            'API id numbers (shown on the providing application page).',
          )}
          errors={errorsFor(errors, 'consumedApis')}
        >
          <ul class="rows">
            {[...v.consumedApis, '', ''].map((id) => (
              <li class="row">
                <input
                  type="text"
                  inputmode="numeric"
                  name="consumedApis"
                  value={id}
                  aria-label={L(ctx, 'ID API', 'API id')}
                />
              </li>
            ))}
          </ul>
        </Fieldset>

        <Fieldset legend={L(ctx, 'Operasional', 'Operations')}>
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
            label={L(ctx, 'URL repositori kode', 'Code repository URL')}
            name="repositoryUrl"
            type="url"
            value={v.repositoryUrl}
            errors={errors}
          />
          <Input
            label={L(ctx, 'Lisensi', 'Licence')}
            name="licence"
            value={v.licence}
            errors={errors}
            maxlength={100}
          />
          <Input
            label={L(ctx, 'Biaya per tahun (Rp)', 'Yearly cost (IDR)')}
            name="yearlyCost"
            value={v.yearlyCost}
            errors={errors}
            inputmode="numeric"
          />
          <Input
            label={L(ctx, 'Tahun mulai beroperasi', 'Launch year')}
            name="launchYear"
            value={v.launchYear}
            errors={errors}
            inputmode="numeric"
          />
        </Fieldset>

        <Fieldset legend={L(ctx, 'Kontak', 'Contact')}>
          <Input label={L(ctx, 'Nama', 'Name')} name="contactName" value={v.contactName} errors={errors} />
          <Input
            label={L(ctx, 'E-mel', 'E-mail')}
            name="contactEmail"
            type="email"
            value={v.contactEmail}
            errors={errors}
          />
          <Input
            label={L(ctx, 'Telepon', 'Phone')}
            name="contactPhone"
            value={v.contactPhone}
            errors={errors}
          />
        </Fieldset>

        <p class="actions">
          <button type="submit">
            {editing ? L(ctx, 'Simpan perubahan', 'Save changes') : L(ctx, 'Daftarkan', 'Register')}
          </button>{' '}
          <a href={editing ? `/aplikasi/${props.id}` : '/saya'}>{L(ctx, 'Batal', 'Cancel')}</a>
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
 * adds to them, keyboard-usable; without it a plain multiple select grouped by level-2 code.
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
      legend={L(ctx, 'Fungsi bisnis', 'Business functions')}
      hint={L(
        ctx,
        'Ketik untuk mencari fungsi; pilih dengan klik atau Enter. Hapus centang untuk membuang.',
        'Type to search functions; choose with click or Enter. Untick to remove.',
      )}
      errors={errorsFor(props.errors, 'functions')}
    >
      <ul id="chosen-functions" class="chosen">
        {props.chosen.map((code) => {
          const f = fnByCode.get(code);
          return (
            <ChosenFunction
              ctx={ctx}
              fn={f ?? { code, title: L(ctx, '(kode tidak dikenal)', '(unknown code)') }}
            />
          );
        })}
      </ul>
      <div class="picker" data-js-only hidden>
        <label>
          <span>{L(ctx, 'Cari fungsi', 'Search functions')}</span>
          <input
            type="search"
            name="fq"
            autocomplete="off"
            placeholder={L(
              ctx,
              'mis. kepegawaian, naskah dinas, pengaduan',
              'e.g. personnel, official letters, complaints',
            )}
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
        <label>
          <span>
            {L(
              ctx,
              'Tambah fungsi (tahan Ctrl untuk memilih beberapa)',
              'Add functions (hold Ctrl to choose several)',
            )}
          </span>
          <select name="functions" multiple size={10}>
            {groupByParent(props.options).map(([parent, fns]) => (
              <optgroup label={parent}>
                {fns.map((f) => (
                  <option value={f.code}>
                    {f.code} · {ctx.lang === 'en' ? f.titleEn : f.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      </noscript>
      <p>
        <a href="/fungsi/usul">
          {L(
            ctx,
            'Fungsi yang Anda perlukan belum ada? Usulkan fungsi baru.',
            'Missing a function? Propose a new one.',
          )}
        </a>
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
      legend={L(ctx, 'Entitas data dan perannya', 'Data entities and their role')}
      hint={L(
        ctx,
        'master = sumber data utama; produsen = menghasilkan; konsumen = memakai.',
        'master = authoritative source; producer = produces; consumer = uses.',
      )}
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

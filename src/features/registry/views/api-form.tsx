import { API_ACCESS, API_AUTH, PROTOCOLS } from '../../../../db/schema/apis';
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
import type { DataEntityRow } from '../../catalogue/repo/catalogue';

export interface ApiFormValues {
  name: string;
  apiVersion: string;
  description: string;
  protocol: string;
  baseUrl: string;
  documentationUrl: string;
  access: string;
  auth: string;
  splpPublished: boolean;
  contactEmail: string;
  dataEntities: string[];
  version: string;
  spec: string | null;
}

const AUTH_LABELS: Record<(typeof API_AUTH)[number], string> = {
  none: 'tanpa autentikasi / none',
  api_key: 'API key',
  oauth2: 'OAuth 2.0',
  basic: 'Basic',
  mtls: 'mTLS',
  other: 'lainnya / other',
};

/** Adding or editing an API an application provides, with its spec (upload or paste). */
export function ApiFormPage(props: {
  ctx: ViewCtx;
  application: { id: number; name: string };
  apiId?: number;
  values: ApiFormValues;
  dataEntities: DataEntityRow[];
  errors: FieldError[];
  conflict?: { message: string; changes: FieldChange[] };
}) {
  const { ctx, values: v, errors } = props;
  const editing = props.apiId !== undefined;
  const title = editing
    ? L(ctx, `Ubah API: ${v.name}`, `Edit API: ${v.name}`)
    : L(ctx, 'Tambah API', 'Add an API');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[{ href: `/aplikasi/${props.application.id}`, label: props.application.name }]}
      />
      {props.conflict ? <ConflictNotice ctx={ctx} {...props.conflict} /> : null}
      <ErrorSummary title={ctx.t('error.invalid')} errors={errors} />
      <form
        method="post"
        action={editing ? `/katalog-api/${props.apiId}/ubah` : `/aplikasi/${props.application.id}/api/baru`}
        enctype="multipart/form-data"
        class="stack app-form"
      >
        <CsrfField ctx={ctx} />
        {editing ? <input type="hidden" name="version" value={v.version} /> : null}
        <Fieldset legend={L(ctx, 'API', 'API')}>
          <Input
            label={L(ctx, 'Nama API', 'API name')}
            name="name"
            value={v.name}
            errors={errors}
            required
            maxlength={200}
          />
          <Input
            label={L(ctx, 'Versi API', 'API version')}
            name="apiVersion"
            value={v.apiVersion}
            errors={errors}
            maxlength={40}
          />
          <TextArea
            label={L(ctx, 'Deskripsi', 'Description')}
            name="description"
            value={v.description}
            errors={errors}
          />
          <Select
            label={L(ctx, 'Protokol', 'Protocol')}
            name="protocol"
            value={v.protocol}
            errors={errors}
            options={PROTOCOLS.map((p) => ({ value: p, label: p.toUpperCase() }))}
          />
          <Input label="Base URL" name="baseUrl" type="url" value={v.baseUrl} errors={errors} />
          <Input
            label={L(ctx, 'URL dokumentasi', 'Documentation URL')}
            name="documentationUrl"
            type="url"
            value={v.documentationUrl}
            errors={errors}
          />
          <Select
            label={L(ctx, 'Akses', 'Access')}
            name="access"
            value={v.access}
            errors={errors}
            options={API_ACCESS.map((a) => ({ value: a, label: a }))}
          />
          <Select
            label={L(ctx, 'Autentikasi', 'Authentication')}
            name="auth"
            value={v.auth}
            errors={errors}
            options={API_AUTH.map((a) => ({ value: a, label: AUTH_LABELS[a] }))}
          />
          <label class="check">
            <input type="checkbox" name="splpPublished" value="true" checked={v.splpPublished} />{' '}
            {L(
              ctx,
              'Terbit di SPLP (Sistem Penghubung Layanan Pemerintah)',
              'Published on SPLP (government service bus)',
            )}
          </label>
          <Input
            label={L(ctx, 'E-mel kontak', 'Contact e-mail')}
            name="contactEmail"
            type="email"
            value={v.contactEmail}
            errors={errors}
          />
        </Fieldset>
        <Fieldset
          legend={L(ctx, 'Entitas data yang dibuka', 'Data entities exposed')}
          errors={errorsFor(errors, 'dataEntities')}
        >
          <select name="dataEntities" multiple size={8} aria-label={L(ctx, 'Entitas data', 'Data entities')}>
            {props.dataEntities.map((d) => (
              <option value={d.code} selected={v.dataEntities.includes(d.code)}>
                {d.code} · {ctx.lang === 'en' ? d.nameEn : d.name}
              </option>
            ))}
          </select>
        </Fieldset>
        <Fieldset
          legend={L(
            ctx,
            'Spesifikasi (OpenAPI 3, Swagger 2.0 atau WSDL)',
            'Spec (OpenAPI 3, Swagger 2.0 or WSDL)',
          )}
          hint={
            v.spec
              ? L(
                  ctx,
                  `Tersimpan: ${v.spec}. Unggah lagi untuk mengganti.`,
                  `Stored: ${v.spec}. Upload again to replace it.`,
                )
              : L(
                  ctx,
                  'Unggah berkas JSON/YAML/XML, atau tempel isinya. Maksimal 1 MiB.',
                  'Upload a JSON/YAML/XML file, or paste it. At most 1 MiB.',
                )
          }
          errors={errorsFor(errors, 'spec')}
        >
          <label class="form-field">
            <span>{L(ctx, 'Berkas spesifikasi', 'Spec file')}</span>
            <input type="file" name="specFile" accept=".json,.yaml,.yml,.xml,.wsdl" />
          </label>
          <TextArea
            label={L(ctx, 'atau tempel spesifikasi', 'or paste the spec')}
            name="specText"
            errors={[]}
            rows={6}
          />
        </Fieldset>
        <p class="actions">
          <button type="submit">
            {editing ? L(ctx, 'Simpan API', 'Save API') : L(ctx, 'Tambah API', 'Add API')}
          </button>{' '}
          <a href={`/aplikasi/${props.application.id}`}>{L(ctx, 'Batal', 'Cancel')}</a>
        </p>
      </form>
      {editing ? (
        <form method="post" action={`/katalog-api/${props.apiId}/hapus`} class="inline">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={v.version} />
          <button type="submit" class="secondary danger">
            {L(ctx, 'Hapus API ini', 'Delete this API')}
          </button>
        </form>
      ) : null}
    </Layout>
  );
}

import { API_ACCESS, API_AUTH, PROTOCOLS } from '../../../../db/schema/apis';
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
import type { DataEntityRow } from '../../catalogue/service';

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
  /** A pasted spec sent back with its errors, so nothing has to be pasted again. */
  specText: string;
}

const AUTH_LABELS: Record<(typeof API_AUTH)[number], MessageKey> = {
  none: 'registry.auth.none',
  api_key: 'registry.auth.api_key',
  oauth2: 'registry.auth.oauth2',
  basic: 'registry.auth.basic',
  mtls: 'registry.auth.mtls',
  other: 'registry.auth.other',
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
  const title = editing ? ctx.t('registry.editApi', { name: v.name }) : ctx.t('catalogue.addAnApi');
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
        <Fieldset legend={ctx.t('registry.api')}>
          <Input
            label={ctx.t('registry.apiName')}
            name="name"
            value={v.name}
            errors={errors}
            required
            maxlength={200}
          />
          <Input
            label={ctx.t('registry.apiVersion')}
            name="apiVersion"
            value={v.apiVersion}
            errors={errors}
            maxlength={40}
          />
          <TextArea
            label={ctx.t('registry.description')}
            name="description"
            value={v.description}
            errors={errors}
          />
          <Select
            label={ctx.t('registry.protocol')}
            name="protocol"
            value={v.protocol}
            errors={errors}
            options={PROTOCOLS.map((p) => ({ value: p, label: p.toUpperCase() }))}
          />
          <Input label="Base URL" name="baseUrl" type="url" value={v.baseUrl} errors={errors} />
          <Input
            label={ctx.t('registry.documentationUrl')}
            name="documentationUrl"
            type="url"
            value={v.documentationUrl}
            errors={errors}
          />
          <Select
            label={ctx.t('detail.access')}
            name="access"
            value={v.access}
            errors={errors}
            options={API_ACCESS.map((a) => ({ value: a, label: a }))}
          />
          <Select
            label={ctx.t('detail.auth')}
            name="auth"
            value={v.auth}
            errors={errors}
            options={API_AUTH.map((a) => ({ value: a, label: ctx.t(AUTH_LABELS[a]) }))}
          />
          <label class="check">
            <input type="checkbox" name="splpPublished" value="true" checked={v.splpPublished} />{' '}
            {ctx.t('registry.publishedOnSplpGovernmentService')}
          </label>
          <Input
            label={ctx.t('registry.contactEMail')}
            name="contactEmail"
            type="email"
            value={v.contactEmail}
            errors={errors}
          />
        </Fieldset>
        <Fieldset legend={ctx.t('registry.dataEntitiesExposed')} errors={errorsFor(errors, 'dataEntities')}>
          <CheckboxList
            ctx={ctx}
            name="dataEntities"
            label={ctx.t('detail.data')}
            groups={[
              {
                items: props.dataEntities.map((d) => ({
                  value: d.code,
                  label: ctx.lang === 'en' ? d.nameEn : d.name,
                  note: d.code,
                })),
              },
            ]}
            chosen={v.dataEntities}
          />
        </Fieldset>
        <Fieldset
          legend={ctx.t('registry.specOpenapi3Swagger2')}
          hint={
            v.spec
              ? ctx.t('registry.storedUploadAgainToReplace', { spec: v.spec })
              : ctx.t('registry.uploadAJsonYamlXml')
          }
        >
          <SpecErrors ctx={ctx} messages={errorsFor(errors, 'spec')} />
          <label class="form-field">
            <span>{ctx.t('registry.specFile')}</span>
            <input type="file" name="specFile" accept=".json,.yaml,.yml,.xml,.wsdl" />
          </label>
          <TextArea
            label={ctx.t('registry.orPasteTheSpec')}
            name="specText"
            value={v.specText}
            errors={[]}
            rows={6}
          />
        </Fieldset>
        <p class="actions">
          <button type="submit">{editing ? ctx.t('registry.saveApi') : ctx.t('registry.addApi')}</button>{' '}
          <a href={`/aplikasi/${props.application.id}`}>{ctx.t('registry.cancel')}</a>
        </p>
      </form>
      {editing ? (
        <form method="post" action={`/katalog-api/${props.apiId}/hapus`} class="inline">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={v.version} />
          <button type="submit" class="secondary danger">
            {ctx.t('registry.deleteThisApi')}
          </button>
        </form>
      ) : null}
    </Layout>
  );
}

/** A refused spec: what happened and what to do, in the page's language, then the parser's own detail. */
function SpecErrors(props: { ctx: ViewCtx; messages: string[] }) {
  if (!props.messages.length) return null;
  return (
    <div class="field-error" role="alert">
      <p>{props.ctx.t('registry.specRefused')}</p>
      <ul>
        {props.messages.map((m) => (
          <li>{m}</li>
        ))}
      </ul>
    </div>
  );
}

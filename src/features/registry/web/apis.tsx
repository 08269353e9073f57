import type { Context } from 'hono';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../../kernel/env';
import { type FieldIssue, Invalid, StaleVersion } from '../../../kernel/errors';
import { type FormRecord, file, formRecord, num, str, strs } from '../../../kernel/http/forms';
import { fieldErrors, viewCtx } from '../../../kernel/http/render';
import { translateText } from '../../../kernel/i18n';
import { viewerOf } from '../../../kernel/policy';
import { parseOrThrow, toFieldIssues } from '../../../kernel/schemas';
import { IdParam } from '../../catalogue/schemas';
import * as catalogue from '../../catalogue/service';
import * as apisService from '../apis-service';
import { ApiFields, DeleteInput, UpdateApiInput } from '../schemas';
import * as registry from '../service';
import { ApiPage } from '../views/api';
import { ApiFormPage, type ApiFormValues } from '../views/api-form';

function apiBody(form: FormRecord) {
  return {
    name: str(form, 'name') ?? '',
    apiVersion: str(form, 'apiVersion') || '1',
    description: str(form, 'description') ?? '',
    protocol: str(form, 'protocol') || 'rest',
    baseUrl: str(form, 'baseUrl'),
    documentationUrl: str(form, 'documentationUrl'),
    access: str(form, 'access') || 'terbatas',
    auth: str(form, 'auth') || 'other',
    splpPublished: str(form, 'splpPublished') === 'true',
    contactEmail: str(form, 'contactEmail'),
    dataEntities: strs(form, 'dataEntities'),
    version: num(form, 'version'),
  };
}

async function specUpload(form: FormRecord): Promise<apisService.SpecUpload | undefined> {
  const f = file(form, 'specFile');
  if (f) return { content: await f.text() };
  const text = str(form, 'specText');
  return text?.trim() ? { content: text } : undefined;
}

const toValues = (
  b: ReturnType<typeof apiBody>,
  spec: string | null = null,
  specText = '',
): ApiFormValues => ({
  ...b,
  specText,
  baseUrl: b.baseUrl ?? '',
  documentationUrl: b.documentationUrl ?? '',
  contactEmail: b.contactEmail ?? '',
  version: b.version === null ? '' : String(b.version),
  spec,
});

async function entities(c: Context<AppEnv>) {
  return (await catalogue.checkFormOptions(c.get('db'))).dataEntities;
}

/** Adding, editing and deleting the APIs an application provides. */
export function apisRouter() {
  const web = new Hono<AppEnv>();

  web.get('/aplikasi/:id/api/baru', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const { app } = await registry.applicationForEdit(c.get('db'), c.get('user'), id);
    return c.html(
      <ApiFormPage
        ctx={viewCtx(c)}
        application={app}
        values={toValues(apiBody({}))}
        dataEntities={await entities(c)}
        errors={[]}
      />,
    );
  });

  web.post('/aplikasi/:id/api/baru', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const db = c.get('db');
    const { app } = await registry.applicationForEdit(db, c.get('user'), id);
    const form = await formRecord(c);
    const body = apiBody(form);
    const render = async (errors: FieldIssue[]) =>
      c.html(
        <ApiFormPage
          ctx={viewCtx(c)}
          application={app}
          values={toValues(body, null, str(form, 'specText') ?? '')}
          dataEntities={await entities(c)}
          errors={fieldErrors(c, errors)}
        />,
        422,
      );
    const parsed = v.safeParse(ApiFields, body);
    if (!parsed.success) return render(toFieldIssues(parsed.issues));
    try {
      await apisService.createApi(
        db,
        c.get('user'),
        id,
        parsed.output,
        await specUpload(form),
        c.get('specParser'),
      );
      return c.redirect(`/aplikasi/${id}?saved=1#apis`, 303);
    } catch (error) {
      if (error instanceof Invalid) return render(error.fields);
      throw error;
    }
  });

  web.get('/katalog-api/:id', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const user = c.get('user');
    const detail = await apisService.apiPage(c.get('db'), viewerOf(user), id);
    return c.html(<ApiPage ctx={viewCtx(c)} detail={detail} />);
  });

  web.get('/katalog-api/:id/spec', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const spec = await apisService.apiSpecDownload(c.get('db'), viewerOf(c.get('user')), id);
    const ext = spec.format === 'wsdl' ? 'wsdl' : spec.mediaType.includes('yaml') ? 'yaml' : 'json';
    const name = `${spec.name}-${spec.apiVersion}`.replace(/[^\w.-]+/g, '-').slice(0, 80);
    return c.body(spec.content, 200, {
      'Content-Type': `${spec.mediaType}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="${name}.${ext}"`,
      ETag: `"${spec.sha256}"`,
      'X-Content-Type-Options': 'nosniff',
    });
  });

  web.get('/katalog-api/:id/ubah', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const db = c.get('db');
    const { api, snapshot, applicationName } = await apisService.apiForEdit(db, c.get('user'), id);
    const values: ApiFormValues = {
      name: snapshot.name,
      apiVersion: snapshot.apiVersion,
      description: snapshot.description,
      protocol: snapshot.protocol,
      baseUrl: snapshot.baseUrl ?? '',
      documentationUrl: snapshot.documentationUrl ?? '',
      access: snapshot.access,
      auth: snapshot.auth,
      splpPublished: snapshot.splpPublished,
      contactEmail: snapshot.contactEmail ?? '',
      dataEntities: snapshot.dataEntities,
      version: String(snapshot.version),
      spec: snapshot.spec,
      specText: '',
    };
    return c.html(
      <ApiFormPage
        ctx={viewCtx(c)}
        application={{ id: api.applicationId, name: applicationName }}
        apiId={id}
        values={values}
        dataEntities={await entities(c)}
        errors={[]}
      />,
    );
  });

  web.post('/katalog-api/:id/ubah', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const db = c.get('db');
    const { api, snapshot, applicationName } = await apisService.apiForEdit(db, c.get('user'), id);
    const form = await formRecord(c);
    const body = apiBody(form);
    const render = async (errors: FieldIssue[], status: 409 | 422, conflict?: StaleVersion) => {
      // What was pasted stays in the box, so a refused spec can be corrected, not retyped.
      const values = toValues(body, snapshot.spec, str(form, 'specText') ?? '');
      if (conflict) values.version = String(conflict.currentVersion);
      return c.html(
        <ApiFormPage
          ctx={viewCtx(c)}
          application={{ id: api.applicationId, name: applicationName }}
          apiId={id}
          values={values}
          dataEntities={await entities(c)}
          errors={fieldErrors(c, errors)}
          conflict={
            conflict
              ? { message: translateText(c.get('t'), conflict.text), changes: conflict.changes }
              : undefined
          }
        />,
        status,
      );
    };
    const parsed = v.safeParse(UpdateApiInput, body);
    if (!parsed.success) return render(toFieldIssues(parsed.issues), 422);
    try {
      await apisService.updateApi(
        db,
        c.get('user'),
        id,
        parsed.output,
        await specUpload(form),
        c.get('specParser'),
      );
      return c.redirect(`/aplikasi/${api.applicationId}?saved=1#apis`, 303);
    } catch (error) {
      if (error instanceof StaleVersion) return render([], 409, error);
      if (error instanceof Invalid) return render(error.fields, 422);
      throw error;
    }
  });

  web.post('/katalog-api/:id/hapus', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const form = await formRecord(c);
    const input = parseOrThrow(DeleteInput, { version: num(form, 'version') }, 'form');
    const { applicationId } = await apisService.deleteApi(c.get('db'), c.get('user'), id, input.version);
    return c.redirect(`/aplikasi/${applicationId}#apis`, 303);
  });

  return web;
}

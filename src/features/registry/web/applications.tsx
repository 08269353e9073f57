import type { Context } from 'hono';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../../kernel/env';
import { Invalid, StaleVersion } from '../../../kernel/errors';
import { type FormRecord, formRecord, num, rowValues, str, strs } from '../../../kernel/http/forms';
import { fieldErrors, viewCtx } from '../../../kernel/http/render';
import { translateText } from '../../../kernel/i18n';
import { requireRole, viewerOf } from '../../../kernel/policy';
import { parseOrThrow, toFieldIssues } from '../../../kernel/schemas';
import { requireUser } from '../../accounts/middleware';
import { IdParam } from '../../catalogue/schemas';
import { apiChoices, applicationChoices, labelsOf, resolveChoices } from '../choices';
import { CreateApplicationInput, DeleteInput, StatusChangeInput, UpdateApplicationInput } from '../schemas';
import * as registry from '../service';
import { type AppFormValues, ApplicationFormPage, ChosenFunction, FunctionOptions } from '../views/app-form';
import { HistoryPage, MyApplicationsPage } from '../views/registry';

const idOrRaw = (s: string) => (/^\d{1,9}$/.test(s.trim()) ? Number(s.trim()) : s);

/** The form's fields in the shape of the JSON API's body, so one schema validates both. */
export function applicationBody(form: FormRecord) {
  const deCodes = rowValues(form, 'de_code');
  const deRoles = rowValues(form, 'de_role');
  const relApps = rowValues(form, 'rel_app');
  const relKinds = rowValues(form, 'rel_kind');
  return {
    agency: str(form, 'agency'),
    unit: str(form, 'unit'),
    name: str(form, 'name') ?? '',
    acronym: str(form, 'acronym'),
    description: str(form, 'description') ?? '',
    category: str(form, 'category') || 'khusus',
    raa: str(form, 'raa') || null,
    status: str(form, 'status') || 'draft',
    hosting: str(form, 'hosting') || null,
    url: str(form, 'url'),
    repositoryUrl: str(form, 'repositoryUrl'),
    licence: str(form, 'licence'),
    yearlyCost: num(form, 'yearlyCost'),
    launchYear: num(form, 'launchYear'),
    contactName: str(form, 'contactName'),
    contactEmail: str(form, 'contactEmail'),
    contactPhone: str(form, 'contactPhone'),
    functions: [...new Set(strs(form, 'functions'))],
    dataEntities: deCodes
      .map((code, i) => ({ code, role: deRoles[i] || 'consumer' }))
      .filter((d) => d.code.trim() !== ''),
    consumedApis: strs(form, 'consumedApis').map(idOrRaw),
    relations: relApps
      .map((a, i) => ({ application: idOrRaw(a), kind: relKinds[i] || 'integrates_with' }))
      .filter((r) => r.application !== ''),
    version: num(form, 'version'),
  };
}

function formValues(body: ReturnType<typeof applicationBody>): AppFormValues {
  const s = (x: unknown) => (x === null || x === undefined ? '' : String(x));
  return {
    agency: s(body.agency),
    unit: s(body.unit),
    name: body.name,
    acronym: s(body.acronym),
    description: body.description,
    category: body.category,
    raa: s(body.raa),
    status: body.status,
    hosting: s(body.hosting),
    url: s(body.url),
    repositoryUrl: s(body.repositoryUrl),
    licence: s(body.licence),
    yearlyCost: s(body.yearlyCost),
    launchYear: s(body.launchYear),
    contactName: s(body.contactName),
    contactEmail: s(body.contactEmail),
    contactPhone: s(body.contactPhone),
    functions: body.functions,
    dataEntities: body.dataEntities,
    consumedApis: body.consumedApis.map(String),
    relations: body.relations.map((r) => ({ application: String(r.application), kind: r.kind })),
    version: s(body.version),
  };
}

function snapshotValues(snap: Record<string, unknown>): AppFormValues {
  const s = (x: unknown) => (x === null || x === undefined ? '' : String(x));
  const list = (x: unknown) => (Array.isArray(x) ? (x as unknown[]).map(String) : []);
  return {
    agency: s(snap.agency),
    unit: s(snap.unit),
    name: s(snap.name),
    acronym: s(snap.acronym),
    description: s(snap.description),
    category: s(snap.category),
    raa: s(snap.raa),
    status: s(snap.status),
    hosting: s(snap.hosting),
    url: s(snap.url),
    repositoryUrl: s(snap.repositoryUrl),
    licence: s(snap.licence),
    yearlyCost: s(snap.yearlyCost),
    launchYear: s(snap.launchYear),
    contactName: s(snap.contactName),
    contactEmail: s(snap.contactEmail),
    contactPhone: s(snap.contactPhone),
    functions: list(snap.functions),
    dataEntities: list(snap.dataEntities).map((d) => {
      const [code = '', role = 'consumer'] = d.split(':');
      return { code, role };
    }),
    consumedApis: list(snap.consumedApis),
    relations: list(snap.relations).map((r) => {
      const [kind = '', application = ''] = r.split(':');
      return { application, kind };
    }),
    version: s(snap.version),
  };
}

const formOptions = (c: Context<AppEnv>) => registry.formOptions(c.get('db'));

const EMPTY: AppFormValues = formValues(applicationBody({}));

/** Registering, editing, retiring and deleting applications, and their history. */
export function registryRouter() {
  const web = new Hono<AppEnv>();

  // The typeahead of the relation and consumed-API fields: <option>s for their <datalist>.
  for (const [path, field] of [
    ['/pilihan/aplikasi', 'rel_app'],
    ['/pilihan/api', 'consumedApis'],
  ] as const) {
    web.get(path, async (c) => {
      const q = c.req.query('q') ?? c.req.query(field) ?? '';
      const db = c.get('db');
      const found =
        field === 'rel_app'
          ? await applicationChoices(db, viewerOf(c.get('user')), q)
          : await apiChoices(db, q);
      return c.html(
        <>
          {found.map((o) => (
            <option value={o.label} />
          ))}
        </>,
      );
    });
  }

  web.get('/saya', async (c) => {
    const user = requireRole(requireUser(c), 'operator', 'admin');
    const apps = await registry.myApplications(c.get('db'), user);
    return c.html(<MyApplicationsPage ctx={viewCtx(c)} apps={apps} />);
  });

  web.get('/aplikasi/baru', async (c) => {
    requireRole(requireUser(c), 'operator', 'admin');
    return c.html(
      <ApplicationFormPage ctx={viewCtx(c)} values={EMPTY} options={await formOptions(c)} errors={[]} />,
    );
  });

  web.post('/aplikasi/baru', async (c) => {
    const user = requireRole(requireUser(c), 'operator', 'admin');
    const body = applicationBody(await formRecord(c));
    const chosen = await resolveChoices(c.get('db'), viewerOf(user), body);
    const render = async (errors: Invalid['fields']) =>
      c.html(
        <ApplicationFormPage
          ctx={viewCtx(c)}
          values={formValues(body)}
          options={await formOptions(c)}
          errors={fieldErrors(c, errors)}
        />,
        422,
      );
    if (chosen.issues.length) return render(chosen.issues);
    const parsed = v.safeParse(CreateApplicationInput, chosen.body);
    if (!parsed.success) return render(toFieldIssues(parsed.issues));
    try {
      const { id } = await registry.createApplication(c.get('db'), user, parsed.output);
      return c.redirect(`/aplikasi/${id}?saved=1`, 303);
    } catch (error) {
      if (error instanceof Invalid) return render(error.fields);
      throw error;
    }
  });

  web.get('/aplikasi/:id/ubah', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const { snapshot } = await registry.applicationForEdit(c.get('db'), c.get('user'), id);
    const values = snapshotValues(snapshot);
    // Stored choices are ids; the form shows them by name, as they were chosen.
    const labels = await labelsOf(c.get('db'), {
      relations: values.relations.map((r) => r.application),
      consumedApis: values.consumedApis,
    });
    values.relations = values.relations.map((r) => ({
      ...r,
      application: labels.applications.get(r.application) ?? r.application,
    }));
    values.consumedApis = values.consumedApis.map((a) => labels.apis.get(a) ?? a);
    return c.html(
      <ApplicationFormPage
        ctx={viewCtx(c)}
        id={id}
        values={values}
        options={await formOptions(c)}
        errors={[]}
      />,
    );
  });

  web.post('/aplikasi/:id/ubah', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const db = c.get('db');
    // Who may edit is checked before the body is looked at, so a stranger learns nothing.
    await registry.applicationForEdit(db, c.get('user'), id);
    const body = applicationBody(await formRecord(c));
    const values = formValues(body);
    const render = async (errors: Invalid['fields'], status: 409 | 422, conflict?: StaleVersion) => {
      if (conflict) values.version = String(conflict.currentVersion);
      return c.html(
        <ApplicationFormPage
          ctx={viewCtx(c)}
          id={id}
          values={values}
          options={await formOptions(c)}
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
    const chosen = await resolveChoices(db, viewerOf(c.get('user')), body);
    if (chosen.issues.length) return render(chosen.issues, 422);
    const parsed = v.safeParse(UpdateApplicationInput, chosen.body);
    if (!parsed.success) return render(toFieldIssues(parsed.issues), 422);
    try {
      await registry.updateApplication(db, c.get('user'), id, parsed.output);
      return c.redirect(`/aplikasi/${id}?saved=1`, 303);
    } catch (error) {
      if (error instanceof StaleVersion) return render([], 409, error);
      if (error instanceof Invalid) return render(error.fields, 422);
      throw error;
    }
  });

  web.post('/aplikasi/:id/status', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const form = await formRecord(c);
    const input = parseOrThrow(
      StatusChangeInput,
      { action: str(form, 'action'), version: num(form, 'version') },
      'form',
    );
    await registry.changeStatus(c.get('db'), c.get('user'), id, input.action, input.version);
    return c.redirect(`/aplikasi/${id}?saved=1`, 303);
  });

  web.post('/aplikasi/:id/hapus', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const form = await formRecord(c);
    const input = parseOrThrow(DeleteInput, { version: num(form, 'version') }, 'form');
    await registry.deleteApplication(c.get('db'), c.get('user'), id, input.version);
    return c.redirect('/saya?deleted=1', 303);
  });

  web.get('/aplikasi/:id/riwayat', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const history = await registry.applicationHistory(c.get('db'), viewerOf(c.get('user')), id);
    return c.html(<HistoryPage ctx={viewCtx(c)} history={history} />);
  });

  // The function picker's typeahead (an htmx fragment) and one chosen function.
  web.get('/fungsi/pilih', async (c) => {
    const q = (c.req.query('fq') ?? '').trim().slice(0, 100);
    const items = await registry.functionTypeahead(c.get('db'), q);
    c.header('Vary', 'HX-Request');
    return c.html(<FunctionOptions ctx={viewCtx(c)} q={q} items={items} />);
  });

  web.get('/fungsi/pilih/:code', async (c) => {
    const fn = await registry.activeFunction(c.get('db'), c.req.param('code'));
    return c.html(<ChosenFunction ctx={viewCtx(c)} fn={fn} />);
  });

  return web;
}

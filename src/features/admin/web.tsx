import type { Context } from 'hono';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../kernel/env';
import { Invalid } from '../../kernel/errors';
import { type FormRecord, formRecord, str } from '../../kernel/http/forms';
import { fieldErrors, viewCtx } from '../../kernel/http/render';
import { msg } from '../../kernel/i18n';
import { requireRole } from '../../kernel/policy';
import { parseOrThrow, toFieldIssues } from '../../kernel/schemas';
import { requireUser } from '../accounts/middleware';
import { IdParam } from '../catalogue/schemas';
import {
  AgencyInput,
  FunctionDecisionInput,
  FunctionProposalInput,
  UserInput,
  UserUpdateInput,
} from '../registry/schemas';
import * as admin from './service';
import {
  AdminHome,
  AgencyFormPage,
  type AgencyFormValues,
  FunctionProposalPage,
  type FunctionProposalValues,
  ProposedFunctionsPage,
  UserEditPage,
  type UserFormValues,
  UsersPage,
} from './views/admin';

const EMPTY_USER: UserFormValues = {
  email: '',
  name: '',
  position: '',
  role: 'operator',
  agency: '',
  active: true,
};

function userValues(form: FormRecord): UserFormValues {
  return {
    email: str(form, 'email') ?? '',
    name: str(form, 'name') ?? '',
    position: str(form, 'position') ?? '',
    role: str(form, 'role') ?? 'operator',
    agency: str(form, 'agency') ?? '',
    active: str(form, 'active') === 'true',
  };
}

function agencyValues(form: FormRecord): AgencyFormValues {
  return {
    code: str(form, 'code') ?? '',
    name: str(form, 'name') ?? '',
    shortName: str(form, 'shortName') ?? '',
    kind: str(form, 'kind') ?? 'kabupaten',
    parent: str(form, 'parent') ?? '',
    website: str(form, 'website') ?? '',
  };
}

/** Admin pages (users, agencies, proposed functions) and the operators' function proposal form. */
export function adminRouter() {
  const web = new Hono<AppEnv>();

  web.get('/admin', async (c) => {
    const user = requireRole(requireUser(c), 'admin');
    const db = c.get('db');
    const [proposed, users] = await Promise.all([
      admin.proposedFunctions(db, user),
      admin.listUsers(db, user),
    ]);
    return c.html(<AdminHome ctx={viewCtx(c)} proposed={proposed.length} users={users.length} />);
  });

  web.get('/admin/pengguna', async (c) => {
    const users = await admin.listUsers(c.get('db'), requireUser(c));
    return c.html(<UsersPage ctx={viewCtx(c)} users={users} values={EMPTY_USER} errors={[]} />);
  });

  web.post('/admin/pengguna', async (c) => {
    const actor = requireRole(requireUser(c), 'admin');
    const db = c.get('db');
    const form = await formRecord(c);
    const values = userValues(form);
    const render = async (errors: Invalid['fields']) =>
      c.html(
        <UsersPage
          ctx={viewCtx(c)}
          users={await admin.listUsers(db, actor)}
          values={values}
          errors={fieldErrors(c, errors)}
        />,
        422,
      );
    const parsed = v.safeParse(UserInput, { ...values, password: str(form, 'password') ?? '' });
    if (!parsed.success) return render(toFieldIssues(parsed.issues));
    try {
      await admin.createUser(db, c.get('passwords'), actor, parsed.output);
    } catch (error) {
      if (error instanceof Invalid) return render(error.fields);
      throw error;
    }
    return c.html(
      <UsersPage
        ctx={viewCtx(c)}
        users={await admin.listUsers(db, actor)}
        values={EMPTY_USER}
        errors={[]}
        created={parsed.output.email}
      />,
      201,
    );
  });

  web.get('/admin/pengguna/:id', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const u = await admin.userForAdmin(c.get('db'), requireUser(c), id);
    const values = {
      email: u.email,
      name: u.name,
      position: u.position ?? '',
      role: u.role,
      agency: u.agencyCode ?? '',
      active: !!u.active,
    };
    return c.html(<UserEditPage ctx={viewCtx(c)} id={id} email={u.email} values={values} errors={[]} />);
  });

  web.post('/admin/pengguna/:id', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const actor = requireRole(requireUser(c), 'admin');
    const db = c.get('db');
    const u = await admin.userForAdmin(db, actor, id);
    const form = await formRecord(c);
    const values = { ...userValues(form), email: u.email };
    const render = (errors: Invalid['fields']) =>
      c.html(
        <UserEditPage
          ctx={viewCtx(c)}
          id={id}
          email={u.email}
          values={values}
          errors={fieldErrors(c, errors)}
        />,
        422,
      );
    const parsed = v.safeParse(UserUpdateInput, { ...values, password: str(form, 'password') ?? '' });
    if (!parsed.success) return render(toFieldIssues(parsed.issues));
    try {
      await admin.updateUser(db, c.get('passwords'), actor, id, parsed.output);
    } catch (error) {
      if (error instanceof Invalid) return render(error.fields);
      throw error;
    }
    return c.html(
      <UserEditPage ctx={viewCtx(c)} id={id} email={u.email} values={values} errors={[]} saved />,
    );
  });

  web.get('/admin/instansi/baru', (c) => {
    requireRole(requireUser(c), 'admin');
    return c.html(<AgencyFormPage ctx={viewCtx(c)} values={agencyValues({})} errors={[]} />);
  });

  web.get('/admin/instansi/:code/ubah', async (c) => {
    const a = await admin.agencyForEdit(c.get('db'), requireUser(c), c.req.param('code'));
    const values: AgencyFormValues = {
      code: a.code,
      name: a.name,
      shortName: a.shortName ?? '',
      kind: a.kind,
      parent: a.parentCode ?? '',
      website: a.website ?? '',
    };
    return c.html(<AgencyFormPage ctx={viewCtx(c)} existingCode={a.code} values={values} errors={[]} />);
  });

  const saveAgency = (existing: boolean) => async (c: Context<AppEnv>) => {
    const actor = requireRole(requireUser(c), 'admin');
    const existingCode = existing ? c.req.param('code')?.toUpperCase() : undefined;
    const values = agencyValues(await formRecord(c));
    const render = (errors: Invalid['fields']) =>
      c.html(
        <AgencyFormPage
          ctx={viewCtx(c)}
          existingCode={existingCode}
          values={values}
          errors={fieldErrors(c, errors)}
        />,
        422,
      );
    const parsed = v.safeParse(AgencyInput, values);
    if (!parsed.success) return render(toFieldIssues(parsed.issues));
    try {
      const code = await admin.saveAgency(c.get('db'), actor, parsed.output, existingCode);
      return c.redirect(`/instansi/${code}`, 303);
    } catch (error) {
      if (error instanceof Invalid) return render(error.fields);
      throw error;
    }
  };
  web.post('/admin/instansi/baru', saveAgency(false));
  web.post('/admin/instansi/:code/ubah', saveAgency(true));

  web.get('/admin/fungsi', async (c) => {
    const items = await admin.proposedFunctions(c.get('db'), requireUser(c));
    return c.html(<ProposedFunctionsPage ctx={viewCtx(c)} items={items} errors={[]} />);
  });

  web.post('/admin/fungsi/:code', async (c) => {
    const actor = requireRole(requireUser(c), 'admin');
    const db = c.get('db');
    const code = c.req.param('code');
    const form = await formRecord(c);
    const parsed = v.safeParse(FunctionDecisionInput, {
      action: str(form, 'action'),
      into: str(form, 'into') || undefined,
    });
    try {
      if (!parsed.success) throw new Invalid(msg('error.invalidInput'), toFieldIssues(parsed.issues));
      const status = await admin.decideFunction(db, actor, code, parsed.output);
      const items = await admin.proposedFunctions(db, actor);
      const ctx = viewCtx(c);
      const done = ctx.t('admin.decided', { code, status: msg(`admin.functionStatus.${status}`) });
      return c.html(<ProposedFunctionsPage ctx={ctx} items={items} errors={[]} done={done} />);
    } catch (error) {
      if (error instanceof Invalid) {
        const items = await admin.proposedFunctions(db, actor);
        return c.html(
          <ProposedFunctionsPage ctx={viewCtx(c)} items={items} errors={fieldErrors(c, error.fields)} />,
          422,
        );
      }
      throw error;
    }
  });

  web.get('/fungsi/usul', async (c) => {
    requireRole(requireUser(c), 'operator', 'admin');
    const empty: FunctionProposalValues = {
      parent: c.req.query('induk') ?? '',
      title: '',
      titleEn: '',
      description: '',
    };
    return c.html(
      <FunctionProposalPage
        ctx={viewCtx(c)}
        parents={await admin.functionParents(c.get('db'))}
        values={empty}
        errors={[]}
      />,
    );
  });

  web.post('/fungsi/usul', async (c) => {
    const user = requireRole(requireUser(c), 'operator', 'admin');
    const db = c.get('db');
    const form = await formRecord(c);
    const values: FunctionProposalValues = {
      parent: str(form, 'parent') ?? '',
      title: str(form, 'title') ?? '',
      titleEn: str(form, 'titleEn') ?? '',
      description: str(form, 'description') ?? '',
    };
    const parents = await admin.functionParents(db);
    const render = (errors: Invalid['fields']) =>
      c.html(
        <FunctionProposalPage
          ctx={viewCtx(c)}
          parents={parents}
          values={values}
          errors={fieldErrors(c, errors)}
        />,
        422,
      );
    const parsed = v.safeParse(FunctionProposalInput, values);
    if (!parsed.success) return render(toFieldIssues(parsed.issues));
    try {
      const code = await admin.proposeFunction(db, user, parsed.output);
      const empty = { parent: '', title: '', titleEn: '', description: '' };
      return c.html(
        <FunctionProposalPage
          ctx={viewCtx(c)}
          parents={parents}
          values={empty}
          errors={[]}
          proposed={code}
        />,
        201,
      );
    } catch (error) {
      if (error instanceof Invalid) return render(error.fields);
      throw error;
    }
  });

  return web;
}

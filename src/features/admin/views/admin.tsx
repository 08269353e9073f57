import { AGENCY_KINDS } from '../../../../db/schema/agencies';
import { ROLES } from '../../../../db/schema/auth';
import { Fieldset, Input, Notice, Select, TextArea } from '../../../../views/components/form';
import { Badge, ErrorSummary, PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { CsrfField, Layout } from '../../../../views/layout';
import type { FieldError } from '../../../kernel/errors';
import type { MessageKey } from '../../../kernel/i18n';

/** An account as the users table shows it. */
export interface UserItem {
  id: number;
  email: string;
  name: string;
  role: string;
  active: boolean;
  agencyName: string | null;
}

/** A level-2 RAB/RAL code a proposed function may sit under. */
export interface ParentOption {
  code: string;
  title: string;
  titleEn: string | null;
}

const crumbs = (ctx: ViewCtx) => [{ href: '/admin', label: ctx.t('admin.title') }];

export function AdminHome(props: { ctx: ViewCtx; proposed: number; users: number }) {
  const { ctx } = props;
  const title = ctx.t('admin.title');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} />
      <ul class="explore">
        <li>
          <a href="/admin/pengguna">{ctx.t('admin.users')}</a>
          <span>{ctx.t('admin.usersLead', { n: props.users })}</span>
        </li>
        <li>
          <a href="/admin/instansi/baru">{ctx.t('admin.newAgency')}</a>
          <span>{ctx.t('admin.editAgencyHint')}</span>
        </li>
        <li>
          <a href="/admin/fungsi">{ctx.t('admin.proposedFunctions')}</a>
          <span>{ctx.t('admin.proposedWaiting', { n: props.proposed })}</span>
        </li>
        <li>
          <a href="/admin/libur">{ctx.t('proc.holidays.title')}</a>
          <span>{ctx.t('admin.holidaysHint')}</span>
        </li>
      </ul>
    </Layout>
  );
}

export interface UserFormValues {
  email: string;
  name: string;
  position: string;
  role: string;
  agency: string;
  active: boolean;
}

function UserFields(props: { ctx: ViewCtx; v: UserFormValues; errors: FieldError[]; creating: boolean }) {
  const { ctx, v, errors } = props;
  return (
    <>
      {props.creating ? (
        <Input
          label={ctx.t('admin.email')}
          name="email"
          type="email"
          value={v.email}
          errors={errors}
          required
        />
      ) : null}
      <Input label={ctx.t('admin.name')} name="name" value={v.name} errors={errors} required />
      <Input
        label={ctx.t('account.position')}
        name="position"
        value={v.position}
        errors={errors}
        maxlength={200}
        hint={ctx.t('account.positionHint')}
      />
      <Select
        label={ctx.t('admin.role')}
        name="role"
        value={v.role}
        errors={errors}
        options={ROLES.map((r) => ({ value: r, label: r }))}
      />
      <Input
        label={ctx.t('admin.agencyCode')}
        name="agency"
        value={v.agency}
        errors={errors}
        hint={ctx.t('admin.agencyCodeHint')}
      />
      <Input
        label={props.creating ? ctx.t('admin.initialPassword') : ctx.t('admin.newPassword')}
        name="password"
        type="password"
        errors={errors}
        required={props.creating}
        autocomplete="new-password"
        hint={ctx.t('admin.passwordHint')}
      />
      {props.creating ? null : (
        <label class="check">
          <input type="checkbox" name="active" value="true" checked={v.active} />{' '}
          {ctx.t('admin.accountActive')}
        </label>
      )}
    </>
  );
}

export function UsersPage(props: {
  ctx: ViewCtx;
  users: UserItem[];
  values: UserFormValues;
  errors: FieldError[];
  created?: string;
}) {
  const { ctx } = props;
  const title = ctx.t('admin.users');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} crumbs={crumbs(ctx)} />
      {props.created ? (
        <Notice kind="ok">{ctx.t('admin.accountCreated', { email: props.created })}</Notice>
      ) : null}
      <table>
        <thead>
          <tr>
            <th>{ctx.t('admin.email')}</th>
            <th>{ctx.t('admin.name')}</th>
            <th>{ctx.t('admin.role')}</th>
            <th>{ctx.t('admin.agency')}</th>
            <th>{ctx.t('admin.status')}</th>
          </tr>
        </thead>
        <tbody>
          {props.users.map((u) => (
            <tr>
              <td>
                <a href={`/admin/pengguna/${u.id}`}>{u.email}</a>
              </td>
              <td>{u.name}</td>
              <td>
                <Badge>{u.role}</Badge>
              </td>
              <td>{u.agencyName ?? '—'}</td>
              <td>
                {u.active ? (
                  <Badge kind="ok">{ctx.t('admin.active')}</Badge>
                ) : (
                  <Badge kind="muted">{ctx.t('admin.disabled')}</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{ctx.t('admin.createAccountTitle')}</h2>
      <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
      <form method="post" action="/admin/pengguna" class="stack narrow">
        <CsrfField ctx={ctx} />
        <UserFields ctx={ctx} v={props.values} errors={props.errors} creating />
        <button type="submit">{ctx.t('admin.createAccount')}</button>
      </form>
    </Layout>
  );
}

export function UserEditPage(props: {
  ctx: ViewCtx;
  id: number;
  email: string;
  values: UserFormValues;
  errors: FieldError[];
  saved?: boolean;
}) {
  const { ctx } = props;
  const title = props.email;
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[...crumbs(ctx), { href: '/admin/pengguna', label: ctx.t('admin.users') }]}
      />
      {props.saved ? <Notice kind="ok">{ctx.t('admin.saved')}</Notice> : null}
      <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
      <form method="post" action={`/admin/pengguna/${props.id}`} class="stack narrow">
        <CsrfField ctx={ctx} />
        <UserFields ctx={ctx} v={props.values} errors={props.errors} creating={false} />
        <button type="submit">{ctx.t('admin.save')}</button>
      </form>
    </Layout>
  );
}

export interface AgencyFormValues {
  code: string;
  name: string;
  shortName: string;
  kind: string;
  parent: string;
  website: string;
}

export function AgencyFormPage(props: {
  ctx: ViewCtx;
  existingCode?: string;
  values: AgencyFormValues;
  errors: FieldError[];
}) {
  const { ctx, values: v, errors } = props;
  const title = props.existingCode
    ? ctx.t('admin.editAgency', { code: props.existingCode })
    : ctx.t('admin.newAgency');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} crumbs={crumbs(ctx)} />
      <ErrorSummary title={ctx.t('error.invalid')} errors={errors} />
      <form
        method="post"
        action={props.existingCode ? `/admin/instansi/${props.existingCode}/ubah` : '/admin/instansi/baru'}
        class="stack narrow"
      >
        <CsrfField ctx={ctx} />
        <Input
          label={ctx.t('admin.code')}
          name="code"
          value={v.code}
          errors={errors}
          required
          hint={ctx.t('admin.codeHint')}
        />
        <Input label={ctx.t('admin.name')} name="name" value={v.name} errors={errors} required />
        <Input label={ctx.t('admin.shortName')} name="shortName" value={v.shortName} errors={errors} />
        <Select
          label={ctx.t('admin.kind')}
          name="kind"
          value={v.kind}
          errors={errors}
          options={AGENCY_KINDS.map((k) => ({ value: k, label: ctx.t(`kind.${k}` as MessageKey) }))}
        />
        <Input label={ctx.t('admin.parentAgency')} name="parent" value={v.parent} errors={errors} />
        <Input label={ctx.t('admin.website')} name="website" type="url" value={v.website} errors={errors} />
        <button type="submit">{ctx.t('admin.save')}</button>
      </form>
    </Layout>
  );
}

export function ProposedFunctionsPage(props: {
  ctx: ViewCtx;
  items: {
    code: string;
    title: string;
    titleEn: string;
    description: string;
    parentCode: string;
    agencyName: string | null;
  }[];
  errors: FieldError[];
  done?: string;
}) {
  const { ctx } = props;
  const title = ctx.t('admin.proposedFunctions');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} crumbs={crumbs(ctx)} lead={ctx.t('admin.proposedLead')} />
      {props.done ? <Notice kind="ok">{props.done}</Notice> : null}
      <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
      {props.items.length === 0 ? (
        <p class="empty">{ctx.t('admin.noProposals')}</p>
      ) : (
        <ul class="cards">
          {props.items.map((f) => (
            <li>
              <span class="title">
                <code>{f.code}</code> {f.title}
              </span>
              <div class="meta">
                <span>
                  {ctx.t('admin.under')} <code>{f.parentCode}</code>
                </span>
                <span>· {f.agencyName ?? '—'}</span>
              </div>
              {f.description ? <p>{f.description}</p> : null}
              <form method="post" action={`/admin/fungsi/${f.code}`} class="inline-form">
                <CsrfField ctx={ctx} />
                <button type="submit" name="action" value="accept">
                  {ctx.t('admin.accept')}
                </button>
                <label>
                  {ctx.t('admin.mergeInto')}{' '}
                  <input type="text" name="into" placeholder="RAB.09.06.01" size={14} />
                </label>
                <button type="submit" name="action" value="merge" class="secondary">
                  {ctx.t('admin.merge')}
                </button>
                <button type="submit" name="action" value="reject" class="secondary danger">
                  {ctx.t('admin.reject')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export interface FunctionProposalValues {
  parent: string;
  title: string;
  titleEn: string;
  description: string;
}

export function FunctionProposalPage(props: {
  ctx: ViewCtx;
  parents: ParentOption[];
  values: FunctionProposalValues;
  errors: FieldError[];
  proposed?: string;
}) {
  const { ctx, values: v, errors } = props;
  const title = ctx.t('admin.proposeTitle');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[{ href: '/fungsi', label: ctx.t('nav.functions') }]}
        lead={ctx.t('admin.proposeLead')}
      />
      {props.proposed ? <Notice kind="ok">{ctx.t('admin.proposed', { code: props.proposed })}</Notice> : null}
      <ErrorSummary title={ctx.t('error.invalid')} errors={errors} />
      <form method="post" action="/fungsi/usul" class="stack narrow">
        <CsrfField ctx={ctx} />
        <Fieldset legend={ctx.t('admin.function')}>
          <Select
            label={ctx.t('admin.parent')}
            name="parent"
            value={v.parent}
            errors={errors}
            required
            empty="—"
            options={props.parents.map((p) => ({
              value: p.code,
              label: `${p.code} · ${ctx.lang === 'en' && p.titleEn ? p.titleEn : p.title}`,
            }))}
          />
          <Input
            label={ctx.t('admin.functionTitle')}
            name="title"
            value={v.title}
            errors={errors}
            required
            maxlength={150}
          />
          <Input
            label={ctx.t('admin.functionTitleEn')}
            name="titleEn"
            value={v.titleEn}
            errors={errors}
            maxlength={150}
          />
          <TextArea
            label={ctx.t('admin.description')}
            name="description"
            value={v.description}
            errors={errors}
          />
        </Fieldset>
        <button type="submit">{ctx.t('admin.propose')}</button>
      </form>
    </Layout>
  );
}

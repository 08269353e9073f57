import { AGENCY_KINDS } from '../../../../db/schema/agencies';
import { ROLES } from '../../../../db/schema/auth';
import { Fieldset, Input, Notice, Select, TextArea } from '../../../../views/components/form';
import { Badge, ErrorSummary, PageHeader } from '../../../../views/components/ui';
import { L, type ViewCtx } from '../../../../views/context';
import { CsrfField, Layout } from '../../../../views/layout';
import type { FieldError } from '../../../kernel/errors';
import type { MessageKey } from '../../../kernel/i18n';
import type { UserListItem } from '../../accounts/repo';
import type { ReferenceCodeRow } from '../../catalogue/repo/catalogue';

const crumbs = (ctx: ViewCtx) => [{ href: '/admin', label: L(ctx, 'Administrasi', 'Administration') }];

export function AdminHome(props: { ctx: ViewCtx; proposed: number; users: number }) {
  const { ctx } = props;
  const title = L(ctx, 'Administrasi', 'Administration');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} />
      <ul class="explore">
        <li>
          <a href="/admin/pengguna">{L(ctx, 'Pengguna', 'Users')}</a>
          <span>
            {L(
              ctx,
              `${props.users} akun; buat, ubah peran, nonaktifkan`,
              `${props.users} accounts; create, change role, disable`,
            )}
          </span>
        </li>
        <li>
          <a href="/admin/instansi/baru">{L(ctx, 'Instansi baru', 'New agency')}</a>
          <span>{L(ctx, 'Ubah instansi dari halaman instansinya', 'Edit an agency from its page')}</span>
        </li>
        <li>
          <a href="/admin/fungsi">{L(ctx, 'Usulan fungsi', 'Proposed functions')}</a>
          <span>
            {L(ctx, `${props.proposed} menunggu keputusan`, `${props.proposed} waiting for a decision`)}
          </span>
        </li>
      </ul>
    </Layout>
  );
}

export interface UserFormValues {
  email: string;
  name: string;
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
          label={L(ctx, 'E-mel', 'E-mail')}
          name="email"
          type="email"
          value={v.email}
          errors={errors}
          required
        />
      ) : null}
      <Input label={L(ctx, 'Nama', 'Name')} name="name" value={v.name} errors={errors} required />
      <Select
        label={L(ctx, 'Peran', 'Role')}
        name="role"
        value={v.role}
        errors={errors}
        options={ROLES.map((r) => ({ value: r, label: r }))}
      />
      <Input
        label={L(ctx, 'Kode instansi', 'Agency code')}
        name="agency"
        value={v.agency}
        errors={errors}
        hint={L(
          ctx,
          'wajib untuk operator; penilai bawaan KEMENPANRB',
          'required for operators; reviewers default to KEMENPANRB',
        )}
      />
      <Input
        label={
          props.creating
            ? L(ctx, 'Kata sandi awal', 'Initial password')
            : L(ctx, 'Kata sandi baru (kosongkan jika tidak diganti)', 'New password (leave empty to keep)')
        }
        name="password"
        type="password"
        errors={errors}
        required={props.creating}
        autocomplete="new-password"
        hint={L(ctx, 'minimal 12 karakter', 'at least 12 characters')}
      />
      {props.creating ? null : (
        <label class="check">
          <input type="checkbox" name="active" value="true" checked={v.active} />{' '}
          {L(ctx, 'Akun aktif', 'Account active')}
        </label>
      )}
    </>
  );
}

export function UsersPage(props: {
  ctx: ViewCtx;
  users: UserListItem[];
  values: UserFormValues;
  errors: FieldError[];
  created?: string;
}) {
  const { ctx } = props;
  const title = L(ctx, 'Pengguna', 'Users');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} crumbs={crumbs(ctx)} />
      {props.created ? (
        <Notice kind="ok">
          {L(ctx, `Akun ${props.created} dibuat.`, `Account ${props.created} created.`)}
        </Notice>
      ) : null}
      <table>
        <thead>
          <tr>
            <th>{L(ctx, 'E-mel', 'E-mail')}</th>
            <th>{L(ctx, 'Nama', 'Name')}</th>
            <th>{L(ctx, 'Peran', 'Role')}</th>
            <th>{L(ctx, 'Instansi', 'Agency')}</th>
            <th>Status</th>
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
                  <Badge kind="ok">{L(ctx, 'aktif', 'active')}</Badge>
                ) : (
                  <Badge kind="muted">{L(ctx, 'nonaktif', 'disabled')}</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{L(ctx, 'Buat akun', 'Create an account')}</h2>
      <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
      <form method="post" action="/admin/pengguna" class="stack narrow">
        <CsrfField ctx={ctx} />
        <UserFields ctx={ctx} v={props.values} errors={props.errors} creating />
        <button type="submit">{L(ctx, 'Buat akun', 'Create account')}</button>
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
        crumbs={[...crumbs(ctx), { href: '/admin/pengguna', label: L(ctx, 'Pengguna', 'Users') }]}
      />
      {props.saved ? <Notice kind="ok">{L(ctx, 'Tersimpan.', 'Saved.')}</Notice> : null}
      <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
      <form method="post" action={`/admin/pengguna/${props.id}`} class="stack narrow">
        <CsrfField ctx={ctx} />
        <UserFields ctx={ctx} v={props.values} errors={props.errors} creating={false} />
        <button type="submit">{L(ctx, 'Simpan', 'Save')}</button>
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
    ? L(ctx, `Ubah instansi ${props.existingCode}`, `Edit agency ${props.existingCode}`)
    : L(ctx, 'Instansi baru', 'New agency');
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
          label={L(ctx, 'Kode', 'Code')}
          name="code"
          value={v.code}
          errors={errors}
          required
          hint={L(
            ctx,
            'kode wilayah Kemendagri (35.07) atau kode singkat (KOMDIGI)',
            'Kemendagri region code (35.07) or a short code (KOMDIGI)',
          )}
        />
        <Input label={L(ctx, 'Nama', 'Name')} name="name" value={v.name} errors={errors} required />
        <Input
          label={L(ctx, 'Nama singkat', 'Short name')}
          name="shortName"
          value={v.shortName}
          errors={errors}
        />
        <Select
          label={L(ctx, 'Jenis', 'Kind')}
          name="kind"
          value={v.kind}
          errors={errors}
          options={AGENCY_KINDS.map((k) => ({ value: k, label: ctx.t(`kind.${k}` as MessageKey) }))}
        />
        <Input
          label={L(ctx, 'Kode instansi induk', 'Parent agency code')}
          name="parent"
          value={v.parent}
          errors={errors}
        />
        <Input
          label={L(ctx, 'Situs web', 'Website')}
          name="website"
          type="url"
          value={v.website}
          errors={errors}
        />
        <button type="submit">{L(ctx, 'Simpan', 'Save')}</button>
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
  const title = L(ctx, 'Usulan fungsi', 'Proposed functions');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={crumbs(ctx)}
        lead={L(
          ctx,
          'Terima fungsi baru, gabungkan ke fungsi yang sudah ada (tautan aplikasi ikut pindah), atau tolak.',
          'Accept a new function, merge it into an existing one (application links move along), or reject it.',
        )}
      />
      {props.done ? <Notice kind="ok">{props.done}</Notice> : null}
      <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
      {props.items.length === 0 ? (
        <p class="empty">{L(ctx, 'Tidak ada usulan yang menunggu.', 'No proposals waiting.')}</p>
      ) : (
        <ul class="cards">
          {props.items.map((f) => (
            <li>
              <span class="title">
                <code>{f.code}</code> {f.title}
              </span>
              <div class="meta">
                <span>
                  {L(ctx, 'di bawah', 'under')} <code>{f.parentCode}</code>
                </span>
                <span>· {f.agencyName ?? '—'}</span>
              </div>
              {f.description ? <p>{f.description}</p> : null}
              <form method="post" action={`/admin/fungsi/${f.code}`} class="inline-form">
                <CsrfField ctx={ctx} />
                <button type="submit" name="action" value="accept">
                  {L(ctx, 'Terima', 'Accept')}
                </button>
                <label>
                  {L(ctx, 'gabung ke kode', 'merge into code')}{' '}
                  <input type="text" name="into" placeholder="RAB.09.06.01" size={14} />
                </label>
                <button type="submit" name="action" value="merge" class="secondary">
                  {L(ctx, 'Gabungkan', 'Merge')}
                </button>
                <button type="submit" name="action" value="reject" class="secondary danger">
                  {L(ctx, 'Tolak', 'Reject')}
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
  parents: ReferenceCodeRow[];
  values: FunctionProposalValues;
  errors: FieldError[];
  proposed?: string;
}) {
  const { ctx, values: v, errors } = props;
  const title = L(ctx, 'Usulkan fungsi bisnis baru', 'Propose a new business function');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[{ href: '/fungsi', label: ctx.t('nav.functions') }]}
        lead={L(
          ctx,
          'Periksa dulu katalog fungsi; usulan ditinjau admin sebelum dapat dipilih.',
          'Check the function catalogue first; an admin reviews a proposal before it can be picked.',
        )}
      />
      {props.proposed ? (
        <Notice kind="ok">
          {L(
            ctx,
            `Fungsi diusulkan dengan kode ${props.proposed}; menunggu keputusan admin.`,
            `Function proposed as ${props.proposed}; waiting for an admin.`,
          )}
        </Notice>
      ) : null}
      <ErrorSummary title={ctx.t('error.invalid')} errors={errors} />
      <form method="post" action="/fungsi/usul" class="stack narrow">
        <CsrfField ctx={ctx} />
        <Fieldset legend={L(ctx, 'Fungsi', 'Function')}>
          <Select
            label={L(ctx, 'Induk (RAB/RAL tingkat 2)', 'Parent (level-2 RAB/RAL)')}
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
            label={L(ctx, 'Judul', 'Title')}
            name="title"
            value={v.title}
            errors={errors}
            required
            maxlength={150}
          />
          <Input
            label={L(ctx, 'Judul (English)', 'Title (English)')}
            name="titleEn"
            value={v.titleEn}
            errors={errors}
            maxlength={150}
          />
          <TextArea
            label={L(ctx, 'Deskripsi', 'Description')}
            name="description"
            value={v.description}
            errors={errors}
          />
        </Fieldset>
        <button type="submit">{L(ctx, 'Usulkan', 'Propose')}</button>
      </form>
    </Layout>
  );
}

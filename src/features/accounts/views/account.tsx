import { Input, Notice } from '../../../../views/components/form';
import { Badge, ErrorSummary, formatDate, PageHeader } from '../../../../views/components/ui';
import { L, type ViewCtx } from '../../../../views/context';
import { CsrfField, Layout } from '../../../../views/layout';
import type { FieldError } from '../../../kernel/errors';

export interface TokenRow {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** The signed-in person's account: who they are, and their personal API tokens. */
export function AccountPage(props: {
  ctx: ViewCtx;
  tokens: TokenRow[];
  newToken?: { name: string; token: string };
  errors: FieldError[];
  tokenName?: string;
}) {
  const { ctx } = props;
  const user = ctx.user!;
  const title = L(ctx, 'Akun saya', 'My account');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} />
      <dl class="facts">
        <dt>{L(ctx, 'Nama', 'Name')}</dt>
        <dd>{user.name}</dd>
        <dt>{L(ctx, 'E-mel', 'E-mail')}</dt>
        <dd>{user.email}</dd>
        <dt>{L(ctx, 'Peran', 'Role')}</dt>
        <dd>
          <Badge>{user.role}</Badge>
        </dd>
        <dt>{L(ctx, 'Instansi', 'Agency')}</dt>
        <dd>{user.agencyName ?? '—'}</dd>
      </dl>

      <h2 id="tokens">{L(ctx, 'Token API', 'API tokens')}</h2>
      <p>
        {L(
          ctx,
          'Token untuk skrip dan sistem lain yang memakai API tulis (/api/v1) atas nama Anda, dengan hak yang sama. Kirim sebagai header Authorization: Bearer <token>. Token hanya ditampilkan sekali; yang disimpan hanya hash-nya.',
          'Tokens let scripts and other systems use the write API (/api/v1) on your behalf, with your rights. Send it as the header Authorization: Bearer <token>. A token is shown once; only its hash is stored.',
        )}
      </p>
      {props.newToken ? (
        <Notice kind="ok">
          <p>
            {L(ctx, 'Token baru', 'New token')} <strong>{props.newToken.name}</strong>:{' '}
            {L(
              ctx,
              'salin sekarang, tidak akan ditampilkan lagi.',
              'copy it now, it will not be shown again.',
            )}
          </p>
          <p>
            <code class="token" id="new-token">
              {props.newToken.token}
            </code>
          </p>
        </Notice>
      ) : null}
      <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
      <form method="post" action="/akun/token" class="inline-form">
        <CsrfField ctx={ctx} />
        <Input
          label={L(ctx, 'Nama token (untuk apa)', 'Token name (what it is for)')}
          name="name"
          value={props.tokenName ?? ''}
          errors={props.errors}
          required
          maxlength={100}
        />
        <button type="submit">{L(ctx, 'Buat token', 'Create token')}</button>
      </form>
      {props.tokens.length ? (
        <table>
          <thead>
            <tr>
              <th>{L(ctx, 'Nama', 'Name')}</th>
              <th>{L(ctx, 'Dibuat', 'Created')}</th>
              <th>{L(ctx, 'Terakhir dipakai', 'Last used')}</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.tokens.map((t) => (
              <tr>
                <td>{t.name}</td>
                <td>{formatDate(ctx, t.createdAt, true)}</td>
                <td>{formatDate(ctx, t.lastUsedAt, true)}</td>
                <td>
                  {t.revokedAt ? (
                    <Badge kind="muted">{L(ctx, 'dicabut', 'revoked')}</Badge>
                  ) : (
                    <Badge kind="ok">{L(ctx, 'aktif', 'active')}</Badge>
                  )}
                </td>
                <td>
                  {t.revokedAt ? null : (
                    <form method="post" action={`/akun/token/${t.id}/cabut`} class="inline">
                      <CsrfField ctx={ctx} />
                      <button type="submit" class="secondary">
                        {L(ctx, 'Cabut', 'Revoke')}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="empty">{L(ctx, 'Belum ada token.', 'No tokens yet.')}</p>
      )}
    </Layout>
  );
}

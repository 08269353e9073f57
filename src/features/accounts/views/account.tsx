import { Input, Notice } from '../../../../views/components/form';
import { Badge, ErrorSummary, formatDate, PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { CsrfField, Layout } from '../../../../views/layout';
import type { FieldError } from '../../../kernel/errors';
import type { MessageKey } from '../../../kernel/i18n';
import { PASSWORD_MIN } from '../schemas';

export interface TokenRow {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const ROLE_LABEL: Record<string, MessageKey> = {
  operator: 'account.role.operator',
  reviewer: 'account.role.reviewer',
  admin: 'account.role.admin',
};

/** The signed-in person's account: who they are, their password and personal API tokens. */
export function AccountPage(props: {
  ctx: ViewCtx;
  tokens: TokenRow[];
  newToken?: { name: string; token: string };
  errors: FieldError[];
  tokenName?: string;
  /** Errors of the change-password form (shown there, not with the token form). */
  passwordErrors?: FieldError[];
  /** Set after a password change: how many other sessions ended. */
  passwordChanged?: number;
  /** A refused position, as typed, with its errors. */
  position?: string;
  positionErrors?: FieldError[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  const user = ctx.user!;
  const title = t('account.title');
  const pwErrors = props.passwordErrors ?? [];
  const roleKey = ROLE_LABEL[user.role];
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} />
      <dl class="facts">
        <dt>{t('account.name')}</dt>
        <dd>{user.name}</dd>
        <dt>{t('account.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('account.role')}</dt>
        <dd>
          <Badge kind="info">{roleKey ? t(roleKey) : user.role}</Badge>
        </dd>
        <dt>{t('account.agency')}</dt>
        <dd>{user.agencyName ?? '—'}</dd>
      </dl>

      <h2 id="position">{t('account.position')}</h2>
      {ctx.url.searchParams.get('jabatan') === '1' ? (
        <Notice kind="ok">{t('account.positionSaved')}</Notice>
      ) : null}
      <ErrorSummary title={t('error.invalid')} errors={props.positionErrors ?? []} />
      <form method="post" action="/akun/jabatan" class="stack narrow">
        <CsrfField ctx={ctx} />
        <Input
          label={t('account.position')}
          name="position"
          value={props.position ?? user.position ?? ''}
          errors={props.positionErrors ?? []}
          maxlength={200}
          hint={t('account.positionHint')}
        />
        <button type="submit">{t('account.savePosition')}</button>
      </form>

      <h2 id="password">{t('account.password')}</h2>
      <p class="hint">{t('account.passwordLead')}</p>
      {props.passwordChanged !== undefined ? (
        <Notice kind="ok">{t('account.passwordChanged', { count: props.passwordChanged })}</Notice>
      ) : null}
      <ErrorSummary title={t('error.invalid')} errors={pwErrors} />
      <form method="post" action="/akun/sandi" class="stack narrow" hx-boost="false">
        <CsrfField ctx={ctx} />
        <Input
          label={t('account.currentPassword')}
          name="current"
          type="password"
          errors={pwErrors}
          required
          autocomplete="current-password"
        />
        <Input
          label={t('account.newPassword')}
          name="password"
          type="password"
          errors={pwErrors}
          required
          autocomplete="new-password"
          hint={t('account.newPasswordHint', { min: PASSWORD_MIN })}
        />
        <Input
          label={t('account.confirmPassword')}
          name="confirm"
          type="password"
          errors={pwErrors}
          required
          autocomplete="new-password"
        />
        <div>
          <button type="submit">{t('account.changePassword')}</button>
        </div>
      </form>

      <h2 id="tokens">{t('account.tokens')}</h2>
      <p>{t('account.tokensLead')}</p>
      {props.newToken ? (
        <Notice kind="ok">
          <p>
            {t('account.newToken')} <strong>{props.newToken.name}</strong>: {t('account.copyNow')}
          </p>
          <p>
            <code class="token" id="new-token">
              {props.newToken.token}
            </code>
          </p>
        </Notice>
      ) : null}
      <ErrorSummary title={t('error.invalid')} errors={props.errors} />
      <form method="post" action="/akun/token" class="inline-form">
        <CsrfField ctx={ctx} />
        <Input
          label={t('account.tokenName')}
          name="name"
          value={props.tokenName ?? ''}
          errors={props.errors}
          required
          maxlength={100}
        />
        <button type="submit">{t('account.createToken')}</button>
      </form>
      {props.tokens.length ? (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('account.name')}</th>
                <th>{t('account.created')}</th>
                <th>{t('account.lastUsed')}</th>
                <th>{t('account.status')}</th>
                <th>
                  <span class="visually-hidden">{t('account.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.tokens.map((tok) => (
                <tr>
                  <td>{tok.name}</td>
                  <td>{formatDate(ctx, tok.createdAt, true)}</td>
                  <td>{formatDate(ctx, tok.lastUsedAt, true)}</td>
                  <td>
                    {tok.revokedAt ? (
                      <Badge kind="muted">{t('account.revoked')}</Badge>
                    ) : (
                      <Badge kind="ok">{t('account.active')}</Badge>
                    )}
                  </td>
                  <td>
                    {tok.revokedAt ? null : (
                      <form method="post" action={`/akun/token/${tok.id}/cabut`} class="inline">
                        <CsrfField ctx={ctx} />
                        <button
                          type="submit"
                          class="secondary"
                          aria-label={t('account.revokeToken', { name: tok.name })}
                        >
                          {t('account.revoke')}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty">{t('account.noTokens')}</p>
      )}
    </Layout>
  );
}

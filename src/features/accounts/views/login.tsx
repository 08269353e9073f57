import { Input, Notice } from '../../../../views/components/form';
import { ErrorSummary, PageHeader } from '../../../../views/components/ui';
import { L, type ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import type { FieldError } from '../../../kernel/errors';

/** The sign-in page: e-mail and password, posted to /login (works without JavaScript). */
export function LoginPage(props: {
  ctx: ViewCtx;
  email: string;
  next: string;
  errors: FieldError[];
  message?: string;
}) {
  const { ctx } = props;
  const title = L(ctx, 'Masuk', 'Sign in');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        lead={L(
          ctx,
          'Untuk operator instansi, penilai KemenPANRB dan admin. Publik tidak perlu masuk untuk menelusuri katalog.',
          'For agency operators, KemenPANRB reviewers and admins. The public can browse the catalogue without signing in.',
        )}
      />
      {props.message ? <Notice kind="error">{props.message}</Notice> : null}
      <ErrorSummary
        title={ctx.t('error.invalid')}
        errors={props.errors.filter((e) => e.field !== 'password')}
      />
      <form method="post" action="/login" class="stack narrow" hx-boost="false">
        <input type="hidden" name="next" value={props.next} />
        <Input
          label={L(ctx, 'E-mel', 'E-mail')}
          name="email"
          type="email"
          value={props.email}
          errors={props.errors}
          required
          autocomplete="username"
        />
        <Input
          label={L(ctx, 'Kata sandi', 'Password')}
          name="password"
          type="password"
          errors={props.errors}
          required
          autocomplete="current-password"
        />
        <button type="submit">{L(ctx, 'Masuk', 'Sign in')}</button>
      </form>
    </Layout>
  );
}

import { Input, Notice } from '../../../../views/components/form';
import { ErrorSummary, PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import type { FieldError } from '../../../kernel/errors';

/** The sign-in page: e-mail and password, posted to /login (works without JavaScript). */
export function LoginPage(props: {
  ctx: ViewCtx;
  email: string;
  /** Where to go after signing in (a safe local path), or null for the role's start page. */
  next: string | null;
  errors: FieldError[];
  message?: string;
}) {
  const { ctx } = props;
  const title = ctx.t('login.title');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} lead={ctx.t('login.lead')} />
      {props.message ? <Notice kind="error">{props.message}</Notice> : null}
      <ErrorSummary
        title={ctx.t('error.invalid')}
        errors={props.errors.filter((e) => e.field !== 'password')}
      />
      <form method="post" action="/login" class="stack narrow" hx-boost="false">
        {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
        <Input
          label={ctx.t('login.email')}
          name="email"
          type="email"
          value={props.email}
          errors={props.errors}
          required
          autocomplete="username"
        />
        <Input
          label={ctx.t('login.password')}
          name="password"
          type="password"
          errors={props.errors}
          required
          autocomplete="current-password"
        />
        <button type="submit">{ctx.t('login.submit')}</button>
      </form>
    </Layout>
  );
}

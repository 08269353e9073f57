import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../../kernel/env';
import { type FieldIssue, Invalid } from '../../../kernel/errors';
import { formRecord, str } from '../../../kernel/http/forms';
import { fieldErrors, viewCtx } from '../../../kernel/http/render';
import { parseOrThrow, toFieldIssues } from '../../../kernel/schemas';
import { IdParam } from '../../catalogue/schemas';
import { ApiTokenInput, Position } from '../../registry/schemas';
import { requireUser } from '../middleware';
import { ChangePasswordInput } from '../schemas';
import { apiTokensOf, changeOwnPassword, createApiToken, revokeApiToken, setOwnPosition } from '../service';
import { AccountPage } from '../views/account';

/**
 * `/akun`: the signed-in person's account: their password (changed here, ending their other
 * sessions) and personal API tokens (created and revoked here).
 */
export function accountRouter() {
  const web = new Hono<AppEnv>();

  web.get('/akun', async (c) => {
    const user = requireUser(c);
    const tokens = await apiTokensOf(c.get('db'), user);
    return c.html(<AccountPage ctx={viewCtx(c)} tokens={tokens} errors={[]} />);
  });

  web.post('/akun/token', async (c) => {
    const user = requireUser(c);
    const db = c.get('db');
    const name = str(await formRecord(c), 'name') ?? '';
    const parsed = v.safeParse(ApiTokenInput, { name });
    if (!parsed.success) {
      const tokens = await apiTokensOf(db, user);
      return c.html(
        <AccountPage
          ctx={viewCtx(c)}
          tokens={tokens}
          errors={fieldErrors(c, toFieldIssues(parsed.issues))}
          tokenName={name}
        />,
        422,
      );
    }
    const created = await createApiToken(db, user.id, parsed.output.name);
    const tokens = await apiTokensOf(db, user);
    // Shown once, in this response only; never stored or redirected through a URL.
    c.header('Cache-Control', 'no-store');
    return c.html(
      <AccountPage
        ctx={viewCtx(c)}
        tokens={tokens}
        errors={[]}
        newToken={{ name: created.name, token: created.token }}
      />,
      201,
    );
  });

  web.post('/akun/sandi', async (c) => {
    const user = requireUser(c);
    const db = c.get('db');
    const form = await formRecord(c);
    const input = {
      current: str(form, 'current') ?? '',
      password: str(form, 'password') ?? '',
      confirm: str(form, 'confirm') ?? '',
    };
    const render = async (
      status: 200 | 422,
      extra: { passwordErrors?: FieldIssue[]; passwordChanged?: number },
    ) =>
      c.html(
        <AccountPage
          ctx={viewCtx(c)}
          tokens={await apiTokensOf(db, user)}
          errors={[]}
          passwordErrors={fieldErrors(c, extra.passwordErrors ?? [])}
          passwordChanged={extra.passwordChanged}
        />,
        status,
      );
    const parsed = v.safeParse(ChangePasswordInput, input);
    if (!parsed.success) return render(422, { passwordErrors: toFieldIssues(parsed.issues) });
    try {
      const ended = await changeOwnPassword(db, c.get('passwords'), user, c.get('sessionId'), parsed.output);
      return render(200, { passwordChanged: ended });
    } catch (error) {
      if (error instanceof Invalid) return render(422, { passwordErrors: error.fields });
      throw error;
    }
  });

  web.post('/akun/jabatan', async (c) => {
    const user = requireUser(c);
    const db = c.get('db');
    const position = str(await formRecord(c), 'position') ?? '';
    const parsed = v.safeParse(Position, position);
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.issues).map((i) => ({ ...i, field: 'position' }));
      return c.html(
        <AccountPage
          ctx={viewCtx(c)}
          tokens={await apiTokensOf(db, user)}
          errors={[]}
          position={position}
          positionErrors={fieldErrors(c, issues)}
        />,
        422,
      );
    }
    await setOwnPosition(db, user, parsed.output);
    return c.redirect('/akun?jabatan=1#position', 303);
  });

  web.post('/akun/token/:id/cabut', async (c) => {
    const user = requireUser(c);
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    await revokeApiToken(c.get('db'), user, id);
    return c.redirect('/akun#tokens', 303);
  });

  return web;
}

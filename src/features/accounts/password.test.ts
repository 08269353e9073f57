import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { formPost, makeActor, PASSWORD } from '../../../test/support/auth';
import { createSession, SESSION_COOKIE, validateSessionToken } from './service';

const NEW = 'kata-sandi-baru-yang-panjang';

describe('changing one’s own password at /akun', () => {
  it('shows the form to a signed-in person', async () => {
    const { app, db } = await createTestApp();
    const me = await makeActor(db, 'operator', '35.07', 'operator@malangkab.go.id');
    const page = await (await app.request('/akun', { headers: { Cookie: me.cookie } })).text();
    expect(page).toContain('Ganti kata sandi');
    expect(page).toContain('name="current"');
    expect(page).toContain('autocomplete="new-password"');
  });

  it('changes it, ends the account’s other sessions, keeps this one, and audits it', async () => {
    const { app, db } = await createTestApp();
    const me = await makeActor(db, 'operator', '35.07', 'operator@malangkab.go.id');
    const other = await createSession(db, me.user.id);
    const res = await formPost(app, '/akun/sandi', { current: PASSWORD, password: NEW, confirm: NEW }, me);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Kata sandi diganti. 1 sesi lain diakhiri.');
    expect(await validateSessionToken(db, other.token)).toBeNull();
    const mine = me.cookie.slice(`${SESSION_COOKIE}=`.length);
    expect(await validateSessionToken(db, mine)).not.toBeNull();
    const oldLogin = await formPost(app, '/login', { email: me.user.email, password: PASSWORD });
    expect(oldLogin.status).toBe(422);
    const newLogin = await formPost(app, '/login', { email: me.user.email, password: NEW });
    expect(newLogin.status).toBe(303);
    const audit = await db.$client.execute(
      "select actor_user_id, entity_id, after from audit_events where action = 'change_password'",
    );
    expect(audit.rows).toHaveLength(1);
    expect(Number(audit.rows[0]?.entity_id)).toBe(me.user.id);
    expect(String(audit.rows[0]?.after)).not.toContain('argon2');
  });

  it('refuses a wrong current password next to that field, changing nothing', async () => {
    const { app, db } = await createTestApp();
    const me = await makeActor(db, 'operator', '35.07', 'operator@malangkab.go.id');
    const other = await createSession(db, me.user.id);
    const res = await formPost(
      app,
      '/akun/sandi',
      { current: 'salah-sekali', password: NEW, confirm: NEW },
      me,
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('id="current-error">kata sandi sekarang salah');
    expect(await validateSessionToken(db, other.token)).not.toBeNull();
    expect((await formPost(app, '/login', { email: me.user.email, password: PASSWORD })).status).toBe(303);
  });

  it('refuses a short password, a repeat that differs, and the same password, in English too', async () => {
    const { app, db } = await createTestApp();
    const me = await makeActor(db, 'operator', '35.07', 'operator@malangkab.go.id');
    const short = await formPost(
      app,
      '/akun/sandi',
      { current: PASSWORD, password: 'pendek', confirm: 'pendek' },
      me,
    );
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('id="password-error">minimal 12 karakter');
    const differ = await formPost(
      app,
      '/akun/sandi',
      { current: PASSWORD, password: NEW, confirm: `${NEW}x` },
      me,
    );
    expect(await differ.text()).toContain('id="confirm-error">tidak sama dengan kata sandi baru');
    const same = await formPost(
      app,
      '/akun/sandi?lang=en',
      { current: PASSWORD, password: PASSWORD, confirm: PASSWORD },
      me,
    );
    const html = await same.text();
    expect(html).toContain('id="password-error">must differ from the current password');
    expect(html).not.toContain('harus berbeda');
  });

  it('needs a session', async () => {
    const { app } = await createTestApp();
    const res = await formPost(app, '/akun/sandi', { current: PASSWORD, password: NEW, confirm: NEW });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('/login');
  });
});

import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { apiCall, formPost, registryFixture } from '../../../test/support/auth';

describe('an admin resetting a password', () => {
  it('ends every session and API token of that person, and only theirs', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    expect((await apiCall(app, 'GET', '/api/v1/me', undefined, fx.owner)).status).toBe(200);
    const res = await formPost(
      app,
      `/admin/pengguna/${fx.owner.user.id}`,
      {
        name: fx.owner.user.name,
        role: 'operator',
        agency: '35.07',
        active: 'on',
        password: 'kata-sandi-baru-yang-panjang',
      },
      fx.admin,
    );
    expect(res.status).toBe(200);
    const token = await apiCall(app, 'GET', '/api/v1/me', undefined, fx.owner);
    expect(token.status).toBe(401);
    expect((await app.request('/saya', { headers: { Cookie: fx.owner.cookie } })).status).toBe(303);
    // Other people's tokens keep working.
    expect((await apiCall(app, 'GET', '/api/v1/me', undefined, fx.other)).status).toBe(200);
  });
});

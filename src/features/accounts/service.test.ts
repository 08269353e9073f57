import { describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import { agencyIdOf, makeUser, PASSWORD } from '../../../test/support/auth';
import { createTestDb } from '../../../test/support/db';
import { expectRejection } from '../../../test/support/expect';
import {
  apiTokenAudit,
  apiTokenLastUsedAt,
  apiTokenRows,
  sessionDump,
  sessionRows,
} from '../../../test/support/repo';
import { Invalid, NotFound, TooManyRequests } from '../../kernel/errors';
import { statusOf } from '../../kernel/http/errors';
import { nativeHasher } from '../../kernel/password-node';
import * as authRepo from './repo';
import {
  createApiToken,
  createSession,
  hashToken,
  invalidateSession,
  login,
  revokeApiToken,
  SESSION_TTL_MS,
  THROTTLE,
  userForApiToken,
  validateSessionToken,
} from './service';

async function addUser(db: Db, email: string, role: authRepo.SessionUser['role'] = 'operator') {
  return (await makeUser(db, role, role === 'operator' ? 'BKN' : null, email, `Pengguna ${email}`)).id;
}

const ADDRESS = '203.0.113.7';

describe('login and sessions', () => {
  it('signs in and stores only the SHA-256 of the session token', async () => {
    const db = await createTestDb();
    const userId = await addUser(db, 'operator@bkn.go.id');
    const res = await login(db, nativeHasher, {
      email: 'operator@bkn.go.id',
      password: PASSWORD,
      address: ADDRESS,
    });
    expect(res.token).toMatch(/^[a-z2-7]{32}$/);
    expect(res.user).toMatchObject({
      id: userId,
      email: 'operator@bkn.go.id',
      role: 'operator',
      agencyCode: 'BKN',
    });
    expect(res.user).not.toHaveProperty('passwordHash');
    const rows = await sessionRows(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(hashToken(res.token));
    expect(rows[0]!.id).not.toBe(res.token);
    expect(Number(rows[0]!.userId)).toBe(userId);
    const dump = JSON.stringify(await sessionDump(db));
    expect(dump).not.toContain(res.token);
  });

  it('accepts the e-mail in any case', async () => {
    const db = await createTestDb();
    await addUser(db, 'operator@bkn.go.id');
    const res = await login(db, nativeHasher, {
      email: 'Operator@BKN.go.id',
      password: PASSWORD,
      address: ADDRESS,
    });
    expect(res.user.email).toBe('operator@bkn.go.id');
  });

  it('validates a session token to its user', async () => {
    const db = await createTestDb();
    const userId = await addUser(db, 'operator@bkn.go.id');
    const { token } = await login(db, nativeHasher, {
      email: 'operator@bkn.go.id',
      password: PASSWORD,
      address: ADDRESS,
    });
    const session = await validateSessionToken(db, token);
    expect(session?.sessionId).toBe(hashToken(token));
    expect(session?.user).toEqual({
      id: userId,
      email: 'operator@bkn.go.id',
      name: 'Pengguna operator@bkn.go.id',
      role: 'operator',
      agencyId: await agencyIdOf(db, 'BKN'),
      agencyCode: 'BKN',
      agencyName: expect.any(String),
      locale: 'id',
      position: null,
    });
    expect(await validateSessionToken(db, `${token}x`)).toBeNull();
    expect(await validateSessionToken(db, hashToken(token))).toBeNull();
  });

  it('rejects and deletes a session past its expiry', async () => {
    const db = await createTestDb();
    const userId = await addUser(db, 'operator@bkn.go.id');
    const start = Date.now();
    const { token } = await createSession(db, userId, start);
    expect(await validateSessionToken(db, token, start + SESSION_TTL_MS + 1)).toBeNull();
    expect(await sessionRows(db)).toHaveLength(0);
    // Gone for good, even if the clock were turned back.
    expect(await validateSessionToken(db, token, start)).toBeNull();
  });

  it('rejects a session exactly at its expiry', async () => {
    const db = await createTestDb();
    const userId = await addUser(db, 'operator@bkn.go.id');
    const start = Date.now();
    const { token } = await createSession(db, userId, start);
    expect(await validateSessionToken(db, token, start + SESSION_TTL_MS)).toBeNull();
  });

  it('extends a session used in the second half of its life', async () => {
    const db = await createTestDb();
    const userId = await addUser(db, 'operator@bkn.go.id');
    const start = Date.now();
    const { token, expiresAt } = await createSession(db, userId, start);
    const later = start + SESSION_TTL_MS * 0.75;
    const session = await validateSessionToken(db, token, later);
    expect(session?.refreshed).toBe(true);
    expect(session!.expiresAt.getTime()).toBe(later + SESSION_TTL_MS);
    expect(session!.expiresAt.getTime()).toBeGreaterThan(expiresAt.getTime());
    expect(Number((await sessionRows(db))[0]!.expiresAt)).toBe(later + SESSION_TTL_MS);
    // Still valid after the original expiry.
    expect(await validateSessionToken(db, token, start + SESSION_TTL_MS + 1000)).not.toBeNull();
  });

  it('does not extend a session used in the first half of its life', async () => {
    const db = await createTestDb();
    const userId = await addUser(db, 'operator@bkn.go.id');
    const start = Date.now();
    const { token, expiresAt } = await createSession(db, userId, start);
    const session = await validateSessionToken(db, token, start + SESSION_TTL_MS * 0.25);
    expect(session?.refreshed).toBe(false);
    expect(session!.expiresAt.getTime()).toBe(expiresAt.getTime());
    expect(Number((await sessionRows(db))[0]!.expiresAt)).toBe(expiresAt.getTime());
  });

  it('ends a session on sign-out', async () => {
    const db = await createTestDb();
    await addUser(db, 'operator@bkn.go.id');
    const { token } = await login(db, nativeHasher, {
      email: 'operator@bkn.go.id',
      password: PASSWORD,
      address: ADDRESS,
    });
    const session = await validateSessionToken(db, token);
    await invalidateSession(db, session!.sessionId);
    expect(await validateSessionToken(db, token)).toBeNull();
    expect(await sessionRows(db)).toHaveLength(0);
  });

  it('issues a fresh token at every sign-in', async () => {
    const db = await createTestDb();
    await addUser(db, 'operator@bkn.go.id');
    const input = { email: 'operator@bkn.go.id', password: PASSWORD, address: ADDRESS };
    const a = await login(db, nativeHasher, input);
    const b = await login(db, nativeHasher, input);
    expect(a.token).not.toBe(b.token);
    expect(hashToken(a.token)).not.toBe(hashToken(b.token));
    expect((await sessionRows(db)).map((r) => r.id).sort()).toEqual(
      [hashToken(a.token), hashToken(b.token)].sort(),
    );
  });

  it('refuses a disabled account and stops its existing sessions and API tokens', async () => {
    const db = await createTestDb();
    const userId = await addUser(db, 'operator@bkn.go.id');
    const input = { email: 'operator@bkn.go.id', password: PASSWORD, address: ADDRESS };
    const { token } = await login(db, nativeHasher, input);
    const api = await createApiToken(db, userId, 'ci');
    const user = (await authRepo.userById(db, userId))!;
    await authRepo.updateUser(db, userId, {
      name: user.name,
      role: user.role,
      agencyId: user.agencyId,
      active: false,
    });
    await expectRejection(login(db, nativeHasher, input), Invalid);
    expect(await validateSessionToken(db, token)).toBeNull();
    expect(await userForApiToken(db, api.token)).toBeNull();
  });

  it('says only that the pair is wrong, for a wrong password or an unknown e-mail', async () => {
    const db = await createTestDb();
    await addUser(db, 'operator@bkn.go.id');
    const wrong = await expectRejection(
      login(db, nativeHasher, { email: 'operator@bkn.go.id', password: 'salah-sekali', address: ADDRESS }),
      Invalid,
    );
    const unknown = await expectRejection(
      login(db, nativeHasher, { email: 'siapa@bkn.go.id', password: PASSWORD, address: ADDRESS }),
      Invalid,
    );
    expect(wrong.fields).toEqual([{ field: 'password', message: { key: 'login.wrong' } }]);
    expect(unknown.message).toBe(wrong.message);
    expect(unknown.fields).toEqual(wrong.fields);
    expect(await sessionRows(db)).toHaveLength(0);
  });
});

describe('sign-in throttling', () => {
  const EMAIL = 'operator@bkn.go.id';
  const attempt = (db: Db, password: string, address: string, at: number, email = EMAIL) =>
    login(db, nativeHasher, { email, password, address }, at);

  it('delays a failing client with growing waits, never for longer than the cap', async () => {
    const db = await createTestDb();
    await addUser(db, EMAIL);
    const now = Date.now();
    for (let i = 0; i < THROTTLE.perClient; i++)
      await expectRejection(attempt(db, `salah-${i}`, ADDRESS, now), Invalid);
    // Waiting: even the right password from this client is not checked yet.
    const first = await expectRejection(attempt(db, PASSWORD, ADDRESS, now + 1), TooManyRequests);
    expect(statusOf(first, { method: 'POST' })).toBe(429);
    expect(first.retryAt.getTime()).toBe(now + THROTTLE.baseDelayMs);
    // Asking again while waiting does not make the wait longer.
    const again = await expectRejection(attempt(db, 'salah', ADDRESS, now + 2), TooManyRequests);
    expect(again.retryAt.getTime()).toBe(now + THROTTLE.baseDelayMs);
    // Each failure after the wait doubles the next one, up to the cap.
    let at = now + THROTTLE.baseDelayMs;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      await expectRejection(attempt(db, 'salah', ADDRESS, at), Invalid);
      const wait = await expectRejection(attempt(db, 'salah', ADDRESS, at + 1), TooManyRequests);
      waits.push(wait.retryAt.getTime() - at);
      at = wait.retryAt.getTime();
    }
    expect(waits.slice(0, 4)).toEqual([2, 4, 8, 16].map((f) => f * THROTTLE.baseDelayMs));
    expect(Math.max(...waits)).toBe(THROTTLE.maxDelayMs);
    // Once the wait is over, the right password signs in and the client starts afresh.
    const ok = await attempt(db, PASSWORD, ADDRESS, at);
    expect(ok.user.email).toBe(EMAIL);
  });

  it('lets the owner sign in from a client that has not been failing while an attacker guesses', async () => {
    const db = await createTestDb();
    await addUser(db, EMAIL, 'admin');
    const now = Date.now();
    // One attacker hammering, and a botnet of 40 addresses guessing on the same account.
    for (let i = 0; i < 12; i++) await attempt(db, `salah-${i}`, ADDRESS, now + i).catch(() => {});
    for (let i = 0; i < 40; i++)
      await attempt(db, `tebak-${i}`, `198.51.100.${i}`, now + 100 + i).catch(() => {});
    const owner = await attempt(db, PASSWORD, '192.0.2.10', now + 200);
    expect(owner.user.email).toBe(EMAIL);
    // The attacker's own address is still waiting.
    await expectRejection(attempt(db, PASSWORD, ADDRESS, now + 201), TooManyRequests);
  });

  it('gives each new client only one free failure on an account under attack', async () => {
    const db = await createTestDb();
    await addUser(db, EMAIL);
    const now = Date.now();
    for (let i = 0; i < THROTTLE.underAttack; i++) {
      await expectRejection(attempt(db, 'salah', `198.51.100.${i}`, now), Invalid);
    }
    const fresh = '203.0.113.99';
    await expectRejection(attempt(db, 'salah', fresh, now + 1), Invalid);
    const waiting = await expectRejection(attempt(db, 'salah', fresh, now + 2), TooManyRequests);
    expect(waiting.retryAt.getTime()).toBe(now + 1 + THROTTLE.baseDelayMs);
    // Another account is not under attack: its clients keep the usual allowance.
    await addUser(db, 'lain@bkn.go.id');
    for (let i = 0; i < THROTTLE.perClient - 1; i++)
      await expectRejection(attempt(db, 'salah', fresh, now + 3, 'lain@bkn.go.id'), Invalid);
    expect((await attempt(db, PASSWORD, fresh, now + 4, 'lain@bkn.go.id')).token).toBeTruthy();
  });

  it('treats the e-mail in any case as the same account', async () => {
    const db = await createTestDb();
    await addUser(db, EMAIL);
    const now = Date.now();
    for (let i = 0; i < THROTTLE.perClient; i++)
      await expectRejection(attempt(db, 'salah', ADDRESS, now, i % 2 ? EMAIL.toUpperCase() : EMAIL), Invalid);
    await expectRejection(attempt(db, PASSWORD, ADDRESS, now + 1, 'Operator@BKN.go.id'), TooManyRequests);
  });

  it('does not delay after 4 failures, and a success clears the client', async () => {
    const db = await createTestDb();
    await addUser(db, EMAIL);
    const now = Date.now();
    for (let i = 0; i < THROTTLE.perClient - 1; i++)
      await expectRejection(attempt(db, 'salah', ADDRESS, now), Invalid);
    expect((await attempt(db, PASSWORD, ADDRESS, now)).token).toBeTruthy();
    for (let i = 0; i < THROTTLE.perClient - 1; i++)
      await expectRejection(attempt(db, 'salah', ADDRESS, now), Invalid);
    expect((await attempt(db, PASSWORD, ADDRESS, now)).token).toBeTruthy();
  });

  it('delays an address after 30 failures across accounts, and only that address', async () => {
    const db = await createTestDb();
    await addUser(db, EMAIL);
    const now = Date.now();
    // 29 failures spread over many e-mails (none reaches the per-client limit on one account).
    for (let i = 0; i < THROTTLE.perAddress - 1; i++) {
      await expectRejection(attempt(db, 'salah', ADDRESS, now, `tebak${i % 10}@bkn.go.id`), Invalid);
    }
    expect((await attempt(db, PASSWORD, ADDRESS, now)).token).toBeTruthy();
    await expectRejection(attempt(db, 'salah', ADDRESS, now, 'tebak-terakhir@bkn.go.id'), Invalid);
    await expectRejection(attempt(db, PASSWORD, ADDRESS, now), TooManyRequests);
    expect((await attempt(db, PASSWORD, '198.51.100.1', now)).token).toBeTruthy();
  });

  it('checks at most 5 passwords for one client and account when guesses arrive concurrently', async () => {
    const db = await createTestDb();
    await addUser(db, EMAIL);
    const now = Date.now();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => attempt(db, `tebakan-${i}`, ADDRESS, now)),
    );
    const outcomes = results.map((r) =>
      r.status === 'rejected' ? (r.reason as Error).constructor.name : 'ok',
    );
    expect(outcomes.filter((o) => o === 'Invalid').length).toBeLessThanOrEqual(THROTTLE.perClient);
    expect(outcomes.filter((o) => o === 'TooManyRequests').length).toBeGreaterThanOrEqual(15);
    expect(outcomes.filter((o) => o !== 'Invalid' && o !== 'TooManyRequests')).toEqual([]);
  });

  it('starts a new window when the old one has ended instead of accumulating failures forever', async () => {
    const db = await createTestDb();
    await addUser(db, EMAIL);
    const now = Date.now();
    for (let i = 0; i < THROTTLE.perClient - 1; i++)
      await expectRejection(attempt(db, 'salah', ADDRESS, now), Invalid);
    const later = now + THROTTLE.windowMs + 60_000;
    for (let i = 0; i < THROTTLE.perClient - 1; i++)
      await expectRejection(attempt(db, 'salah', ADDRESS, later), Invalid);
    expect((await attempt(db, PASSWORD, ADDRESS, later)).token).toBeTruthy();
  });
});

describe('API tokens', () => {
  it('creates a kat_ token, stores only its hash, finds its user and stops after revocation', async () => {
    const db = await createTestDb();
    const userId = await addUser(db, 'operator@bkn.go.id');
    const created = await createApiToken(db, userId, 'integrasi SPLP');
    expect(created.token).toMatch(/^kat_[a-z2-7]{32}$/);
    expect(created.name).toBe('integrasi SPLP');

    const rows = await apiTokenRows(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(hashToken(created.token));
    expect(JSON.stringify(rows)).not.toContain(created.token);
    expect(JSON.stringify(rows)).not.toContain(created.token.slice(4));

    const user = await userForApiToken(db, created.token);
    expect(user).toMatchObject({ id: userId, email: 'operator@bkn.go.id', agencyCode: 'BKN' });
    expect(await apiTokenLastUsedAt(db, created.id)).not.toBeNull();

    expect(await userForApiToken(db, `${created.token}x`)).toBeNull();
    expect(await userForApiToken(db, hashToken(created.token))).toBeNull();

    await revokeApiToken(db, user!, created.id);
    expect(await userForApiToken(db, created.token)).toBeNull();
    const audit = await apiTokenAudit(db);
    expect(audit.map((r) => [r.action, r.actor_user_id])).toEqual([['revoke', userId]]);
    // Revoking twice reports that there was no live token, and audits nothing more.
    await expect(revokeApiToken(db, user!, created.id)).rejects.toBeInstanceOf(NotFound);
    expect(await apiTokenAudit(db)).toHaveLength(1);
  });

  it("does not let one user revoke another user's token", async () => {
    const db = await createTestDb();
    const owner = await addUser(db, 'operator@bkn.go.id');
    const other = await addUser(db, 'lain@bkn.go.id');
    const created = await createApiToken(db, owner, 'ci');
    const otherUser = await userForApiToken(db, (await createApiToken(db, other, 'x')).token);
    await expect(revokeApiToken(db, otherUser!, created.id)).rejects.toBeInstanceOf(NotFound);
    expect(await userForApiToken(db, created.token)).not.toBeNull();
  });

  it('gives each token a different value', async () => {
    const db = await createTestDb();
    const userId = await addUser(db, 'operator@bkn.go.id');
    const a = await createApiToken(db, userId, 'a');
    const b = await createApiToken(db, userId, 'b');
    expect(a.token).not.toBe(b.token);
    expect((await userForApiToken(db, a.token))?.id).toBe(userId);
    expect((await userForApiToken(db, b.token))?.id).toBe(userId);
  });
});

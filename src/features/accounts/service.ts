import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from '../../../db/client';
import { Invalid, NotFound, TooManyRequests } from '../../kernel/errors';
import { msg } from '../../kernel/i18n';
import type { PasswordHasher } from '../../kernel/password';
import { actorOf, Batch, changedRows } from '../../kernel/write';
import type { SessionUser } from './repo';
import * as authRepo from './repo';
import type { ChangePasswordInput } from './schemas';

export type { SessionUser } from './repo';

/**
 * Sessions after the lucia-auth.com guide: the cookie holds a random token; the database holds
 * only its SHA-256, so a leaked table cannot be replayed. Expiry slides: a session used in the
 * second half of its life is extended.
 */
export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
export const SESSION_COOKIE = 'katalog_session';

/**
 * Sign-in throttling after OWASP's guidance: growing delays, never a lock that refuses the right
 * password to everyone. Counted per client on one account (`perClient` free failures, then each
 * further one waits `baseDelayMs`, doubling up to `maxDelayMs`), per client across accounts
 * (`perAddress`), and per account: once an account has `underAttack` failures in the window,
 * every client gets only one free failure on it. A client that has not been failing still signs
 * in with the right password while someone else guesses. See docs/decisions/0019-sign-in-throttling.md.
 */
export const THROTTLE = {
  /** A counter with no failure for this long starts afresh (longer than the longest wait). */
  windowMs: 60 * 60_000,
  baseDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
  perClient: 5,
  perAddress: 30,
  underAttack: 20,
} as const;

const encoder = new TextEncoder();

/** 20 random bytes in base32: 160 bits, readable in a cookie or an Authorization header. */
export function generateToken(): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
}

export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(encoder.encode(token)));
}

/**
 * The CSRF token of a session: derived from the secret cookie token, so it needs no storage,
 * differs per session and cannot be computed from the session id in the database.
 */
export function csrfTokenFor(sessionToken: string): string {
  return encodeHexLowerCase(sha256(encoder.encode(`csrf:${sessionToken}`))).slice(0, 40);
}

export interface ValidSession {
  sessionId: string;
  expiresAt: Date;
  user: SessionUser;
  /** True when the expiry moved and the cookie must be sent again. */
  refreshed: boolean;
}

export async function createSession(db: Db, userId: number, now = Date.now()) {
  const token = generateToken();
  const expiresAt = new Date(now + SESSION_TTL_MS);
  await authRepo.insertSession(db, hashToken(token), userId, expiresAt);
  return { token, expiresAt };
}

/** The session and user of a cookie token, or null if unknown, expired or the account is disabled. */
export async function validateSessionToken(
  db: Db,
  token: string,
  now = Date.now(),
): Promise<ValidSession | null> {
  const sessionId = hashToken(token);
  const row = await authRepo.sessionWithUser(db, sessionId);
  if (!row) return null;
  if (row.expiresAt.getTime() <= now || !row.active) {
    await authRepo.deleteSession(db, sessionId);
    return null;
  }
  let expiresAt = row.expiresAt;
  let refreshed = false;
  if (expiresAt.getTime() - now < SESSION_TTL_MS / 2) {
    expiresAt = new Date(now + SESSION_TTL_MS);
    await authRepo.extendSession(db, sessionId, expiresAt);
    refreshed = true;
  }
  return { sessionId, expiresAt, user: row.user, refreshed };
}

export async function invalidateSession(db: Db, sessionId: string) {
  await authRepo.deleteSession(db, sessionId);
}

/**
 * A PHC string no password matches, verified when the e-mail is unknown so that the answer
 * takes as long for a missing account as for a wrong password.
 */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const throttleKeys = (email: string, address: string) => ({
  account: `email:${email.toLowerCase()}`,
  client: `email:${email.toLowerCase()}|ip:${address}`,
  address: `ip:${address}`,
});

const TOO_MANY = msg('login.tooMany');

/**
 * Checks e-mail and password, throttled (see {@link THROTTLE}). On success it starts a new
 * session (a fresh token: the session is rotated at every sign-in) and takes the attempt back;
 * on failure it says only that the pair is wrong.
 */
export async function login(
  db: Db,
  hasher: PasswordHasher,
  input: { email: string; password: string; address: string },
  now = Date.now(),
) {
  const keys = throttleKeys(input.email, input.address);
  const rows = await authRepo.throttleRows(db, [keys.account, keys.client, keys.address]);
  const waiting = rows
    .filter((t) => t.key !== keys.account && t.lockedUntil && t.lockedUntil.getTime() > now)
    .map((t) => t.lockedUntil!.getTime());
  if (waiting.length) throw new TooManyRequests(TOO_MANY, new Date(Math.max(...waiting)));
  const account = rows.find((t) => t.key === keys.account);
  const underAttack =
    !!account &&
    account.windowStartedAt.getTime() >= now - THROTTLE.windowMs &&
    account.failures >= THROTTLE.underAttack;
  // The attempt is charged before the password is checked, and only if no counter is waiting
  // (atomically), so parallel guesses cannot all pass the check; a success takes it back.
  const refused = await authRepo.chargeAttempt(
    db,
    [
      { key: keys.client, limit: underAttack ? 1 : THROTTLE.perClient },
      { key: keys.address, limit: THROTTLE.perAddress },
      { key: keys.account, limit: null },
    ],
    now,
    THROTTLE.windowMs,
    THROTTLE.baseDelayMs,
    THROTTLE.maxDelayMs,
  );
  if (refused.length) {
    const again = await authRepo.throttleRows(db, refused);
    const until = Math.max(now + 1000, ...again.map((t) => t.lockedUntil?.getTime() ?? 0));
    throw new TooManyRequests(TOO_MANY, new Date(until));
  }
  const user = await authRepo.userForLogin(db, input.email);
  const ok = await hasher.verify(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !ok || !user.active) {
    throw new Invalid(msg('login.wrong'), [{ field: 'password', message: msg('login.wrong') }]);
  }
  await authRepo.clearThrottle(db, keys.client);
  await authRepo.forgiveAttempt(db, keys.address, THROTTLE.perAddress);
  await authRepo.forgiveAttempt(db, keys.account, Number.MAX_SAFE_INTEGER);
  const session = await createSession(db, user.id, now);
  const { passwordHash: _h, active: _a, ...sessionUser } = user;
  return { ...session, user: sessionUser as SessionUser };
}

/** API tokens: `kat_` and 32 base32 characters; only the SHA-256 is stored. */
export async function createApiToken(db: Db, userId: number, name: string) {
  const token = `kat_${generateToken()}`;
  const row = await authRepo.insertApiToken(db, userId, name, hashToken(token));
  return { ...row, token };
}

/** The person's own API tokens, newest first (live and revoked). */
export async function apiTokensOf(db: Db, user: SessionUser) {
  return authRepo.listApiTokens(db, user.id);
}

/** Revokes one of the person's live tokens, with its audit event in the same batch. */
export async function revokeApiToken(db: Db, user: SessionUser, id: number, now = Date.now()) {
  const batch = new Batch();
  const slot = batch.add(authRepo.revokeApiTokenStatement(db, user.id, id, new Date(now)));
  batch.audit(
    db,
    {
      ...actorOf(user),
      action: 'revoke',
      entityType: 'api_token',
      entityId: id,
      before: { revoked: false },
      after: { revoked: true },
    },
    changedRows,
  );
  const result = await batch.run(db);
  if (!result.rowsAffected(slot)) throw new NotFound(msg('account.tokenNotFound'));
}

/**
 * Changes the person's own password after checking the current one, and ends every other
 * session of the account (a stolen cookie stops working), in one batch with its audit event.
 * Returns how many other sessions ended.
 */
export async function changeOwnPassword(
  db: Db,
  hasher: PasswordHasher,
  user: SessionUser,
  currentSessionId: string | null,
  input: ChangePasswordInput,
): Promise<number> {
  const stored = await authRepo.passwordHashOf(db, user.id);
  if (!stored || !(await hasher.verify(stored, input.current))) {
    throw new Invalid(msg('error.invalidInput'), [
      { field: 'current', message: msg('account.wrongPassword') },
    ]);
  }
  const hash = await hasher.hash(input.password);
  const batch = new Batch();
  batch.add(authRepo.setPasswordStatement(db, user.id, hash));
  const ended = batch.add(authRepo.deleteOtherSessionsStatement(db, user.id, currentSessionId));
  // The hash itself is never written to the audit trail, only that it changed.
  batch.audit(db, {
    ...actorOf(user),
    action: 'change_password',
    entityType: 'user',
    entityId: user.id,
    before: null,
    after: { password: 'changed', otherSessionsEnded: true },
  });
  const result = await batch.run(db);
  return result.rowsAffected(ended);
}

/** Sets the signed-in person's own position (jabatan), audited; empty clears it. */
export async function setOwnPosition(db: Db, user: SessionUser, position: string | null): Promise<void> {
  const batch = new Batch();
  batch.add(authRepo.setPositionStatement(db, user.id, position));
  batch.audit(db, {
    ...actorOf(user),
    action: 'update',
    entityType: 'user',
    entityId: user.id,
    before: { position: user.position ?? null },
    after: { position },
  });
  await batch.run(db);
}

/** The user of a bearer token, or null if it is unknown, revoked or its account disabled. */
export async function userForApiToken(db: Db, token: string, now = Date.now()): Promise<SessionUser | null> {
  const row = await authRepo.userForApiToken(db, hashToken(token));
  if (!row?.active) return null;
  await authRepo.touchApiToken(db, row.tokenId, new Date(now));
  return row.user;
}

/** Every account with its agency, for the admin feature's user list (which guards access). */
export const allUsers = (db: Db) => authRepo.listUsers(db);
/** One account with its agency and whether it is active, unguarded (for the admin feature). */
export const userById = (db: Db, id: number) => authRepo.userById(db, id);

import { and as dand, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { agencies } from '../../../db/schema/agencies';
import { apiTokens, loginThrottles, type Role, sessions, users } from '../../../db/schema/auth';

import type { SessionUser } from '../../kernel/user';
import { Batch } from '../../kernel/write';

/** Kept here for imports that predate the kernel type. */
export type { SessionUser };

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  agencyId: users.agencyId,
  agencyCode: agencies.code,
  agencyName: agencies.name,
  locale: users.locale,
  position: users.position,
};

export async function userForLogin(db: Db, email: string) {
  const [row] = await db
    .select({ ...userColumns, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.email, email.toLowerCase()));
  return row;
}

export async function sessionWithUser(db: Db, sessionId: string) {
  const [row] = await db
    .select({ user: userColumns, expiresAt: sessions.expiresAt, active: users.active })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(sessions.id, sessionId));
  return row;
}

export async function insertSession(db: Db, id: string, userId: number, expiresAt: Date) {
  await db.insert(sessions).values({ id, userId, expiresAt });
}

export async function extendSession(db: Db, id: string, expiresAt: Date) {
  await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Db, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function throttleRows(db: Db, keys: string[]) {
  if (!keys.length) return [];
  return db.select().from(loginThrottles).where(sql`${loginThrottles.key} in ${keys}`);
}

/** One throttle counter to charge for a sign-in attempt. */
export interface ThrottleCharge {
  key: string;
  /** Failures allowed in a window before each further one waits; `null`: never waits. */
  limit: number | null;
}

/**
 * Charges one attempt to each counter, in one atomic batch, unless the counter is waiting
 * (`locked_until` in the future). A counter past its limit waits `baseMs` doubled for every
 * failure beyond the limit, at most `maxMs`. `window_started_at` holds the latest failure: a
 * counter quiet for `windowMs` starts afresh, so the delays keep growing while someone keeps
 * guessing (a fixed window would reset them mid-attack). Returns the keys that
 * refused the attempt: a waiting counter is not charged, so hammering it does not extend the wait.
 */
export async function chargeAttempt(
  db: Db,
  charges: ThrottleCharge[],
  now: number,
  windowMs: number,
  baseMs: number,
  maxMs: number,
): Promise<string[]> {
  const fresh = now - windowMs;
  const batch = new Batch();
  const slots = charges.map(({ key, limit }) => {
    const failures = sql`(case when login_throttles.window_started_at < ${fresh} then 1 else login_throttles.failures + 1 end)`;
    const wait =
      limit === null
        ? sql`null`
        : sql`case when ${failures} >= ${limit}
            then ${now} + min(${maxMs}, ${baseMs} * (1 << min(20, ${failures} - ${limit})))
            else null end`;
    return batch.add(
      db.run(sql`insert into login_throttles (key, failures, window_started_at, locked_until)
      values (${key}, 1, ${now}, ${limit !== null && limit <= 1 ? now + baseMs : null})
      on conflict(key) do update set
        failures = ${failures},
        window_started_at = ${now},
        locked_until = ${wait}
      where login_throttles.locked_until is null or login_throttles.locked_until <= ${now}
      returning key`),
    );
  });
  const result = await batch.run(db);
  return charges.filter((_, i) => result.rowsAffected(slots[i]!) === 0).map((c) => c.key);
}

export async function clearThrottle(db: Db, key: string) {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}

export async function insertApiToken(db: Db, userId: number, name: string, tokenHash: string) {
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash })
    .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt });
  return row!;
}

export async function userForApiToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ user: userColumns, tokenId: apiTokens.id, active: users.active })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(dand(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function touchApiToken(db: Db, id: number, at: Date) {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

export async function listApiTokens(db: Db, userId: number) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(sql`${apiTokens.createdAt} desc`);
}

/** The statement that revokes a live token of this user (changes no row if there is none). */
export function revokeApiTokenStatement(db: Db, userId: number, id: number, at: Date) {
  return db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(dand(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}

export interface UserListItem {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  agencyCode: string | null;
  agencyName: string | null;
}

export async function listUsers(db: Db): Promise<UserListItem[]> {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      agencyCode: agencies.code,
      agencyName: agencies.name,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .orderBy(users.email);
}

export async function userById(db: Db, id: number) {
  const [row] = await db
    .select({ ...userColumns, active: users.active })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, id));
  return row;
}

export async function insertUser(
  db: Db,
  u: {
    email: string;
    name: string;
    passwordHash: string;
    role: Role;
    agencyId: number | null;
    position?: string | null;
  },
) {
  const [row] = await db
    .insert(users)
    .values({ ...u, email: u.email.toLowerCase() })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return row?.id;
}

export async function updateUser(
  db: Db,
  id: number,
  u: {
    name: string;
    role: Role;
    agencyId: number | null;
    active: boolean;
    position?: string | null;
    passwordHash?: string;
  },
) {
  await db.update(users).set(u).where(eq(users.id, id));
}

/** Takes back one counted attempt (a successful sign-in), lifting a lock it no longer justifies. */
/** Takes one attempt back from a counter (a sign-in succeeded), ending its wait if under the limit. */
export async function forgiveAttempt(db: Db, key: string, limit: number) {
  await db.run(sql`update login_throttles set failures = max(failures - 1, 0),
      locked_until = case when failures - 1 < ${limit} then null else locked_until end
    where key = ${key}`);
}

/** The statement that sets an account's own position (jabatan). */
export function setPositionStatement(db: Db, userId: number, position: string | null) {
  return db.update(users).set({ position }).where(eq(users.id, userId));
}

/** The stored password hash of an account (for checking the current password). */
export async function passwordHashOf(db: Db, userId: number): Promise<string | undefined> {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.hash;
}

/** The statement that sets an account's password hash. */
export function setPasswordStatement(db: Db, userId: number, passwordHash: string) {
  return db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** The statement that ends every session of an account except `keepSessionId`. */
export function deleteOtherSessionsStatement(db: Db, userId: number, keepSessionId: string | null) {
  return db
    .delete(sessions)
    .where(
      keepSessionId
        ? dand(eq(sessions.userId, userId), sql`${sessions.id} <> ${keepSessionId}`)
        : eq(sessions.userId, userId),
    );
}

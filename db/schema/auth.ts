import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { agencies } from './agencies';
import { createdAt } from './common';

export const ROLES = ['operator', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in person. Operators belong to one agency; reviewers to KemenPANRB. */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    /** argon2id in PHC string form. */
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    agencyId: integer('agency_id').references(() => agencies.id),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    locale: text('locale').notNull().default('id'),
    /** Official position (jabatan), printed under the name where the person signs: a clearance letter. */
    position: text('position'),
    createdAt: createdAt(),
  },
  (t) => [index('users_agency_idx').on(t.agencyId), index('users_role_idx').on(t.role)],
);

/** A session: the id is the SHA-256 (hex) of the random token in the cookie, never the token. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Personal API tokens; only the SHA-256 of the token is stored. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/** Failed sign-in counters per key (`email:<addr>` or `ip:<addr>`) for throttling. */
export const loginThrottles = sqliteTable('login_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: integer('window_started_at', { mode: 'timestamp_ms' }).notNull(),
  lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
});

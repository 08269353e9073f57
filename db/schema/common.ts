import { sql } from 'drizzle-orm';
import { integer } from 'drizzle-orm/sqlite-core';

/** Unix epoch milliseconds, set by the database on insert. */
export const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const updatedAt = () =>
  integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

/**
 * How sure a seeded fact is, after reference/spbe.md: V = primary source, S = secondary,
 * B = believed. Rows marked S or B are data an admin can correct, never constants in code.
 */
export const CONFIDENCE = ['V', 'S', 'B'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

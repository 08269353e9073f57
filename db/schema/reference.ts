import {
  type AnySQLiteColumn,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { CONFIDENCE, createdAt, updatedAt } from './common';

export const REFERENCE_DOMAINS = ['RAB', 'RAL', 'RAD', 'RAA', 'RAI', 'RAK'] as const;
export type ReferenceDomain = (typeof REFERENCE_DOMAINS)[number];

/**
 * A code of the national SPBE reference architecture (Perpres 132/2022), written with its
 * domain prefix as in practice: `RAB.09.06`, `RAL.02.04`, `RAD.10.01`, `RAA.01.02`.
 * Levels 1–2 are national; the catalogue's functions and data entities hang below level 2.
 */
export const referenceCodes = sqliteTable(
  'reference_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    domain: text('domain', { enum: REFERENCE_DOMAINS }).notNull(),
    code: text('code').notNull(),
    level: integer('level').notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => referenceCodes.id),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    description: text('description'),
    confidence: text('confidence', { enum: CONFIDENCE }).notNull().default('S'),
    sourceNote: text('source_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('reference_codes_code_uq').on(t.code),
    index('reference_codes_domain_idx').on(t.domain, t.level, t.code),
    index('reference_codes_parent_idx').on(t.parentId),
  ],
);

import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { agencies } from './agencies';
import { createdAt, updatedAt } from './common';
import { referenceCodes } from './reference';

export const FUNCTION_STATUSES = ['active', 'proposed', 'merged', 'rejected'] as const;

/**
 * The eight fields an Aplikasi Umum may cover (reference/spbe.md, [S]). A function tagged with
 * one of them is a candidate for a shared application.
 */
export const SHARED_FIELDS = [
  'perencanaan',
  'penganggaran',
  'pengadaan',
  'akuntabilitas_kinerja',
  'pemantauan_evaluasi',
  'kearsipan',
  'kepegawaian',
  'pengaduan',
] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];

/**
 * The catalogue's own level-3 business function, under exactly one level-2 RAB or RAL code.
 * This curated list, not free text, is what makes overlap precise. Code: `<parent>.<nn>`,
 * e.g. `RAB.09.06.01`.
 */
export const functions = sqliteTable(
  'functions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    referenceCodeId: integer('reference_code_id')
      .notNull()
      .references(() => referenceCodes.id),
    title: text('title').notNull(),
    titleEn: text('title_en').notNull(),
    description: text('description').notNull().default(''),
    sharedField: text('shared_field', { enum: SHARED_FIELDS }),
    status: text('status', { enum: FUNCTION_STATUSES }).notNull().default('active'),
    mergedIntoId: integer('merged_into_id').references((): AnySQLiteColumn => functions.id),
    proposedByAgencyId: integer('proposed_by_agency_id').references(() => agencies.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('functions_reference_idx').on(t.referenceCodeId, t.code),
    index('functions_status_idx').on(t.status, t.code),
    index('functions_shared_field_idx').on(t.sharedField),
  ],
);

import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { agencies } from './agencies';
import { createdAt, updatedAt } from './common';
import { referenceCodes } from './reference';

export const SENSITIVITIES = ['terbuka', 'terbatas', 'tertutup'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
export const DATA_KINDS = ['statistik', 'geospasial', 'keuangan', 'lainnya'] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** A named kind of data under a RAD code, with its sensitivity and steward (wali data). */
export const dataEntities = sqliteTable(
  'data_entities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    referenceCodeId: integer('reference_code_id')
      .notNull()
      .references(() => referenceCodes.id),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    description: text('description').notNull().default(''),
    sensitivity: text('sensitivity', { enum: SENSITIVITIES }).notNull(),
    personalData: integer('personal_data', { mode: 'boolean' }).notNull().default(false),
    dataKind: text('data_kind', { enum: DATA_KINDS }).notNull().default('lainnya'),
    stewardAgencyId: integer('steward_agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('data_entities_reference_idx').on(t.referenceCodeId, t.code),
    index('data_entities_steward_idx').on(t.stewardAgencyId),
    index('data_entities_sensitivity_idx').on(t.sensitivity),
  ],
);

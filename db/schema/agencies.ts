import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt } from './common';

export const AGENCY_KINDS = ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/**
 * A government agency. Regions use Kemendagri's kode wilayah (`35`, `35.07`); central agencies
 * a short code (`BKN`, `KEMENPANRB`). `provinceCode` is the two-digit province of a region (its
 * own code for a province), null for central agencies; it backs the province filter.
 */
export const agencies = sqliteTable(
  'agencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind', { enum: AGENCY_KINDS }).notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => agencies.id, { onDelete: 'set null' }),
    provinceCode: text('province_code'),
    website: text('website'),
    sourceNote: text('source_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('agencies_kind_idx').on(t.kind, t.name),
    index('agencies_province_idx').on(t.provinceCode, t.kind),
    index('agencies_parent_idx').on(t.parentId),
    index('agencies_name_idx').on(t.name),
  ],
);

import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { agencies } from './agencies';
import { CONFIDENCE, createdAt, updatedAt } from './common';
import { dataEntities } from './data';
import { functions } from './functions';
import { referenceCodes } from './reference';

/** `umum` = a national shared application (Aplikasi Umum); `khusus` = agency-specific. */
export const CATEGORIES = ['umum', 'khusus'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * `national` = a national service an agency should reuse rather than rebuild: every Aplikasi
 * Umum and the mandated national sector platforms (SIAK Terpusat, Dapodik, OSS-RBA, ...), each
 * seeded with the source of its mandate; `agency` = everything else. Overlap coverage, flags and
 * justifications treat every national application as shared.
 */
export const SCOPES = ['national', 'agency'] as const;
export type Scope = (typeof SCOPES)[number];

/** Lifecycle of DESIGN.md: draft → proposed → (approved | rejected | returned → proposed) → active → retired. */
export const APP_STATUSES = [
  'draft',
  'proposed',
  'approved',
  'rejected',
  'returned',
  'active',
  'retired',
] as const;
export type AppStatus = (typeof APP_STATUSES)[number];

/** Statuses the public may see; drafts and proposals under review stay with their agency. */
export const PUBLIC_STATUSES = ['approved', 'active', 'retired'] as const satisfies readonly AppStatus[];

export const HOSTINGS = ['pdn', 'cloud', 'instansi'] as const;
export type Hosting = (typeof HOSTINGS)[number];

export const DATA_ROLES = ['master', 'producer', 'consumer'] as const;
export type DataRole = (typeof DATA_ROLES)[number];

export const RELATION_KINDS = ['integrates_with', 'depends_on', 'replaces', 'part_of'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/**
 * A government application. `version` is the optimistic-locking counter: every update names
 * the version it started from and bumps it.
 */
export const applications = sqliteTable(
  'applications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    unit: text('unit'),
    name: text('name').notNull(),
    acronym: text('acronym'),
    description: text('description').notNull().default(''),
    category: text('category', { enum: CATEGORIES }).notNull().default('khusus'),
    scope: text('scope', { enum: SCOPES }).notNull().default('agency'),
    raaCodeId: integer('raa_code_id').references(() => referenceCodes.id),
    status: text('status', { enum: APP_STATUSES }).notNull().default('draft'),
    hosting: text('hosting', { enum: HOSTINGS }),
    url: text('url'),
    repositoryUrl: text('repository_url'),
    licence: text('licence'),
    yearlyCost: integer('yearly_cost'),
    launchYear: integer('launch_year'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    confidence: text('confidence', { enum: CONFIDENCE }),
    /**
     * Copies of the owner agency's kind and province, maintained by triggers (migration
     * 0003), so the list filters count and sort from one index instead of joining 30k rows.
     */
    agencyKind: text('agency_kind'),
    provinceCode: text('province_code'),
    sourceNote: text('source_note'),
    /**
     * The titles (Indonesian and English) of the functions the application performs, kept by
     * triggers (migration 0008) and indexed with its name and description, so a search for what
     * an application does finds it even when its own description uses other words.
     */
    functionTerms: text('function_terms').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('applications_agency_name_uq').on(t.agencyId, sql`lower(${t.name})`),
    index('applications_status_name_idx').on(t.status, t.name),
    index('applications_category_status_idx').on(t.category, t.status, t.name),
    index('applications_scope_status_idx').on(t.scope, t.status, t.name),
    index('applications_agency_status_idx').on(t.agencyId, t.status, t.name),
    index('applications_name_idx').on(t.name),
    index('applications_name_nocase_idx').on(sql`${t.name} collate nocase`),
    index('applications_kind_idx').on(t.agencyKind, t.category, t.status),
    index('applications_province_idx').on(t.provinceCode, t.category, t.status),
    index('applications_updated_idx').on(t.updatedAt),
  ],
);

/** Business functions an application performs (Backstage would call this a relation). */
export const applicationFunctions = sqliteTable(
  'application_functions',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    functionId: integer('function_id')
      .notNull()
      .references(() => functions.id),
  },
  // The (function, application) index is the inverted index the overlap check walks.
  (t) => [
    primaryKey({ columns: [t.applicationId, t.functionId] }),
    index('application_functions_function_idx').on(t.functionId, t.applicationId),
  ],
);

/** Data entities an application handles, with its role: master, producer or consumer. */
export const applicationDataEntities = sqliteTable(
  'application_data_entities',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    dataEntityId: integer('data_entity_id')
      .notNull()
      .references(() => dataEntities.id),
    role: text('role', { enum: DATA_ROLES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.dataEntityId] }),
    index('application_data_entities_entity_idx').on(t.dataEntityId, t.role, t.applicationId),
  ],
);

/** Directed relation between two applications (integrates with, depends on, replaces, part of). */
export const applicationRelations = sqliteTable(
  'application_relations',
  {
    fromApplicationId: integer('from_application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    toApplicationId: integer('to_application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: RELATION_KINDS }).notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.fromApplicationId, t.toApplicationId, t.kind] }),
    index('application_relations_to_idx').on(t.toApplicationId),
  ],
);

/**
 * How many published applications perform each function, and how many of those are shared
 * (`umum`). Maintained by triggers (migration 0003), so the home page and the function
 * catalogue read counts instead of aggregating every link.
 */
export const functionUsage = sqliteTable('function_usage', {
  functionId: integer('function_id')
    .primaryKey()
    .references(() => functions.id, { onDelete: 'cascade' }),
  applications: integer('applications').notNull().default(0),
  sharedApplications: integer('shared_applications').notNull().default(0),
});

/**
 * Per application: how many of its functions a shared (`umum`) published application performs.
 * Maintained by triggers (migration 0013) from `application_functions` and `function_usage`, so
 * the home page's "agency applications doing what a shared one does" counts rows instead of
 * probing every application's links (20–27 ms at 30,000 applications; decision 0046).
 */
export const applicationSharedFunctions = sqliteTable('application_shared_functions', {
  applicationId: integer('application_id')
    .primaryKey()
    .references(() => applications.id, { onDelete: 'cascade' }),
  functions: integer('functions').notNull().default(0),
});

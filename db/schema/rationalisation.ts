import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';

/**
 * The national picture (issue 17), precomputed by the clustering job: one row per run (only the
 * latest is kept), with the time it was computed and the figures pages show (`summary`, JSON:
 * shared coverage, functions rebuilt locally, savings, per agency and per province).
 */
export const rationalisationRuns = sqliteTable('rationalisation_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  computedAt: integer('computed_at', { mode: 'timestamp_ms' }).notNull(),
  durationMs: integer('duration_ms').notNull(),
  applications: integer('applications').notNull(),
  summary: text('summary').notNull(),
});

/** A cluster of look-alike published applications, largest first (`rank`). */
export const rationalisationClusters = sqliteTable(
  'rationalisation_clusters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id')
      .notNull()
      .references(() => rationalisationRuns.id, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
    label: text('label').notNull(),
    size: integer('size').notNull(),
    agencies: integer('agencies').notNull(),
    provinces: integer('provinces').notNull(),
    /** RAB level-1 code (`RAB.09`) of the cluster's most common function, when it is under RAB. */
    sector: text('sector'),
    nationalApplicationId: integer('national_application_id').references(() => applications.id, {
      onDelete: 'set null',
    }),
    /** Sum of the members' reported yearly costs, in rupiah. */
    yearlyCost: integer('yearly_cost').notNull(),
    /** JSON: why the members are look-alikes (shared name, functions, scores). */
    evidence: text('evidence').notNull(),
  },
  (t) => [
    index('rationalisation_clusters_run_idx').on(t.runId, t.rank),
    index('rationalisation_clusters_sector_idx').on(t.sector, t.rank),
  ],
);

/** Which application is in which cluster, with its agency's kind and province for the filters. */
export const rationalisationMembers = sqliteTable(
  'rationalisation_members',
  {
    clusterId: integer('cluster_id')
      .notNull()
      .references(() => rationalisationClusters.id, { onDelete: 'cascade' }),
    applicationId: integer('application_id').notNull(),
    agencyId: integer('agency_id').notNull(),
    agencyKind: text('agency_kind'),
    provinceCode: text('province_code'),
  },
  (t) => [
    primaryKey({ columns: [t.clusterId, t.applicationId] }),
    index('rationalisation_members_agency_idx').on(t.agencyId, t.clusterId),
    index('rationalisation_members_application_idx').on(t.applicationId),
    index('rationalisation_members_kind_idx').on(t.agencyKind, t.clusterId),
    index('rationalisation_members_province_idx').on(t.provinceCode, t.clusterId),
  ],
);

/**
 * The agency applications of the latest run that national services cover (at least
 * `RATIONALISATION.coveredMin` of their functions), with the national service doing most of it.
 */
export const rationalisationCovered = sqliteTable(
  'rationalisation_covered',
  {
    runId: integer('run_id')
      .notNull()
      .references(() => rationalisationRuns.id, { onDelete: 'cascade' }),
    applicationId: integer('application_id').notNull(),
    agencyId: integer('agency_id').notNull(),
    /** Weighted share of its functions national services perform, 0..1. */
    share: real('share').notNull(),
    nationalApplicationId: integer('national_application_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.applicationId] }),
    index('rationalisation_covered_agency_idx').on(t.agencyId, t.runId),
  ],
);

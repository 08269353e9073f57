import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { agencies } from './agencies';
import { applications } from './applications';
import { users } from './auth';
import { createdAt } from './common';

export const PROPOSAL_KINDS = ['build', 'extend', 'operate'] as const;
export const DECISIONS = ['approved', 'approved_with_conditions', 'rejected', 'returned'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DOCUMENT_KINDS = ['kak', 'cost_benefit', 'other'] as const;

/**
 * A proposal (usulan): the extra facts about an application in status `proposed`. `round`
 * counts submissions; a returned proposal resubmitted starts the next round.
 */
export const proposals = sqliteTable(
  'proposals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id')
      .notNull()
      .unique()
      .references(() => applications.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: PROPOSAL_KINDS }).notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    requestedBudget: integer('requested_budget').notNull(),
    justification: text('justification').notNull().default(''),
    round: integer('round').notNull().default(0),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    dueAt: integer('due_at', { mode: 'timestamp_ms' }),
    submittedBy: integer('submitted_by').references(() => users.id),
    published: integer('published', { mode: 'boolean' }).notNull().default(true),
    /** Shared coverage and top overlap score at the latest submission, per mille (migration 0005). */
    sharedCoveragePermille: integer('shared_coverage_permille'),
    topScorePermille: integer('top_score_permille'),
    createdAt: createdAt(),
  },
  (t) => [index('proposals_due_idx').on(t.submittedAt, t.dueAt)],
);

/** KAK, cost-benefit analysis and other documents: an upload (bytes) or a link. */
export const proposalDocuments = sqliteTable(
  'proposal_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    filename: text('filename'),
    mediaType: text('media_type'),
    size: integer('size'),
    content: text('content'),
    url: text('url'),
    createdAt: createdAt(),
  },
  (t) => [index('proposal_documents_proposal_idx').on(t.proposalId)],
);

/**
 * An overlap candidate as it stood at submission, so a decision can later be read against
 * the evidence the reviewer saw. `justification` is the operator's reason for not reusing it.
 */
export const overlapFindings = sqliteTable(
  'overlap_findings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    candidateApplicationId: integer('candidate_application_id')
      .notNull()
      .references(() => applications.id),
    score: integer('score_permille').notNull(),
    functionScore: integer('function_score_permille').notNull(),
    dataScore: integer('data_score_permille').notNull(),
    textScore: integer('text_score_permille').notNull(),
    flagged: integer('flagged', { mode: 'boolean' }).notNull(),
    evidence: text('evidence', { mode: 'json' }).$type<unknown>().notNull(),
    justification: text('justification'),
  },
  (t) => [index('overlap_findings_proposal_idx').on(t.proposalId, t.round)],
);

/** Reason codes a reviewer picks from; admin-maintained data with labels in both languages. */
export const reasonCodes = sqliteTable('reason_codes', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  labelEn: text('label_en').notNull(),
  appliesTo: text('applies_to').notNull().default('any'),
});

/** A reviewer's decision on one round; unique per round so a proposal cannot be decided twice. */
export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    decision: text('decision', { enum: DECISIONS }).notNull(),
    reasonCodes: text('reason_codes', { mode: 'json' }).$type<string[]>().notNull().default([]),
    conditions: text('conditions'),
    comment: text('comment').notNull().default(''),
    suggestedApplicationIds: text('suggested_application_ids', { mode: 'json' })
      .$type<number[]>()
      .notNull()
      .default([]),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => users.id),
    decidedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('reviews_proposal_round_uq').on(t.proposalId, t.round),
    index('reviews_decided_idx').on(t.decidedAt),
  ],
);

/**
 * A clearance (rekomendasi) issued on approval. `contentHash` is an HMAC over its content with
 * a key from configuration, so the public verification page can detect tampering.
 */
export const clearances = sqliteTable(
  'clearances',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: text('number').notNull().unique(),
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => proposals.id),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    fiscalYear: integer('fiscal_year').notNull(),
    budgetCeiling: integer('budget_ceiling').notNull(),
    conditions: text('conditions'),
    issuedAt: createdAt(),
    contentHash: text('content_hash').notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    revokedReason: text('revoked_reason'),
    revokedBy: integer('revoked_by').references(() => users.id),
  },
  (t) => [index('clearances_application_idx').on(t.applicationId)],
);

/** National holidays and collective leave days, maintained by an admin, for review due dates. */
export const holidays = sqliteTable('holidays', {
  date: text('date').primaryKey(),
  name: text('name').notNull(),
});

/** In-app notifications (decision made, returned, new proposal, due soon). */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt)],
);

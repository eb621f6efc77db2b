// The D1 tables, described for drizzle: stored verification reports, the idempotency keys that
// point at them, and one-time presentation challenges. drizzle-kit generates the SQL migrations
// in migrations/ from this file.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { VerificationReport } from '../verify/report/types';

/** One stored report. The submitted credential or URL is never stored, only the report. */
export const verifications = sqliteTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    verdict: text('verdict', { enum: ['valid', 'invalid', 'indeterminate'] }).notNull(),
    report: text('report', { mode: 'json' }).$type<VerificationReport>().notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('verifications_expires_at_idx').on(table.expiresAt)],
);

/** An `Idempotency-Key` seen on a POST: the SHA-256 of its request and the report it produced. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    key: text('key').primaryKey(),
    requestHash: text('request_hash').notNull(),
    verificationId: text('verification_id')
      .notNull()
      .references(() => verifications.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('idempotency_keys_expires_at_idx').on(table.expiresAt)],
);

/** A one-time nonce issued for a presentation; `usedAt` is set once, when a verification uses it. */
export const challenges = sqliteTable(
  'challenges',
  {
    challenge: text('challenge').primaryKey(),
    /** The portal's own host, which the presentation proof must name as its domain. */
    domain: text('domain').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('challenges_expires_at_idx').on(table.expiresAt)],
);

export type VerificationRow = typeof verifications.$inferSelect;
export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;
export type ChallengeRow = typeof challenges.$inferSelect;

// Organisations, members, sessions, API keys, audit log and rate limits (issue 5).
export * from './account-tables';

// Skill taxonomies, crosswalks, badge mappings and their import jobs (issue 4).
export * from './taxonomy-import-schema';
export * from './taxonomy-schema';

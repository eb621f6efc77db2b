// The D1 tables, described for drizzle: stored verification reports, the idempotency keys that
// point at them, and one-time presentation challenges. drizzle-kit generates the SQL migrations
// in migrations/ from this file.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { VerificationReport } from '../verify/report/types';
import { members, organisations } from './account-tables';

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

// Passkeys (WebAuthn credentials) and their one-time ceremony challenges (issue 5).

/** A member's passkey: the credential's public key, as its authenticator sent it, and counter. */
export const passkeys = sqliteTable(
  'passkeys',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** The credential id, base64url; one credential belongs to one member only. */
    credentialId: text('credential_id').notNull().unique(),
    /** The COSE_Key bytes, base64url. */
    publicKey: text('public_key').notNull(),
    /** The COSE algorithm of the key (-7 ES256, -8 EdDSA, -257 RS256). */
    algorithm: integer('algorithm').notNull(),
    signCount: integer('sign_count').notNull(),
    name: text('name').notNull(),
    aaguid: text('aaguid').notNull(),
    transports: text('transports', { mode: 'json' }).$type<string[]>().notNull(),
    backupEligible: integer('backup_eligible', { mode: 'boolean' }).notNull(),
    backedUp: integer('backed_up', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('passkeys_member_id_idx').on(table.memberId)],
);

/** A WebAuthn challenge: issued for one ceremony and one subject, used at most once. */
export const passkeyChallenges = sqliteTable(
  'passkey_challenges',
  {
    challenge: text('challenge').primaryKey(),
    ceremony: text('ceremony', { enum: ['registration', 'authentication'] }).notNull(),
    /** Who may answer it: the member registering, or the signing-in browser's form token hash. */
    subject: text('subject').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('passkey_challenges_expires_at_idx').on(table.expiresAt)],
);

export type PasskeyRow = typeof passkeys.$inferSelect;
export type PasskeyChallengeRow = typeof passkeyChallenges.$inferSelect;

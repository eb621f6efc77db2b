// API keys: the organisation creates, lists and revokes them; the authenticator finds a live one
// by the SHA-256 of the presented key and records when it was last used.
import { and, desc, eq, getTableColumns, isNull, lt, or } from 'drizzle-orm';
import type { Db } from './client';
import { inScope, type OrgScope, scopedOrganisationId } from './org-scope';
import { type ApiKeyRow, apiKeys, organisations } from './schema';

/** A key as the organisation's pages show it: never the hash. */
export type ApiKeySummary = Omit<ApiKeyRow, 'keyHash'>;

/** A live key found by its hash, with the name of its organisation. */
export interface LiveApiKey {
  key: ApiKeySummary;
  organisationName: string;
}

/** Last-used times are written at most this often per key, to spare a write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

const { keyHash: _hidden, ...SUMMARY } = getTableColumns(apiKeys);

/** Stores a new key for the scope's organisation. */
export async function createApiKey(
  scope: OrgScope,
  key: Omit<ApiKeyRow, 'organisationId' | 'lastUsedAt' | 'revokedAt'>,
) {
  const organisationId = scopedOrganisationId(scope);

  await scope.db
    .insert(apiKeys)
    .values({ ...key, organisationId, lastUsedAt: null, revokedAt: null });
}

/** The organisation's keys, newest first, revoked ones included (they show as revoked). */
export async function listApiKeys(scope: OrgScope): Promise<ApiKeySummary[]> {
  const where = inScope(scope, apiKeys.organisationId);

  return scope.db.select(SUMMARY).from(apiKeys).where(where).orderBy(desc(apiKeys.createdAt)).all();
}

/** One of the organisation's keys; undefined for an unknown id or another organisation's. */
export async function findApiKey(scope: OrgScope, id: string): Promise<ApiKeySummary | undefined> {
  const where = and(inScope(scope, apiKeys.organisationId), eq(apiKeys.id, id));

  return scope.db.select(SUMMARY).from(apiKeys).where(where).get();
}

/** Revokes a key at once; false for an unknown id, another organisation's, or a revoked one. */
export async function revokeApiKey(scope: OrgScope, id: string, now: Date): Promise<boolean> {
  const where = and(
    inScope(scope, apiKeys.organisationId),
    eq(apiKeys.id, id),
    isNull(apiKeys.revokedAt),
  );
  const result = await scope.db.update(apiKeys).set({ revokedAt: now }).where(where);

  return result.meta.changes > 0;
}

/** Authenticator only: the unrevoked key with this hash, with its organisation's name. */
export async function findLiveApiKey(db: Db, keyHash: string): Promise<LiveApiKey | undefined> {
  return db
    .select({ key: SUMMARY, organisationName: organisations.name })
    .from(apiKeys)
    .innerJoin(organisations, eq(organisations.id, apiKeys.organisationId))
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
    .get();
}

/** Records that a key was used at `now` (skipped when it was recorded in the last minute). */
export async function touchApiKey(db: Db, id: string, now: Date) {
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  const due = or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, stale));

  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, id), due));
}

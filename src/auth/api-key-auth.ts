// Turns a presented API key into access: found by its SHA-256, unrevoked, last use recorded.
import { findLiveApiKey, touchApiKey } from '../db/api-keys';
import type { Db } from '../db/client';
import { type ApiKeyAccess, apiKeyAccess } from './access';
import { isApiKey } from './api-key-format';
import { hashToken } from './tokens';

/** The access of a live key; null for a malformed, unknown or revoked one. */
export async function apiKeyAccessFor(
  db: Db,
  key: string,
  now: Date,
): Promise<ApiKeyAccess | null> {
  if (!isApiKey(key)) return null;

  const live = await findLiveApiKey(db, await hashToken(key));
  if (!live) return null;

  await touchApiKey(db, live.key.id, now);
  return apiKeyAccess(db, live.key, live.organisationName);
}

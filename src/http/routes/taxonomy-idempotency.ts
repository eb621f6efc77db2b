// `Idempotency-Key` on the taxonomy's writes, as on POST /api/v1/verifications: the same key
// with the same request answers as the first time without writing again; the same key with
// another request is refused (422). Answers are kept for a day.
import type { Context } from 'hono';
import { findStoredAnswer, storeAnswer } from '../../db/taxonomy-idempotency';
import type { AppEnv } from '../app-env';
import { IDEMPOTENCY_HEADER, readIdempotencyKey, requestFingerprint } from '../idempotency';
import { refuse } from '../problems';

const KEEP_MS = 24 * 60 * 60 * 1000;

/** What a write answers: a status, a JSON body, and the `Location` of what it created. */
export interface WriteAnswer {
  status: 200 | 201 | 202;
  body: object;
  location?: string;
}

function respond(c: Context<AppEnv>, answer: WriteAnswer, replayed: boolean): Response {
  if (answer.location) c.header('Location', answer.location);
  if (replayed) c.header('Idempotent-Replayed', 'true');
  c.header('Cache-Control', 'no-store');
  return c.json(answer.body, answer.status);
}

async function replay(c: Context<AppEnv>, key: string, hash: string): Promise<Response | null> {
  const stored = await findStoredAnswer(c.var.db, key, c.var.now());
  if (!stored) return null;

  if (stored.requestHash !== hash) {
    refuse(
      'idempotency_conflict',
      'This Idempotency-Key was already used with a different request.',
    );
  }
  const status = stored.status as WriteAnswer['status'];
  const answer = {
    status,
    body: JSON.parse(stored.body) as object,
    location: stored.location ?? undefined,
  };
  return respond(c, answer, true);
}

/**
 * Runs `write` once per key. `request` is what makes two requests "the same": the exact body,
 * or for uploads a canonical text of the fields and the files' hashes.
 */
export async function idempotentWrite(
  c: Context<AppEnv>,
  request: Uint8Array,
  write: () => Promise<WriteAnswer>,
): Promise<Response> {
  const key = readIdempotencyKey(c.req.header(IDEMPOTENCY_HEADER));
  if (!key) return respond(c, await write(), false);

  const hash = await requestFingerprint(`${c.req.method} ${c.req.path}`, request);
  const earlier = await replay(c, key, hash);
  if (earlier) return earlier;

  const answer = await write();
  const now = c.var.now();
  const stored = {
    requestHash: hash,
    status: answer.status,
    body: JSON.stringify(answer.body),
    location: answer.location ?? null,
  };
  if (await storeAnswer(c.var.db, key, stored, now, new Date(now.getTime() + KEEP_MS))) {
    return respond(c, answer, false);
  }
  // Another request with this key finished first: answer as it did.
  return (await replay(c, key, hash)) ?? respond(c, answer, false);
}

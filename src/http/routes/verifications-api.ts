// The verification API: POST /api/v1/verifications verifies and stores, GET …/{id} reads back.
// There is no listing: a report is reachable only by its unguessable id.
import { type Context, Hono } from 'hono';
import { findVerification } from '../../db/verifications';
import { mediaTypeEssence, readApiRequest } from '../api-request';
import type { AppEnv } from '../app-env';
import { IDEMPOTENCY_HEADER, readIdempotencyKey, requestFingerprint } from '../idempotency';
import { findReplay } from '../idempotent-replay';
import { isWellFormedId } from '../ids';
import { bodyLimit } from '../middleware/body-limit';
import { methodNotAllowed } from '../method-not-allowed';
import { ProblemError } from '../problems';
import { type StoredVerification, verifyAndStore } from '../store-verification';
import type { VerificationInput } from '../../verify/index';
import { resourceUrlFor, toResource } from '../verification-resource';

type Ctx = Context<AppEnv>;

function origin(c: Ctx): string {
  return new URL(c.req.url).origin;
}

function created(c: Ctx, stored: StoredVerification, replayed = false) {
  c.header('Location', resourceUrlFor(origin(c), stored.id));
  c.header('Cache-Control', 'no-store');
  if (replayed) c.header('Idempotent-Replayed', 'true');

  return c.json(toResource(stored, origin(c)), 201);
}

/** Same key and same body: the first answer. Same key, other body: 422. New key: verify. */
async function createIdempotently(c: Ctx, input: VerificationInput, key: string, body: Uint8Array) {
  const { db, now } = c.var;
  const requestHash = await requestFingerprint(
    mediaTypeEssence(c.req.header('content-type')),
    body,
  );

  const earlier = await findReplay(db, key, requestHash, now());
  if (earlier) return created(c, earlier, true);

  try {
    return created(c, await verifyAndStore(c.var, input, { key, requestHash }));
  } catch (error) {
    // A concurrent request with the same key won the insert: answer as it did.
    const raced = await findReplay(db, key, requestHash, now());
    if (raced) return created(c, raced, true);
    throw error;
  }
}

async function createVerification(c: Ctx) {
  const key = readIdempotencyKey(c.req.header(IDEMPOTENCY_HEADER));
  const body = new Uint8Array(await c.req.arrayBuffer());
  const input = readApiRequest(mediaTypeEssence(c.req.header('content-type')), body);

  if (key) return createIdempotently(c, input, key, body);

  return created(c, await verifyAndStore(c.var, input));
}

async function getVerification(c: Ctx) {
  const id = c.req.param('id') ?? '';
  const stored = isWellFormedId(id) ? await findVerification(c.var.db, id, c.var.now()) : null;
  if (!stored) throw new ProblemError('not_found', 'There is no verification with this id.');

  c.header('Cache-Control', 'no-store');
  return c.json(toResource(stored, origin(c)), 200);
}

/** Routes under /api/v1. */
export const verificationsApi = new Hono<AppEnv>()
  .post('/verifications', bodyLimit(), createVerification)
  .all('/verifications', methodNotAllowed('POST'))
  .get('/verifications/:id', getVerification)
  .all('/verifications/:id', methodNotAllowed('GET, HEAD'));

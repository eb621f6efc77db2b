// The verification API: POST /api/v1/verifications verifies and stores (JSON, a JWT, or an
// uploaded file), GET …/{id} reads back. There is no listing: only the unguessable id finds one.
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { findVerification } from '../../db/verifications';
import {
  type ApiRequest,
  MAX_MULTIPART_BYTES,
  MULTIPART_MEDIA_TYPE,
  mediaTypeEssence,
  readVerificationRequest,
} from '../api-request';
import type { AppEnv } from '../app-env';
import { presentationRequest, readChallengeField } from '../challenge-request';
import { IDEMPOTENCY_HEADER, readIdempotencyKey, requestFingerprint } from '../idempotency';
import { findReplay } from '../idempotent-replay';
import { isWellFormedId } from '../ids';
import { bodyLimit } from '../middleware/body-limit';
import { methodNotAllowed } from '../method-not-allowed';
import { ProblemError } from '../problems';
import { type StoredVerification, verifyAndStore } from '../store-verification';
import { resourceUrlFor, toResource } from '../verification-resource';
import type { VerifyRequest } from '../../verify/index';

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

/** What the asker adds to the verification: a presentation challenge, a candidate identity. */
async function askedFor(
  c: Ctx,
  request: ApiRequest,
  challenge: string | null,
): Promise<VerifyRequest> {
  const presentation = await presentationRequest(c.var, challenge);
  return request.recipient === undefined
    ? presentation
    : { ...presentation, recipient: request.recipient };
}

/** Same key and same body: the first answer. Same key, other body: 422. New key: verify. */
async function createIdempotently(
  c: Ctx,
  request: ApiRequest,
  key: string,
  challenge: string | null,
) {
  const { db, now } = c.var;
  const requestHash = await requestFingerprint(request.mediaType, request.fingerprintBody);

  const earlier = await findReplay(db, key, requestHash, now());
  if (earlier) return created(c, earlier, true);

  try {
    const asked = await askedFor(c, request, challenge);
    return created(c, await verifyAndStore(c.var, request.input, { key, requestHash }, asked));
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
  const request = await readVerificationRequest(c.req.header('content-type'), body);
  const challenge = readChallengeField(request.mediaType, body);

  if (key) return createIdempotently(c, request, key, challenge);

  const asked = await askedFor(c, request, challenge);
  return created(c, await verifyAndStore(c.var, request.input, undefined, asked));
}

const limitJson = bodyLimit();
const limitMultipart = bodyLimit(MAX_MULTIPART_BYTES);

/** 1 MiB for JSON and JWT bodies; an uploaded file may be up to 5 MiB. */
const limitBody: MiddlewareHandler<AppEnv> = (c, next) => {
  const multipart = mediaTypeEssence(c.req.header('content-type')) === MULTIPART_MEDIA_TYPE;
  return (multipart ? limitMultipart : limitJson)(c, next);
};

async function getVerification(c: Ctx) {
  const id = c.req.param('id') ?? '';
  const stored = isWellFormedId(id) ? await findVerification(c.var.db, id, c.var.now()) : null;
  if (!stored) throw new ProblemError('not_found', 'There is no verification with this id.');

  c.header('Cache-Control', 'no-store');
  return c.json(toResource(stored, origin(c)), 200);
}

/** Routes under /api/v1. */
export const verificationsApi = new Hono<AppEnv>()
  .post('/verifications', limitBody, createVerification)
  .all('/verifications', methodNotAllowed('POST'))
  .get('/verifications/:id', getVerification)
  .all('/verifications/:id', methodNotAllowed('GET, HEAD'));

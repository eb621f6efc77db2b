// POST /api/v1/challenges issues a one-time nonce for a Verifiable Presentation: the holder signs
// it with the portal's own host as the domain, and POST /api/v1/verifications uses it up.
import { type Context, Hono } from 'hono';
import { insertChallenge } from '../../db/challenges';
import type { AppEnv } from '../app-env';
import { CHALLENGE_LIFETIME_MS, newChallenge } from '../challenge-nonce';
import { methodNotAllowed } from '../method-not-allowed';

async function issueChallenge(c: Context<AppEnv>) {
  const createdAt = c.var.now();
  const expiresAt = new Date(createdAt.getTime() + CHALLENGE_LIFETIME_MS);
  const record = {
    challenge: newChallenge(),
    domain: new URL(c.req.url).host,
    createdAt,
    expiresAt,
  };
  await insertChallenge(c.var.db, record);

  c.header('Cache-Control', 'no-store');
  const { challenge, domain } = record;
  return c.json({ challenge, domain, expiresAt: expiresAt.toISOString() }, 201);
}

/** Routes under /api/v1. */
export const challengesApi = new Hono<AppEnv>()
  .post('/challenges', issueChallenge)
  .all('/challenges', methodNotAllowed('POST'));

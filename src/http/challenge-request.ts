// The `challenge` field of POST /api/v1/verifications: read from a JSON body, then used exactly
// once. The engine learns the nonce and what this portal knows of it (fresh, used, expired,
// unknown) and reports the presentation's `challenge` check from that.
import { useChallenge } from '../db/challenges';
import type { VerifyRequest } from '../verify/index';
import { JSON_MEDIA_TYPE } from './api-request';
import type { AppVariables } from './app-env';
import { refuse } from './problems';

/** Longer than any nonce this portal issues; anything longer is not one of ours. */
export const MAX_CHALLENGE_LENGTH = 256;

function fieldOf(body: Uint8Array): unknown {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(body));
    return typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'challenge') : null;
  } catch {
    return null;
  }
}

/**
 * The nonce a JSON request body names in `challenge`, or null when it names none (or the body is
 * not JSON: a JWT or an upload cannot carry one). Throws `input_invalid` for anything else.
 */
export function readChallengeField(mediaType: string, body: Uint8Array): string | null {
  if (mediaType !== JSON_MEDIA_TYPE) return null;

  const challenge = fieldOf(body);
  if (challenge === undefined || challenge === null) return null;
  if (
    typeof challenge !== 'string' ||
    challenge === '' ||
    challenge.length > MAX_CHALLENGE_LENGTH
  ) {
    refuse(
      'input_invalid',
      `\`challenge\` must be a nonce of 1 to ${MAX_CHALLENGE_LENGTH} characters.`,
    );
  }
  return challenge;
}

/** Uses the challenge (once, atomically) and says what the engine must check it against. */
export async function presentationRequest(
  services: Pick<AppVariables, 'db' | 'now'>,
  challenge: string | null,
): Promise<VerifyRequest> {
  if (challenge === null) return {};

  const { state, domain } = await useChallenge(services.db, challenge, services.now());
  return { presentation: domain === null ? { challenge, state } : { challenge, domain, state } };
}

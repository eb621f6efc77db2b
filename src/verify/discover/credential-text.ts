// Tells a credential apart from other JSON a badge platform may answer with (its own API's view
// of the page), without verifying anything: that is the engine's work.

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** Members one of which every credential format we read has at its top level. */
const CREDENTIAL_MEMBERS = ['@context', 'recipient', 'credentialSubject', 'verifiableCredential'];

/**
 * Whether text has the shape of a credential: a compact JWT, a `data:` URL holding one, or a
 * JSON object with `@context` (VC, Open Badges 2.0 and 3.0) or `recipient` (Open Badges 0.5 and
 * 1.x).
 */
export function looksLikeCredential(text: string): boolean {
  const trimmed = text.trim();
  if (COMPACT_JWS.test(trimmed) || trimmed.startsWith('data:application/v')) return true;
  if (!trimmed.startsWith('{')) return false;

  try {
    const value: unknown = JSON.parse(trimmed);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    return CREDENTIAL_MEMBERS.some((member) => member in value);
  } catch {
    return false;
  }
}

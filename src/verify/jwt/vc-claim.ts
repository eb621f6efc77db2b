// Rebuilds a credential from the VC 1.1 JWT encoding: the `vc` claim plus the registered claims
// that stand for its properties. VC Data Model 1.1 §6.3.1 (JWT decoding).

export type RebuiltCredential =
  | { ok: true; credential: Record<string, unknown> }
  | { ok: false; code: 'jwt_claim_malformed'; message: string };

type JsonObject = Record<string, unknown>;

// NumericDate seconds that still make a valid JavaScript Date.
const MAX_SECONDS = 8.64e12;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function malformedClaim(payload: JsonObject): string | null {
  for (const claim of ['iss', 'jti', 'sub']) {
    if (claim in payload && typeof payload[claim] !== 'string') return claim;
  }
  for (const claim of ['nbf', 'exp']) {
    const value = payload[claim];
    const valid =
      typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < MAX_SECONDS;
    if (claim in payload && !valid) return claim;
  }
  return null;
}

/** NumericDate (seconds) as an XML Schema dateTime in UTC, without fractions. */
function dateTime(seconds: number): string {
  return new Date(Math.floor(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function withIssuer(issuer: unknown, iss: string): unknown {
  return isObject(issuer) ? { ...issuer, id: iss } : iss;
}

function withSubjectId(subject: unknown, sub: string): unknown {
  if (isObject(subject)) return { ...subject, id: sub };
  if (subject === undefined) return { id: sub };

  // Several subjects: `sub` names one subject, so only a single-element array takes it.
  const [only] = Array.isArray(subject) && subject.length === 1 ? subject : [];
  return isObject(only) ? [{ ...only, id: sub }] : subject;
}

/** The credential the `vc` claim and the `iss`, `jti`, `sub`, `nbf`, `exp` claims describe. */
export function credentialFromVcClaim(payload: JsonObject): RebuiltCredential {
  const claim = malformedClaim(payload);
  if (claim) {
    return {
      ok: false,
      code: 'jwt_claim_malformed',
      message: `The JWT claim "${claim}" is malformed.`,
    };
  }

  const credential: JsonObject = structuredClone(payload.vc as JsonObject);
  const { iss, jti, sub, nbf, exp } = payload;

  if (typeof iss === 'string') credential.issuer = withIssuer(credential.issuer, iss);
  if (typeof jti === 'string') credential.id = jti;
  if (typeof sub === 'string') {
    credential.credentialSubject = withSubjectId(credential.credentialSubject, sub);
  }
  if (typeof nbf === 'number') credential.issuanceDate = dateTime(nbf);
  if (typeof exp === 'number') credential.expirationDate = dateTime(exp);

  return { ok: true, credential };
}

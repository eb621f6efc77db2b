// Registered JWT claims that restate credential properties must agree with them.
// VC Data Model 1.1 §6.3.1 (the `vc` claim), VC-JOSE-COSE §3.1.1 (`iss` and the issuer).
import type { DecodedOk } from './decode';
import { encodingOf } from './encoding';
import { issuerIdOf } from './issuer-id';
import type { ClaimMismatch } from './jws-proof';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function subjectIdOf(subject: unknown): unknown {
  const only = Array.isArray(subject) && subject.length === 1 ? subject[0] : subject;
  return isObject(only) ? only.id : undefined;
}

function secondsOf(dateTime: unknown): number | null {
  const ms = typeof dateTime === 'string' ? Date.parse(dateTime) : Number.NaN;
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
}

function sameTime(claim: unknown, dateTime: unknown): boolean {
  return typeof claim === 'number' && Math.floor(claim) === secondsOf(dateTime);
}

/** Pairs of (claim, property as the `vc` claim states it, agreement test). */
function vcClaimPairs(vc: JsonObject) {
  const equal = (a: unknown, b: unknown) => a === b;
  return [
    { claim: 'iss', property: 'issuer', stated: issuerIdOf(vc.issuer) ?? undefined, agree: equal },
    { claim: 'jti', property: 'id', stated: vc.id, agree: equal },
    {
      claim: 'sub',
      property: 'credentialSubject.id',
      stated: subjectIdOf(vc.credentialSubject),
      agree: equal,
    },
    { claim: 'nbf', property: 'issuanceDate', stated: vc.issuanceDate, agree: sameTime },
    { claim: 'exp', property: 'expirationDate', stated: vc.expirationDate, agree: sameTime },
  ] as const;
}

/** The first registered claim that disagrees with the credential, or null when all agree. */
export function findClaimMismatch(decoded: DecodedOk): ClaimMismatch | null {
  const { header, payload } = decoded;

  if (encodingOf('credential', header, payload) === 'payload') {
    const disagrees = 'iss' in payload && payload.iss !== issuerIdOf(payload.issuer);
    return disagrees ? { claim: 'iss', property: 'issuer' } : null;
  }

  const vc = isObject(payload.vc) ? payload.vc : {};
  for (const { claim, property, stated, agree } of vcClaimPairs(vc)) {
    const both = payload[claim] !== undefined && stated !== undefined;
    if (both && !agree(payload[claim], stated)) return { claim, property };
  }
  return null;
}

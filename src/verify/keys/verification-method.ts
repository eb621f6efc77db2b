// Reads the public key out of a verification method object, whatever key format it uses.
import { base64url } from 'jose';
import { decodeBase58 } from '../encoding/base58btc';
import { multikeyToJwk } from './multikey';
import { failed, type ResolutionFailure } from './outcome';
import { checkPublicJwk } from './public-jwk';

export type MethodKey = { ok: true; jwk: JsonWebKey } | ResolutionFailure;

const JWK_TYPES = ['JsonWebKey2020', 'JsonWebKey'];
const MULTIBASE_TYPES = ['Multikey', 'Ed25519VerificationKey2020'];

function malformed(message: string): ResolutionFailure {
  return failed('key_malformed', message);
}

function fromMultibase(type: string, value: unknown): MethodKey {
  const decoded = multikeyToJwk(value);
  if (!decoded.ok) {
    const code = decoded.reason === 'malformed' ? 'key_malformed' : 'key_format_unsupported';
    return failed(code, decoded.message);
  }

  // Ed25519VerificationKey2020 holds Ed25519 keys only; Multikey may hold any supported curve.
  if (type === 'Ed25519VerificationKey2020' && decoded.jwk.crv !== 'Ed25519') {
    return malformed('An Ed25519VerificationKey2020 method holds a key that is not Ed25519.');
  }
  return { ok: true, jwk: decoded.jwk };
}

function fromBase58(value: unknown): MethodKey {
  const bytes = typeof value === 'string' ? decodeBase58(value) : null;
  if (bytes?.length !== 32) {
    return malformed('The Ed25519VerificationKey2018 key is not a 32-byte base58 key.');
  }

  return { ok: true, jwk: { kty: 'OKP', crv: 'Ed25519', x: base64url.encode(bytes) } };
}

function fromJwk(value: unknown): MethodKey {
  const checked = checkPublicJwk(value);
  return checked.ok ? checked : failed(checked.code, checked.message);
}

/**
 * The public key of a verification method as a JWK. Supports `Multikey`,
 * `Ed25519VerificationKey2020`, `Ed25519VerificationKey2018`, `JsonWebKey2020` and `JsonWebKey`.
 */
export function methodPublicKey(method: Record<string, unknown>): MethodKey {
  const type = method.type;
  if (typeof type === 'string' && MULTIBASE_TYPES.includes(type)) {
    return fromMultibase(type, method.publicKeyMultibase);
  }
  if (type === 'Ed25519VerificationKey2018') return fromBase58(method.publicKeyBase58);
  if (typeof type === 'string' && JWK_TYPES.includes(type)) return fromJwk(method.publicKeyJwk);

  const named = typeof type === 'string' ? `"${type.slice(0, 80)}"` : 'without a type';
  return failed(
    'key_format_unsupported',
    `The key format ${named} is not supported: Multikey, Ed25519VerificationKey2020, ` +
      'Ed25519VerificationKey2018 and JsonWebKey are.',
  );
}

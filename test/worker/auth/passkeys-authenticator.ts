// A software authenticator for the passkey tests: a real key pair made with Web Crypto,
// authenticator data and attestation objects built with cborg, and signatures made the way an
// authenticator makes them. Every field can be bent, to play the attacks.
import { encode } from 'cborg';
import type { RequestOptionsJSON } from '../../../src/auth/passkeys/authentication';
import type { CreationOptionsJSON } from '../../../src/auth/passkeys/registration';
import { fromBase64Url, toBase64Url } from '../../../src/auth/tokens';

export type TestAlgorithm = 'ES256' | 'EdDSA' | 'RS256';

const FLAG = { UP: 0x01, UV: 0x04, BE: 0x08, BS: 0x10, AT: 0x40 } as const;

/** The flags a good platform authenticator sets: user present and verified. */
export const GOOD_FLAGS = FLAG.UP | FLAG.UV;
export { FLAG };

/** What a test can change in one response. */
export interface Tweaks {
  origin?: string;
  rpId?: string;
  type?: string;
  challenge?: string;
  crossOrigin?: boolean;
  flags?: number;
  signCount?: number;
  userHandle?: Uint8Array | null;
  /** Signs these bytes instead of the authenticator data and client data hash. */
  signOver?: Uint8Array;
  /** Registration only: `packed` self attestation instead of `none`. */
  packed?: boolean;
  /** Posts this credential id (another passkey's) instead of the one the data attests. */
  credentialId?: Uint8Array;
}

const COSE_ALG: Record<TestAlgorithm, number> = { ES256: -7, EdDSA: -8, RS256: -257 };

const KEY_PARAMS: Record<TestAlgorithm, SubtleCryptoGenerateKeyAlgorithm> = {
  ES256: { name: 'ECDSA', namedCurve: 'P-256' },
  EdDSA: { name: 'Ed25519' },
  RS256: {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
};

const SIGN_PARAMS: Record<TestAlgorithm, SubtleCryptoSignAlgorithm> = {
  ES256: { name: 'ECDSA', hash: 'SHA-256' },
  EdDSA: { name: 'Ed25519' },
  RS256: { name: 'RSASSA-PKCS1-v1_5' },
};

function bytes(text: string): Uint8Array {
  const decoded = fromBase64Url(text);
  if (!decoded) throw new Error('Not base64url.');
  return decoded;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data));
}

function derInteger(value: Uint8Array): Uint8Array {
  let start = 0;
  while (start < value.length - 1 && value[start] === 0) start++;
  const digits = value.subarray(start);
  const padded = (digits[0] ?? 0) & 0x80 ? concat(new Uint8Array([0]), digits) : digits;
  return concat(new Uint8Array([0x02, padded.length]), padded);
}

/** An IEEE P1363 ECDSA signature (r ‖ s) as ASN.1 DER, as authenticators send it. */
export function p1363ToDer(signature: Uint8Array): Uint8Array {
  const half = signature.length / 2;
  const body = concat(
    derInteger(signature.subarray(0, half)),
    derInteger(signature.subarray(half)),
  );
  return concat(new Uint8Array([0x30, body.length]), body);
}

async function coseKey(algorithm: TestAlgorithm, publicKey: CryptoKey): Promise<Uint8Array> {
  const jwk = (await crypto.subtle.exportKey('jwk', publicKey)) as JsonWebKey;
  const b = (value: string | undefined) => bytes(value ?? '');
  const alg = COSE_ALG[algorithm];

  if (algorithm === 'ES256') {
    return encode(
      new Map<number, unknown>([
        [1, 2],
        [3, alg],
        [-1, 1],
        [-2, b(jwk.x)],
        [-3, b(jwk.y)],
      ]),
    );
  }
  if (algorithm === 'EdDSA')
    return encode(
      new Map<number, unknown>([
        [1, 1],
        [3, alg],
        [-1, 6],
        [-2, b(jwk.x)],
      ]),
    );
  return encode(
    new Map<number, unknown>([
      [1, 3],
      [3, alg],
      [-1, b(jwk.n)],
      [-2, b(jwk.e)],
    ]),
  );
}

/** A passkey on a software authenticator. */
export class SoftwareAuthenticator {
  /** The user handle the site gave at registration; sent back at sign-in. */
  userHandle: Uint8Array | null = null;

  private constructor(
    readonly algorithm: TestAlgorithm,
    readonly credentialId: Uint8Array,
    private readonly keys: CryptoKeyPair,
    public signCount: number,
  ) {}

  /** A new authenticator with a fresh key pair and credential id. */
  static async create(algorithm: TestAlgorithm = 'ES256', signCount = 0) {
    const keys = (await crypto.subtle.generateKey(KEY_PARAMS[algorithm], false, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const credentialId = crypto.getRandomValues(new Uint8Array(32));
    return new SoftwareAuthenticator(algorithm, credentialId, keys, signCount);
  }

  /** The credential id as base64url. */
  get id(): string {
    return toBase64Url(this.credentialId);
  }

  private clientData(kind: string, challenge: string, origin: string, tweaks: Tweaks) {
    const data = {
      type: tweaks.type ?? kind,
      challenge: tweaks.challenge ?? challenge,
      origin: tweaks.origin ?? origin,
      crossOrigin: tweaks.crossOrigin ?? false,
    };
    return new TextEncoder().encode(JSON.stringify(data));
  }

  private async authenticatorData(
    rpId: string,
    flags: number,
    tail: Uint8Array = new Uint8Array(),
  ) {
    const count = new Uint8Array(4);
    new DataView(count.buffer).setUint32(0, this.signCount);
    return concat(
      await sha256(new TextEncoder().encode(rpId)),
      new Uint8Array([flags]),
      count,
      tail,
    );
  }

  private async sign(data: Uint8Array): Promise<Uint8Array> {
    const raw = new Uint8Array(
      await crypto.subtle.sign(SIGN_PARAMS[this.algorithm], this.keys.privateKey, data),
    );
    return this.algorithm === 'ES256' ? p1363ToDer(raw) : raw;
  }

  /** Answers `navigator.credentials.create()`: the credential JSON the page would post. */
  async register(options: CreationOptionsJSON, origin: string, tweaks: Tweaks = {}) {
    this.userHandle = bytes(options.user.id);
    if (tweaks.signCount !== undefined) this.signCount = tweaks.signCount;
    const idLength = new Uint8Array([
      this.credentialId.length >> 8,
      this.credentialId.length & 0xff,
    ]);
    const attested = concat(
      new Uint8Array(16),
      idLength,
      this.credentialId,
      await coseKey(this.algorithm, this.keys.publicKey),
    );
    const flags = (tweaks.flags ?? GOOD_FLAGS) | FLAG.AT;
    const authData = await this.authenticatorData(tweaks.rpId ?? options.rp.id, flags, attested);
    const clientDataJSON = this.clientData('webauthn.create', options.challenge, origin, tweaks);

    const attStmt = tweaks.packed
      ? {
          alg: COSE_ALG[this.algorithm],
          sig: await this.sign(concat(authData, await sha256(clientDataJSON))),
        }
      : {};
    const attestationObject = encode({ fmt: tweaks.packed ? 'packed' : 'none', attStmt, authData });
    const id = tweaks.credentialId ? toBase64Url(tweaks.credentialId) : this.id;
    return JSON.stringify({
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON: toBase64Url(clientDataJSON),
        attestationObject: toBase64Url(attestationObject),
        transports: ['internal'],
      },
      clientExtensionResults: {},
    });
  }

  /** Answers `navigator.credentials.get()`: the assertion JSON the page would post. */
  async assert(options: RequestOptionsJSON, origin: string, tweaks: Tweaks = {}) {
    this.signCount = tweaks.signCount ?? this.signCount + 1;
    const authData = await this.authenticatorData(
      tweaks.rpId ?? options.rpId,
      tweaks.flags ?? GOOD_FLAGS,
    );
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, origin, tweaks);
    const signed = tweaks.signOver ?? concat(authData, await sha256(clientDataJSON));
    const userHandle = tweaks.userHandle === undefined ? this.userHandle : tweaks.userHandle;
    const id = tweaks.credentialId ? toBase64Url(tweaks.credentialId) : this.id;

    return JSON.stringify({
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON: toBase64Url(clientDataJSON),
        authenticatorData: toBase64Url(authData),
        signature: toBase64Url(await this.sign(signed)),
        userHandle: userHandle ? toBase64Url(userHandle) : null,
      },
      clientExtensionResults: {},
    });
  }
}

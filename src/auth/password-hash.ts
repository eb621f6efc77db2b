// Password hashes: PBKDF2-SHA-256 through WebCrypto over an HMAC of the password keyed with a
// server-side pepper. The stored string names its parameters, so a hash made with older ones
// still verifies and is reported for upgrade.
import { equalBytes } from './constant-time';
import { fromBase64Url, toBase64Url } from './tokens';

/**
 * The highest PBKDF2 iteration count Cloudflare's runtime accepts in one call: deployed Workers
 * refuse more with NotSupportedError. Local workerd does not enforce the cap, so a larger value
 * would pass every local test and fail every sign-in in production.
 */
export const PBKDF2_ITERATIONS = 100_000;

const ALGORITHM = 'pbkdf2-sha256';
const KEY_BYTES = 32;
const SALT_BYTES = 16;

/** `hmac-sha256`: the password is HMAC'd with the pepper first; `none`: it is used as it is. */
type PepperMode = 'hmac-sha256' | 'none';

/** The parameters a stored hash records. */
export interface HashParameters {
  iterations: number;
  keyBytes: number;
  pepper: PepperMode;
}

/** What new hashes are made with. A stored hash with other parameters needs an upgrade. */
export const CURRENT_PARAMETERS: HashParameters = {
  iterations: PBKDF2_ITERATIONS,
  keyBytes: KEY_BYTES,
  pepper: 'hmac-sha256',
};

interface ParsedHash extends HashParameters {
  salt: Uint8Array;
  hash: Uint8Array;
}

/** The outcome of checking a password against a stored hash. */
export interface PasswordCheck {
  matches: boolean;
  /** The hash was made with other parameters than the current ones: store a new one. */
  needsRehash: boolean;
}

const encoder = new TextEncoder();

async function pepperInput(password: string, pepper: string, mode: PepperMode) {
  if (mode === 'none') return encoder.encode(password);

  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(pepper),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(password)));
}

async function derive(input: Uint8Array, salt: Uint8Array, params: HashParameters) {
  const key = await crypto.subtle.importKey('raw', input, 'PBKDF2', false, ['deriveBits']);
  const algorithm = { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations };

  return new Uint8Array(await crypto.subtle.deriveBits(algorithm, key, params.keyBytes * 8));
}

function format(params: HashParameters, salt: Uint8Array, hash: Uint8Array): string {
  const settings = `i=${params.iterations},l=${params.keyBytes},p=${params.pepper}`;

  return `$${ALGORITHM}$${settings}$${toBase64Url(salt)}$${toBase64Url(hash)}`;
}

/** Hashes a password with the current parameters and a fresh random salt. */
export async function hashPassword(
  password: string,
  pepper: string,
  params: HashParameters = CURRENT_PARAMETERS,
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const input = await pepperInput(password, pepper, params.pepper);

  return format(params, salt, await derive(input, salt, params));
}

function parseSettings(settings: string): HashParameters | null {
  const match = /^i=(\d{1,6}),l=(\d{1,2}),p=(hmac-sha256|none)$/.exec(settings);
  if (!match) return null;

  const iterations = Number(match[1]);
  const keyBytes = Number(match[2]);
  if (iterations < 1 || iterations > PBKDF2_ITERATIONS || keyBytes < 16 || keyBytes > 64) {
    return null;
  }
  return { iterations, keyBytes, pepper: match[3] as PepperMode };
}

/** Reads a stored hash; null when it is not one this module wrote. */
export function parsePasswordHash(stored: string): ParsedHash | null {
  const [empty, algorithm, settings, salt, hash, ...rest] = stored.split('$');
  if (empty !== '' || algorithm !== ALGORITHM || rest.length > 0) return null;

  const params = parseSettings(settings ?? '');
  const saltBytes = fromBase64Url(salt ?? '');
  const hashBytes = fromBase64Url(hash ?? '');
  if (!params || !saltBytes || !hashBytes || hashBytes.length !== params.keyBytes) return null;
  return { ...params, salt: saltBytes, hash: hashBytes };
}

function isCurrent(params: HashParameters): boolean {
  const current = CURRENT_PARAMETERS;

  return (
    params.iterations === current.iterations &&
    params.keyBytes === current.keyBytes &&
    params.pepper === current.pepper
  );
}

/** Checks a password against a stored hash, comparing the derived bytes in constant time. */
export async function verifyPassword(
  password: string,
  stored: string,
  pepper: string,
): Promise<PasswordCheck> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return { matches: false, needsRehash: false };

  const input = await pepperInput(password, pepper, parsed.pepper);
  const derived = await derive(input, parsed.salt, parsed);
  const matches = equalBytes(derived, parsed.hash);
  return { matches, needsRehash: matches && !isCurrent(parsed) };
}

/**
 * Spends the time of one password check and answers no. Used when the email is unknown, so the
 * answer's timing does not tell which emails have accounts.
 */
export async function checkNoPassword(password: string, pepper: string): Promise<PasswordCheck> {
  await hashPassword(password, pepper);

  return { matches: false, needsRehash: false };
}

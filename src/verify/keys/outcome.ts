// Small constructors for key resolutions, so every resolver fails the same way.
import type { KeyResolution, ResolvedKey } from './types';

export type ResolutionFailure = Extract<KeyResolution, { ok: false }>;

/** The method cannot be the issuer's key: malformed, not listed, wrong document. */
export function failed(code: string, message: string): ResolutionFailure {
  return { ok: false, status: 'failed', code, message };
}

/** A document that would tell did not answer; the key may well be fine. */
export function unknown(code: string, message: string): ResolutionFailure {
  return { ok: false, status: 'unknown', code, message };
}

export function resolved(key: ResolvedKey): KeyResolution {
  return { ok: true, key };
}

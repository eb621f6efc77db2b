// Why a passkey ceremony failed, as stable codes. The checks throw `PasskeyError`; the ceremony
// functions turn it into a refusal, so nothing past them ever sees an exception.

/** Every reason a registration or a sign-in with a passkey is refused. */
export type PasskeyFailureCode =
  | 'credential_malformed'
  | 'client_data_invalid'
  | 'challenge_invalid'
  | 'origin_mismatch'
  | 'rp_id_mismatch'
  | 'user_not_present'
  | 'user_not_verified'
  | 'backup_state_invalid'
  | 'attestation_unsupported'
  | 'attestation_invalid'
  | 'algorithm_unsupported'
  | 'public_key_invalid'
  | 'credential_unknown'
  | 'credential_exists'
  | 'user_handle_mismatch'
  | 'signature_invalid'
  | 'counter_regression';

/** A failed WebAuthn check, with its code. The message is for logs of tests, never for users. */
export class PasskeyError extends Error {
  override readonly name = 'PasskeyError';
  readonly code: PasskeyFailureCode;

  constructor(code: PasskeyFailureCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Throws a `PasskeyError`; keeps the checks on one line each. */
export function fail(code: PasskeyFailureCode, message: string): never {
  throw new PasskeyError(code, message);
}

/** The result of a ceremony step that may be refused. */
export type PasskeyResult<T> = { ok: true; value: T } | { ok: false; code: PasskeyFailureCode };

/** Runs checks that may throw `PasskeyError` and returns their result; other errors propagate. */
export async function attempt<T>(checks: () => Promise<T>): Promise<PasskeyResult<T>> {
  try {
    return { ok: true, value: await checks() };
  } catch (error) {
    if (error instanceof PasskeyError) return { ok: false, code: error.code };
    throw error;
  }
}

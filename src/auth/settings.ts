// The Worker settings access depends on: the password pepper (a secret) and the demo switch.
// A missing or short pepper stops every password operation: nothing is hashed without it.

/** The bindings this part reads, beside those `wrangler types` generates. */
export interface AccessBindings {
  /** A server-side secret of at least 32 characters (`wrangler secret put PASSWORD_PEPPER`). */
  PASSWORD_PEPPER?: string;
  /** `"true"` on a local `npm start` only: seed a demo organisation into an empty database. */
  DEMO_SEED?: string;
}

export const MIN_PEPPER_LENGTH = 32;

/** Thrown when the pepper is not configured; maps to a 500 whose log names only this class. */
export class PepperMissingError extends Error {
  override readonly name = 'PepperMissingError';

  constructor() {
    super(`PASSWORD_PEPPER must be set to at least ${MIN_PEPPER_LENGTH} characters.`);
  }
}

/** The password pepper from the Worker environment; throws `PepperMissingError` without one. */
export function readPepper(env: object): string {
  const pepper = (env as AccessBindings).PASSWORD_PEPPER;
  if (typeof pepper !== 'string' || pepper.length < MIN_PEPPER_LENGTH) {
    throw new PepperMissingError();
  }
  return pepper;
}

/** Whether the demo seed is switched on (`DEMO_SEED="true"`). */
export function demoSeedEnabled(env: object): boolean {
  return (env as AccessBindings).DEMO_SEED === 'true';
}

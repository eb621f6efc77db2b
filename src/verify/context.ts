// What every step of a verification receives: time, the fetcher, what the person asking told us,
// and a way to verify a nested credential (a status list, an endorsement, a CLR's badges).
import type { DocumentFetcher } from '../fetch/types';
import type { VerificationReport } from './report/types';

/** The nonce a presentation must be bound to, and what the issuer of the nonce knows of it. */
export interface PresentationChallenge {
  challenge: string;
  domain?: string;
  /** `fresh`: issued and unused until now; `used`, `expired`, `unknown`: a replay or a forgery. */
  state: 'fresh' | 'used' | 'expired' | 'unknown';
}

/** What the person asking may add to a verification. The verdict never depends on who asks. */
export interface VerifyRequest {
  /** The candidate's email, URL, phone or DID, to check against the credential's recipient. */
  recipient?: string;
  /** For presentations: the challenge the portal issued. */
  presentation?: PresentationChallenge;
}

export interface VerifyContext {
  fetcher: DocumentFetcher;
  now: Date;
  /** How deep we are in nested verifications; a status list of a status list stops here. */
  depth: number;
  request: VerifyRequest;
  /** True when the top-level document was fetched from a link rather than given as it is. */
  viaLink?: boolean;
  /** Verifies a credential found while verifying another one (already parsed JSON, or a JWT). */
  verifyNested(credential: unknown): Promise<VerificationReport>;
}

// What every step of a verification receives: time, the fetcher, and a way to verify a nested
// credential (a status list, an endorsement) with the same engine.
import type { DocumentFetcher } from '../fetch/types';
import type { VerificationReport } from './report/types';

export interface VerifyContext {
  fetcher: DocumentFetcher;
  now: Date;
  /** How deep we are in nested verifications; a status list of a status list stops here. */
  depth: number;
  /** Verifies a credential found while verifying another one (already parsed JSON, or a JWT). */
  verifyNested(credential: unknown): Promise<VerificationReport>;
}

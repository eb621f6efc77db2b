// Runs the engine on one input and stores the report (never the input) with its expiry.
import { insertVerification, type NewIdempotencyKey } from '../db/verifications';
import { type VerificationInput, type VerifyRequest, verifyCredential } from '../verify/index';
import type { VerificationReport } from '../verify/report/types';
import type { AppVariables } from './app-env';
import { newVerificationId } from './ids';
import { recordAlignments } from './record-alignments';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A report as stored: what the API returns and the report page shows. */
export interface StoredVerification {
  id: string;
  report: VerificationReport;
  createdAt: Date;
  expiresAt: Date;
}

type Needs = Pick<AppVariables, 'db' | 'fetcher' | 'now' | 'reportTtlDays'> &
  Partial<Pick<AppVariables, 'access'>>;

/**
 * Verifies `input` and stores the report whatever the verdict, with the idempotency key when
 * given (atomically), then records the alignments of authentic badges as badge-to-competency
 * mappings. Rejects when the key was taken meanwhile, or when storage fails.
 * `request` is what the person asking adds, such as a presentation challenge.
 */
export async function verifyAndStore(
  services: Needs,
  input: VerificationInput,
  idempotency?: NewIdempotencyKey,
  request: VerifyRequest = {},
): Promise<StoredVerification> {
  const createdAt = services.now();
  const { fetcher } = services;
  const report = await verifyCredential(input, { fetcher, now: createdAt, request });

  const expiresAt = new Date(createdAt.getTime() + services.reportTtlDays * DAY_MS);
  const stored = { id: newVerificationId(), report, createdAt, expiresAt };
  await insertVerification(services.db, stored, idempotency);

  const organisationId = services.access?.organisation.id ?? null;
  await recordAlignments(services.db, organisationId, report, createdAt);
  return stored;
}

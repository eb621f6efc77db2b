// CLR 2.0 (`ClrCredential`): every credential inside the learner record is verified in full, on
// its own, and the associations between achievements are kept for display. The CLR's own verdict
// is about the CLR: a revoked badge inside it is shown as revoked, never hidden and never mixed in.
import type { VerifyContext } from '../context';
import type { ReportAssociation, VerificationReport } from '../report/types';
import { typesOf } from '../structure/format';
import { isObject } from '../structure/problem';

/** Most embedded credentials verified in one CLR. */
export const MAX_CLR_CREDENTIALS = 100;

export interface ClrContents {
  credentials: VerificationReport[];
  associations: ReportAssociation[];
}

export function isClr(credential: Record<string, unknown>): boolean {
  return typesOf(credential).includes('ClrCredential');
}

function clrSubject(credential: Record<string, unknown>): Record<string, unknown> {
  return [credential.credentialSubject ?? []].flat().find(isObject) ?? {};
}

function associationsOf(subject: Record<string, unknown>): ReportAssociation[] {
  return [subject.association ?? []]
    .flat()
    .filter(isObject)
    .filter((a) => [a.associationType, a.sourceId, a.targetId].every((v) => typeof v === 'string'))
    .map((a) => ({
      associationType: a.associationType as string,
      sourceId: a.sourceId as string,
      targetId: a.targetId as string,
    }));
}

export async function verifyClrContents(
  credential: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<ClrContents> {
  const subject = clrSubject(credential);
  const embedded = [subject.verifiableCredential ?? []].flat().slice(0, MAX_CLR_CREDENTIALS);

  const credentials = await Promise.all(embedded.map((item) => ctx.verifyNested(item)));
  return { credentials, associations: associationsOf(subject) };
}

// The credentials a presentation holds: each is verified in full on its own (its report goes in
// `credentials`), and read here only for its subject, to tie it to the holder.
import type { VerifyContext } from '../context';
import { readJson, readText } from '../input/read';
import { decodeVcJwt } from '../jwt';
import { advisory } from '../report/check';
import type { Check, VerificationReport } from '../report/types';
import { MAX_PRESENTED_CREDENTIALS, presentedCredentials } from './structure';

/** The credentials that are checked: the first MAX_PRESENTED_CREDENTIALS, in order. */
export function checkedCredentials(presentation: Record<string, unknown>): unknown[] {
  return presentedCredentials(presentation).slice(0, MAX_PRESENTED_CREDENTIALS);
}

/** The credential an entry holds, as JSON: the object itself, or decoded from a VC-JWT. */
export function credentialOf(entry: unknown): Record<string, unknown> | null {
  const read = typeof entry === 'string' ? readText(entry) : readJson(entry);
  if (!read.ok) return null;
  if (read.value.form === 'json') return read.value.value;

  const decoded = decodeVcJwt(read.value.token);
  return decoded.ok ? decoded.credential : null;
}

/** Each credential's own report, in order. */
export function verifyCredentials(
  entries: unknown[],
  ctx: VerifyContext,
): Promise<VerificationReport[]> {
  return Promise.all(entries.map((entry) => ctx.verifyNested(entry)));
}

/**
 * A warning naming how many credentials are not valid. It never changes the presentation's
 * verdict: the presentation can be genuine while a credential in it is revoked or forged.
 */
export function credentialsWarning(reports: VerificationReport[]): Check[] {
  const indexes = reports.flatMap((report, index) => (report.verdict === 'valid' ? [] : [index]));
  if (indexes.length === 0) return [];

  const message =
    `${indexes.length} of ${reports.length} credentials in the presentation ` +
    `${indexes.length === 1 ? 'is' : 'are'} not valid; each one's own report says why.`;
  const details = { notValid: indexes.length, total: reports.length, credentialIndexes: indexes };
  return [advisory('structure', 'warning', 'credentials_not_valid', message, details)];
}

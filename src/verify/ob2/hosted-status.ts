// The `status` of a hosted badge: its address answering 410 Gone, or the issuer's copy saying
// `revoked: true`, means the issuer revoked it.
import { advisory, check } from '../report/check';
import type { Check } from '../report/types';
import type { HostedProof } from './hosted-proof';
import { text } from './types';

const MAXIMUM_REASON_LENGTH = 300;

export function checkHostedStatus(result: HostedProof): Check {
  if (result.gone) {
    const message = 'The issuer has revoked this badge: its address answers that it is gone (410).';
    return check('status', 'failed', 'revoked', message, { httpStatus: 410 });
  }

  const hosted = result.hosted;
  if (hosted === null) {
    const message = "Not checked: the issuer's copy of the badge could not be had.";
    return advisory('status', 'unknown', 'status_not_checked', message);
  }

  const { revoked, revocationReason } = hosted.node;
  if (revoked === true || revoked === 'true') {
    const reason = text(revocationReason)?.slice(0, MAXIMUM_REASON_LENGTH) ?? null;
    const message = reason
      ? `The issuer has revoked this badge: “${reason}”.`
      : 'The issuer has revoked this badge.';
    return check('status', 'failed', 'revoked', message, { revocationReason: reason });
  }

  if (hosted.insecure) {
    const message = "The issuer's copy came over plain HTTP, so its status cannot be relied on.";
    return advisory('status', 'warning', 'status_insecure', message);
  }
  const message = 'The issuer still hosts this badge and has not revoked it.';
  return check('status', 'passed', 'not_revoked', message);
}

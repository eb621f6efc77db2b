// The `issuer_binding` check: a signature proves nothing unless the key belongs to the issuer.
// Passes only when the issuer controls the key and its controller document lists the key for
// assertionMethod; unknown when the controller document could not be had.
import { check } from '../report/check';
import type { Check } from '../report/types';
import type { ProofResult } from './types';

export function checkIssuerBinding(result: ProofResult, issuerId: string | null): Check {
  const details = { ...result.check.details, issuer: issuerId };
  const resolution = result.resolution;

  if (!resolution) {
    const status = result.check.status === 'unknown' ? 'unknown' : 'failed';
    return check(
      'issuer_binding',
      status,
      'key_not_checked',
      'No issuer key could be checked for this proof.',
      details,
    );
  }
  if (!resolution.ok) {
    return check('issuer_binding', resolution.status, resolution.code, resolution.message, details);
  }

  const { key } = resolution;
  const keyDetails = { ...details, controller: key.controller };
  if (key.controller !== issuerId) {
    const message = `The key belongs to ${key.controller}, not to the issuer ${issuerId ?? '(none)'}.`;
    return check('issuer_binding', 'failed', 'issuer_not_controller', message, keyDetails);
  }
  if (!key.assertionMethod) {
    const message = "The issuer's documents do not authorise this key to issue credentials.";
    return check('issuer_binding', 'failed', 'key_not_authorized', message, keyDetails);
  }
  if (key.insecure) {
    const message = "The issuer's key was fetched over plain HTTP, so it cannot be trusted.";
    return check('issuer_binding', 'unknown', 'key_insecure', message, keyDetails);
  }

  return check(
    'issuer_binding',
    'passed',
    'issuer_controls_key',
    'The key belongs to the issuer.',
    keyDetails,
  );
}

// The `refresh` check: refreshing a credential from its issuer is not supported; say so plainly.
import { advisory } from '../report/check';
import type { Check } from '../report/types';

export function checkRefreshService(credential: Record<string, unknown>): Check {
  if (credential.refreshService === undefined) {
    return advisory(
      'refresh',
      'not_applicable',
      'no_refresh_service',
      'The credential offers no refresh service.',
    );
  }

  const message =
    'The credential offers a refresh service; Proofpath does not use it and checks the copy given.';
  return advisory('refresh', 'warning', 'refresh_not_supported', message);
}

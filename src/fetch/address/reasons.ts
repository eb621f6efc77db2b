// Why a host or address is refused: one reason per class of non-public destination.

export const FORBIDDEN_REASONS = [
  'unspecified',
  'loopback',
  'private',
  'link_local',
  'shared',
  'unique_local',
  'multicast',
  'reserved',
  'documentation',
  'ipv4_embedded',
  'metadata',
  'local_name',
  'not_an_address',
] as const;

/** The class of a destination the guard never contacts. */
export type ForbiddenReason = (typeof FORBIDDEN_REASONS)[number];

/** Whether a value is one of the reasons above (for errors thrown by a transport). */
export function isForbiddenReason(value: unknown): value is ForbiddenReason {
  return FORBIDDEN_REASONS.some((reason) => reason === value);
}

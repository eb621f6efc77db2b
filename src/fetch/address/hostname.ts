// Host name rules: names that only resolve inside a private network or a cloud host.
// Refused before any DNS lookup, so they are refused even where no resolver is passed in.
import type { ForbiddenReason } from './reasons';

/** Cloud instance-metadata and cluster-internal names. */
const METADATA_NAMES = new Set([
  'metadata.google.internal',
  'metadata.goog',
  'metadata',
  'instance-data',
  'instance-data.ec2.internal',
  'kubernetes.default.svc',
]);

/**
 * Suffixes reserved for local use (RFC 6761, RFC 6762, RFC 8375, ICANN's `.internal`) or commonly
 * used inside private networks. None is delegated in the public DNS, so no public document lives
 * under them.
 */
const LOCAL_SUFFIXES = [
  'localhost',
  'local',
  'internal',
  'home.arpa',
  'localdomain',
  'lan',
  'home',
  'corp',
  'intranet',
  'private',
  'invalid',
  'onion',
  'svc',
];

/** Lower-cases a host name and drops trailing dots (`localhost.` is `localhost`). */
export function normaliseHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/\.+$/, '');
}

function hasSuffix(name: string, suffix: string): boolean {
  return name === suffix || name.endsWith(`.${suffix}`);
}

/** Why a host name (not an IP literal) is refused, or null when it may be looked up. */
export function classifyHostname(hostname: string): ForbiddenReason | null {
  const name = normaliseHostname(hostname);
  if (METADATA_NAMES.has(name)) return 'metadata';

  // A name without a dot is completed by local search domains, so it names an internal host.
  if (!name.includes('.')) return 'local_name';

  return LOCAL_SUFFIXES.some((suffix) => hasSuffix(name, suffix)) ? 'local_name' : null;
}

// IPv4 address rules: which dotted-decimal addresses are not on the public internet.
// Ranges from the IANA IPv4 Special-Purpose Address Registry (RFC 6890 and its updates).
import type { ForbiddenReason } from './reasons';

type Range = readonly [base: string, prefix: number, reason: ForbiddenReason];

const RANGES: readonly Range[] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link_local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

/** Instance-metadata endpoints of cloud providers (AWS, GCP, Azure, ECS, Alibaba, Oracle). */
const METADATA = ['169.254.169.254', '169.254.170.2', '100.100.100.200', '192.0.0.192'];

const DOTTED = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Parses strict dotted-decimal IPv4 (as the WHATWG URL parser serialises it) to a 32-bit number. */
export function parseIpv4(text: string): number | null {
  const match = DOTTED.exec(text);
  if (!match) return null;

  const octets = match.slice(1).map(Number);
  if (octets.some((octet) => octet > 255)) return null;

  return octets.reduce((value, octet) => value * 256 + octet, 0);
}

function inRange(address: number, base: number, prefix: number): boolean {
  const shift = 32 - prefix;
  return address >>> shift === base >>> shift;
}

const PARSED_RANGES = RANGES.map(([base, prefix, reason]) => {
  return { base: parseIpv4(base) ?? 0, prefix, reason };
});

const PARSED_METADATA = new Set(METADATA.map((address) => parseIpv4(address)));

/** Why an IPv4 address (as a 32-bit number) is refused, or null when it is public. */
export function classifyIpv4(address: number): ForbiddenReason | null {
  if (PARSED_METADATA.has(address)) return 'metadata';

  const range = PARSED_RANGES.find(({ base, prefix }) => inRange(address, base, prefix));
  return range ? range.reason : null;
}

// IPv6 address rules: which addresses are not on the public internet, including the forms that
// wrap an IPv4 address (mapped, compatible, NAT64, 6to4). Ranges from the IANA IPv6 registries.
import { classifyIpv4, parseIpv4 } from './ipv4';
import type { ForbiddenReason } from './reasons';

type Range = readonly [base: string, prefix: number, reason: ForbiddenReason];

/** Checked in order, after the IPv4-wrapping forms; the first match wins. */
const RANGES: readonly Range[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['::ffff:0:0', 96, 'ipv4_embedded'],
  ['::ffff:0:0:0', 96, 'ipv4_embedded'],
  ['::', 96, 'ipv4_embedded'],
  ['64:ff9b:1::', 48, 'reserved'],
  ['100::', 64, 'reserved'],
  ['2001:db8::', 32, 'documentation'],
  ['3fff::', 20, 'documentation'],
  ['2001::', 23, 'reserved'],
  ['fc00::', 7, 'unique_local'],
  ['fe80::', 10, 'link_local'],
  ['fec0::', 10, 'private'],
  ['ff00::', 8, 'multicast'],
];

/** Instance-metadata endpoints of cloud providers (AWS IMDS and its DNS resolver). */
const METADATA = ['fd00:ec2::254', 'fd00:ec2::23'];

const HEXTET = /^[0-9a-f]{1,4}$/i;

function parseGroups(text: string, ipv4Tail: boolean): number[] | null {
  if (text === '') return [];

  const groups: number[] = [];
  const parts = text.split(':');
  for (const [index, part] of parts.entries()) {
    const last = ipv4Tail && index === parts.length - 1;
    const ipv4 = last && part.includes('.') ? parseIpv4(part) : null;
    if (ipv4 !== null) {
      groups.push(Math.floor(ipv4 / 65536), ipv4 % 65536);
    } else if (HEXTET.test(part)) {
      groups.push(Number.parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

/** Parses textual IPv6 (with `::` and an optional dotted IPv4 tail) to a 128-bit number. */
export function parseIpv6(text: string): bigint | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;

  const head = parseGroups(halves[0] ?? '', halves.length === 1);
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? '', true) : [];
  if (!head || !tail) return null;

  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;

  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

function inRange(address: bigint, base: bigint, prefix: number): boolean {
  const shift = BigInt(128 - prefix);
  return address >> shift === base >> shift;
}

function parsed(text: string): bigint {
  return parseIpv6(text) ?? 0n;
}

const PARSED_RANGES = RANGES.map(([base, prefix, reason]) => ({
  base: parsed(base),
  prefix,
  reason,
}));
const PARSED_METADATA = new Set(METADATA.map(parsed));
const NAT64 = parsed('64:ff9b::');
const SIX_TO_FOUR = parsed('2002::');
const GLOBAL_UNICAST = parsed('2000::');

/** NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that must itself be public. */
function classifyWrapped(address: bigint): ForbiddenReason | null | undefined {
  if (inRange(address, NAT64, 96)) {
    return classifyIpv4(Number(address & 0xffffffffn)) ? 'ipv4_embedded' : null;
  }

  if (inRange(address, SIX_TO_FOUR, 16)) {
    return classifyIpv4(Number((address >> 80n) & 0xffffffffn)) ? 'ipv4_embedded' : null;
  }

  return undefined;
}

/** Why an IPv6 address (as a 128-bit number) is refused, or null when it is public. */
export function classifyIpv6(address: bigint): ForbiddenReason | null {
  if (PARSED_METADATA.has(address)) return 'metadata';

  const wrapped = classifyWrapped(address);
  if (wrapped !== undefined) return wrapped;

  const range = PARSED_RANGES.find(({ base, prefix }) => inRange(address, base, prefix));
  if (range) return range.reason;

  // Only 2000::/3 is allocated as global unicast; everything else is reserved.
  return inRange(address, GLOBAL_UNICAST, 3) ? null : 'reserved';
}

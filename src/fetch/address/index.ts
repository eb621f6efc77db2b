// The address rules in one call: is this host (name or IP literal) a public destination?
import { classifyHostname } from './hostname';
import { classifyIpv4, parseIpv4 } from './ipv4';
import { classifyIpv6, parseIpv6 } from './ipv6';
import type { ForbiddenReason } from './reasons';

export { normaliseHostname } from './hostname';
export { type ForbiddenReason, isForbiddenReason } from './reasons';

/**
 * Why a resolved IP address (as a resolver returns it, IPv4 or IPv6 text) is refused, or null
 * when it is public. Text that is not an address is refused.
 */
export function classifyAddress(address: string): ForbiddenReason | null {
  const ipv4 = parseIpv4(address);
  if (ipv4 !== null) return classifyIpv4(ipv4);

  const ipv6 = parseIpv6(address);
  if (ipv6 !== null) return classifyIpv6(ipv6);

  return 'not_an_address';
}

/**
 * Why the host of a WHATWG-parsed URL (`url.hostname`: a name, dotted IPv4, or bracketed IPv6)
 * is refused, or null when it is public.
 */
export function classifyHost(hostname: string): ForbiddenReason | null {
  if (hostname.startsWith('[')) return classifyAddress(hostname.slice(1, -1));

  const withoutDot = hostname.replace(/\.+$/, '');
  if (parseIpv4(withoutDot) !== null) return classifyAddress(withoutDot);

  return classifyHostname(hostname);
}

/** Whether a WHATWG-parsed host is an IP literal (no DNS lookup needed). */
export function isIpLiteral(hostname: string): boolean {
  return hostname.startsWith('[') || parseIpv4(hostname.replace(/\.+$/, '')) !== null;
}

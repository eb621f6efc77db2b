// The badge platforms whose web pages we know how to see behind: where each one keeps the
// machine-readable credential for a page, and the public source that says so.

export interface Platform {
  /** Shown in the report as `source.platform`. */
  name: string;
  /** Host names (lower case) whose pages this row describes. */
  hosts: readonly string[];
  /** The path of a page about one credential; the first group is the credential's id. */
  path: RegExp;
  /** The machine-readable credential behind the page with this id on this host. */
  credentialUrl: (id: string, host: string) => string;
  /** True when the page's own URL answers JSON to a request that asks for JSON. */
  negotiates?: boolean;
  /** The public documentation or observed behaviour this row rests on. */
  basis: string;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// Canvas Credentials (formerly Badgr) web app hosts and the public API host of each region.
const BADGR_API_HOSTS: Readonly<Record<string, string>> = {
  'badgr.com': 'api.badgr.io',
  'eu.badgr.com': 'api.eu.badgr.io',
  'ca.badgr.com': 'api.ca.badgr.io',
  'au.badgr.com': 'api.au.badgr.io',
};

function badgrAssertion(apiHost: string, id: string): string {
  return `https://${apiHost}/public/assertions/${encodeURIComponent(id)}.json?v=2_0`;
}

/**
 * The platform table. Accredible (credential.net), Open Badge Factory and Open Badge Passport
 * are not in it: no public documentation or observed behaviour of a credential endpoint behind
 * their pages was found, so their links go through content negotiation and `<link
 * rel="alternate">` only. Open Badge Passport's badge pages carry only an oEmbed alternate
 * (openbadgefactory/salava, src/clj/salava/core/layout.clj and badge/main.clj `meta-tags`).
 */
export const PLATFORMS: readonly Platform[] = [
  {
    name: 'Credly',
    hosts: ['www.credly.com', 'credly.com', 'www.youracclaim.com', 'youracclaim.com'],
    path: new RegExp(`^/badges/(${UUID})(?:/[a-z_]+)?/?$`, 'i'),
    credentialUrl: (id) =>
      `https://api.credly.com/v1/obi/v2/badge_assertions/${encodeURIComponent(id)}`,
    basis:
      'Documented: Credly "OBI Methods", GET /obi/v2/badge_assertions/<badge_id> on ' +
      'https://api.credly.com/v1 returns the Open Badges 2.0 assertion ' +
      '(https://api.credly.com/docs/obi_specified_endpoints). Observed: the badge page ' +
      'https://sandbox.youracclaim.com/badges/5e02ea9f-… and its assertion ' +
      '…/v1/obi/badge_assertions/5e02ea9f-… share the id (1EdTech/openbadges-validator-core ' +
      'issue #33); Bran-bit/certmap docs/ADR-002-certification-integration.md reads the id from ' +
      'https://www.credly.com/badges/<id>/public_url and fetches that endpoint.',
  },
  {
    name: 'Canvas Credentials (Badgr)',
    hosts: Object.keys(BADGR_API_HOSTS),
    path: /^\/public\/assertions\/([A-Za-z0-9_-]+)\/?$/,
    credentialUrl: (id, host) => badgrAssertion(BADGR_API_HOSTS[host] ?? 'api.badgr.io', id),
    basis:
      'Documented: an assertion\'s "openBadgeId" is https://api.badgr.io/public/assertions/' +
      '<entityId>, with regional API hosts api.eu/au/ca/sg.badgr.io (Instructure developer ' +
      'docs, services/credentials). Observed: badgr-server serves /public/assertions/<id> with ' +
      'a ".json" suffix and a "v" (Open Badges version) query (apps/issuer/public_api_urls.py, ' +
      'public_api.py); the web app hosts eu/ca/au.badgr.com pair with api.eu/ca/au.badgr.io ' +
      '(Brncnnr/totara server/badges/upgradelib.php), as badgr.com does with api.badgr.io.',
  },
  {
    name: 'Canvas Credentials (Badgr)',
    hosts: [
      'api.badgr.io',
      'api.eu.badgr.io',
      'api.au.badgr.io',
      'api.ca.badgr.io',
      'api.sg.badgr.io',
    ],
    path: /^\/public\/assertions\/([A-Za-z0-9_-]+)\/?$/,
    credentialUrl: (id, host) => badgrAssertion(host, id),
    negotiates: true,
    basis:
      'Observed in badgr-server apps/issuer/public_api.py: a request whose Accept header ' +
      'mentions text/html is redirected to the web app page; any other request gets the ' +
      'assertion JSON. The 1EdTech validator fetches these URLs as JSON ' +
      '(1EdTech/openbadges-validator-core issue #249).',
  },
];

export interface PlatformMatch {
  platform: Platform;
  /** The machine-readable credential behind the page. */
  credentialUrl: string;
}

/** The platform row a page URL belongs to, with its credential URL; null when none does. */
export function matchPlatform(pageUrl: string): PlatformMatch | null {
  if (!URL.canParse(pageUrl)) return null;

  const url = new URL(pageUrl);
  const host = url.hostname.toLowerCase();
  for (const platform of PLATFORMS) {
    if (!platform.hosts.includes(host)) continue;

    const id = platform.path.exec(url.pathname)?.[1];
    if (id) return { platform, credentialUrl: platform.credentialUrl(id, host) };
  }
  return null;
}

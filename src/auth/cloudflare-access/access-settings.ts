// Cloudflare Access mode, switched on by two Worker variables: the team domain
// (`https://<team>.cloudflareaccess.com`) and the application's audience tag. With neither set
// the mode is off and the `Cf-Access-Jwt-Assertion` header is ignored.

/** The bindings this mode reads, beside those `wrangler types` generates. */
export interface CloudflareAccessBindings {
  /** The Access team domain, such as `https://example.cloudflareaccess.com`. */
  ACCESS_TEAM_DOMAIN?: string;
  /** The Application Audience (AUD) tag of the Access application in front of this Worker. */
  ACCESS_AUD?: string;
}

/** The verified settings: the issuer every token must name, and the audience. */
export interface AccessSettings {
  teamDomain: string;
  audience: string;
}

/** Thrown when only one variable is set, or the team domain is not an https origin. */
export class AccessSettingsError extends Error {
  override readonly name = 'AccessSettingsError';

  constructor(detail: string) {
    super(`Cloudflare Access mode is misconfigured: ${detail}`);
  }
}

function teamDomainOf(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new AccessSettingsError('ACCESS_TEAM_DOMAIN is not a URL.');
  }

  const bare = url.pathname === '/' && url.search === '' && url.hash === '';
  if (url.protocol !== 'https:' || !bare || url.username !== '' || url.password !== '') {
    throw new AccessSettingsError('ACCESS_TEAM_DOMAIN must be an https origin, with no path.');
  }
  return url.origin;
}

/**
 * The Access settings from the Worker environment; null when the mode is off. Throws
 * `AccessSettingsError` for half a configuration, so a mistake never silently turns it off.
 */
export function readAccessSettings(env: object): AccessSettings | null {
  const { ACCESS_TEAM_DOMAIN: domain = '', ACCESS_AUD: audience = '' } =
    env as CloudflareAccessBindings;
  if (domain.trim() === '' && audience.trim() === '') return null;
  if (domain.trim() === '' || audience.trim() === '') {
    throw new AccessSettingsError('set both ACCESS_TEAM_DOMAIN and ACCESS_AUD, or neither.');
  }

  return { teamDomain: teamDomainOf(domain), audience: audience.trim() };
}

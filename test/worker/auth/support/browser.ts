// A minimal browser for the worker tests: keeps cookies per origin, sends the headers a real
// browser sends with a same-origin form (Origin, Sec-Fetch-Site), and reads CSRF tokens from pages.
import { exports } from 'cloudflare:workers';

export const ORIGIN = 'https://proofpath.test';

/** Fields of a form post; repeated names (checkboxes) as arrays. */
export type FormFields = Record<string, string | string[]>;

/** The value of the first `csrf_token` hidden field in a page. */
export function csrfTokenIn(html: string): string {
  const match = /name="csrf_token" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('The page has no CSRF field.');

  return match[1];
}

/** Encodes form fields as application/x-www-form-urlencoded. */
export function formBody(fields: FormFields): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  return body;
}

/** A cookie jar and a way to send requests through the Worker as one browser. */
export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(readonly origin: string = ORIGIN) {}

  /** The `Cookie` header this browser sends. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((a) => /max-age=0$/i.test(a.trim())) || value === '';
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.trim());
    }
  }

  /** Sends a request to a path of this origin with the jar's cookies, and keeps new cookies. */
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', this.cookieHeader());
    const request = new Request(`${this.origin}${path}`, { ...init, headers, redirect: 'manual' });

    const res = await exports.default.fetch(request);
    this.keep(res);
    return res;
  }

  /** GET a page. */
  get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.fetch(path, { headers });
  }

  /** POSTs a form the way a browser does from one of this origin's pages. */
  post(path: string, fields: FormFields, headers: Record<string, string> = {}) {
    return this.fetch(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: this.origin,
        'sec-fetch-site': 'same-origin',
        ...headers,
      },
      body: formBody(fields),
    });
  }

  /** Opens a page and returns the CSRF token of its forms. */
  async csrfFrom(path: string): Promise<string> {
    const res = await this.get(path);
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}.`);

    return csrfTokenIn(await res.text());
  }

  /** Opens a page, then submits one of its forms with that page's CSRF token. */
  async submit(pagePath: string, action: string, fields: FormFields = {}) {
    const csrf_token = await this.csrfFrom(pagePath);

    return this.post(action, { csrf_token, ...fields });
  }
}

// Helpers shared by the account and organisation pages: reading a posted form, the CSRF token a
// new form carries, the size limit of their bodies, and the local path to return to.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { issueFormToken } from '../middleware/auth-cookies';
import { bodyLimit } from '../middleware/body-limit';

type Ctx = Context<AppEnv>;

/** Account and organisation forms are small. */
export const formBodyLimit = bodyLimit(64 * 1024);

/** A posted form's fields as text: a missing or file field reads as the empty string. */
export interface PostedForm {
  text(name: string): string;
  all(name: string): string[];
}

/** Reads the posted form (already parsed, and checked, by the CSRF middleware). */
export async function postedForm(c: Ctx): Promise<PostedForm> {
  const body = await c.req.parseBody({ all: true });

  const all = (name: string) => {
    const value = body[name];
    const values = Array.isArray(value) ? value : [value];
    return values.filter((item): item is string => typeof item === 'string');
  };
  return { text: (name) => all(name)[0] ?? '', all };
}

/**
 * The CSRF token for a form about to be shown: the session's when signed in, otherwise the
 * pre-session form cookie's (set on this response).
 */
export function formTokenFor(c: Ctx): string {
  const access = c.var.access;
  if (access?.kind === 'member' && access.session) return access.session.csrfToken;

  return issueFormToken(c);
}

/** A path on this site to go to after signing in; anything else (another site) is dropped. */
export function localPath(value: string | undefined): string | undefined {
  if (!value?.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return undefined;
  }
  return /^[\x21-\x7e]{1,512}$/.test(value) ? value : undefined;
}

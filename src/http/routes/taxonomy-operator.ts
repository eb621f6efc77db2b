// Guards the taxonomy's write endpoints. An owner or admin of an organisation (a session, or an
// API key with the `frameworks:write` scope) writes that organisation's private data; the operator,
// with `Authorization: Bearer <token>` equal to the Worker secret `OPERATOR_TOKEN` (compared in
// constant time), writes the public reference data. Everyone else is refused.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { can } from '../../auth/access';
import { ProblemError } from '../problems';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="proofpath-operator"' };

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** Equal texts, compared through their SHA-256 so time depends on neither length nor content. */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function bearer(header: string | undefined): string | null {
  const match = /^Bearer ([\x21-\x7e]+)$/.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}

/** The operator token the Worker was given, if any (`OPERATOR_TOKEN`, a secret). */
function operatorToken(env: Env): string | null {
  const token = (env as Env & { OPERATOR_TOKEN?: unknown }).OPERATOR_TOKEN;
  return typeof token === 'string' && token.length > 0 ? token : null;
}

/** Lets the request through for a member or key that may write frameworks, or the operator. */
export function requireOperator(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const access = c.var.access;
    if (access) {
      if (!can(access, 'frameworks:write')) {
        throw new ProblemError('forbidden', 'Only owners and admins may change frameworks.');
      }
      return next();
    }

    const expected = operatorToken(c.env);
    const given = bearer(c.req.header('authorization'));

    if (expected === null) {
      const detail = 'Taxonomy writes are disabled: the operator token is not configured.';
      throw new ProblemError('operator_token_required', detail, CHALLENGE);
    }
    if (given === null || !(await sameSecret(given, expected))) {
      const detail = 'Send the operator token as "Authorization: Bearer <token>".';
      throw new ProblemError('operator_token_required', detail, CHALLENGE);
    }
    await next();
  };
}

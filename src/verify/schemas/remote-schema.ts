// A schema we do not carry is fetched as JSON through the injected fetcher and compiled for
// this verification only: the publisher may change it, and it may not be trusted to stay small.
import type { Schema, Validator } from '@cfworker/json-schema';
import type { FetchErrorCode } from '../../fetch/types';
import type { VerifyContext } from '../context';
import { compileSchema } from './validators';

export type RemoteSchema =
  | { ok: true; validator: Validator; insecure: boolean }
  | { ok: false; problem: 'unreachable'; fetchError: FetchErrorCode }
  | { ok: false; problem: 'unusable' };

function parse(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
}

function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export async function fetchSchema(url: string, ctx: VerifyContext): Promise<RemoteSchema> {
  const fetched = await ctx.fetcher.fetch(url, { kind: 'json' });
  if (!fetched.ok) return { ok: false, problem: 'unreachable', fetchError: fetched.error.code };

  const schema = parse(fetched.document.body);
  if (!isSchema(schema)) return { ok: false, problem: 'unusable' };

  try {
    return { ok: true, validator: compileSchema(schema), insecure: fetched.document.insecure };
  } catch {
    return { ok: false, problem: 'unusable' };
  }
}

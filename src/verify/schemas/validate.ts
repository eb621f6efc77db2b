// Runs one validator over a credential and keeps a short, value-free account of what failed.
import type { OutputUnit, Validator } from '@cfworker/json-schema';

/** How many errors a report shows; the first ones are the most specific. */
const MAXIMUM_ERRORS = 5;

/** Keywords that only say "something below failed"; shown after the errors that say what. */
const WRAPPERS = new Set([
  '$ref',
  '$recursiveRef',
  'allOf',
  'anyOf',
  'oneOf',
  'properties',
  'items',
  'additionalItems',
  'prefixItems',
  'patternProperties',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'dependentSchemas',
]);

/** Where in the credential, and which rule: never the values themselves. */
export interface SchemaError {
  instanceLocation: string;
  keyword: string;
}

export type ValidationOutcome =
  | { ok: true; valid: true }
  | { ok: true; valid: false; errors: SchemaError[]; errorCount: number }
  | { ok: false };

function summarize(units: readonly OutputUnit[]): SchemaError[] {
  const leaves = units.filter((unit) => !WRAPPERS.has(unit.keyword));
  const ordered = [...leaves, ...units.filter((unit) => WRAPPERS.has(unit.keyword))];
  const seen = new Set<string>();
  const errors: SchemaError[] = [];

  for (const { instanceLocation, keyword } of ordered) {
    const key = `${instanceLocation} ${keyword}`;
    if (seen.has(key)) continue;

    seen.add(key);
    errors.push({ instanceLocation, keyword });
    if (errors.length === MAXIMUM_ERRORS) break;
  }
  return errors;
}

/** `ok: false` when the schema itself cannot be used (an unresolved `$ref`, a bad pattern). */
export function validateWith(validator: Validator, instance: unknown): ValidationOutcome {
  try {
    const result = validator.validate(instance);
    if (result.valid) return { ok: true, valid: true };

    return {
      ok: true,
      valid: false,
      errors: summarize(result.errors),
      errorCount: result.errors.length,
    };
  } catch {
    return { ok: false };
  }
}

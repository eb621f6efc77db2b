// Runs one validator over a credential and keeps a short, value-free account of what failed.
import type { OutputUnit, Validator } from '@cfworker/json-schema';

/** How many errors a report shows; the first ones are the most specific. */
const MAXIMUM_ERRORS = 5;

/** Keywords that only say "something below failed"; shown only when nothing more precise is. */
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
  /** For `required`: the property the schema asks for (a name from the schema, not a value). */
  property?: string;
}

/** The validator words a missing property as: Instance does not have required property "x". */
const REQUIRED_PROPERTY = /required property "([^"]{1,100})"/;

function describeError(unit: OutputUnit): SchemaError {
  const { instanceLocation, keyword } = unit;
  const property = keyword === 'required' ? REQUIRED_PROPERTY.exec(unit.error)?.[1] : undefined;

  return property ? { instanceLocation, keyword, property } : { instanceLocation, keyword };
}

export type ValidationOutcome =
  | { ok: true; valid: true }
  | { ok: true; valid: false; errors: SchemaError[]; errorCount: number }
  | { ok: false };

function summarize(units: readonly OutputUnit[]): SchemaError[] {
  const leaves = units.filter((unit) => !WRAPPERS.has(unit.keyword));
  const ordered = leaves.length > 0 ? leaves : units;
  const seen = new Set<string>();
  const errors: SchemaError[] = [];

  for (const unit of ordered) {
    const error = describeError(unit);
    const key = `${error.instanceLocation} ${error.keyword} ${error.property ?? ''}`;
    if (seen.has(key)) continue;

    seen.add(key);
    errors.push(error);
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

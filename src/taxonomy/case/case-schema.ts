// Validates a CFPackage against the official CASE 1.1 JSON Schema (1EdTech OpenCASE, bundled
// from case-v1p1-cfpackage.schema.json) with @cfworker/json-schema, which runs in workerd.
import { type OutputUnit, type Schema, Validator } from '@cfworker/json-schema';
import { invalid } from '../import-error';
import schema from './case-v1p1-cfpackage.schema.json';

let validator: Validator | null = null;

// Errors that only say "a part below had errors": the useful error is the one below.
const WRAPPERS = new Set(['$ref', 'properties', 'items', 'allOf', 'additionalProperties']);

function deepest(errors: OutputUnit[]): OutputUnit | undefined {
  const specific = errors.filter((error) => !WRAPPERS.has(error.keyword));
  const candidates = specific.length > 0 ? specific : errors;

  let best: OutputUnit | undefined;
  for (const error of candidates) {
    if (!best || error.instanceLocation.length > best.instanceLocation.length) best = error;
  }
  return best;
}

function message(error: OutputUnit | undefined, column: string | null): string {
  if (error?.keyword === 'false') return `"${column}" is not a CASE 1.1 property here.`;
  return error?.error ?? 'The package does not match the schema.';
}

function locate(file: string, pointer: string) {
  const segments = pointer.split('/').slice(1);
  const indexAt = segments.findIndex((segment) => /^\d+$/.test(segment));
  const row = indexAt < 0 ? null : Number(segments[indexAt]) + 1;
  const column = segments.at(-1) ?? null;

  return { file, row, column: column !== null && /^\d+$/.test(column) ? null : column, pointer };
}

/** Throws `ImportInvalidError` at the first place where `pkg` breaks the CASE 1.1 schema. */
export function validateCasePackage(file: string, pkg: unknown): void {
  validator ??= new Validator(schema as unknown as Schema, '2019-09', false);
  const result = validator.validate(pkg);
  if (result.valid) return;

  const error = deepest(result.errors);
  const location = locate(file, (error?.instanceLocation ?? '#').replace(/^#/, ''));
  invalid(location, `Not a CASE 1.1 CFPackage: ${message(error, location.column)}`);
}

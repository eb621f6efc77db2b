// Compiles JSON Schemas with @cfworker/json-schema (ajv cannot run in workerd: it compiles with
// `new Function`). Bundled schemas are compiled once per isolate and reused.
import { type Schema, type SchemaDraft, Validator } from '@cfworker/json-schema';
import { BUNDLED_SCHEMAS } from './bundled';

const compiled = new Map<Schema, Validator>();

/** The draft a schema declares in `$schema`; the 1EdTech schemas all say 2019-09. */
export function draftOf(schema: Schema): SchemaDraft {
  const declared = typeof schema.$schema === 'string' ? schema.$schema : '';
  if (declared.includes('2020-12')) return '2020-12';
  if (declared.includes('draft-07')) return '7';
  if (declared.includes('draft-04')) return '4';

  return '2019-09';
}

/** A validator that reports every error, not only the first. */
export function compileSchema(schema: Schema): Validator {
  return new Validator(schema, draftOf(schema), false);
}

/** The validator of the bundled schema named `id`, or undefined when we do not carry it. */
export function bundledValidator(id: string): Validator | undefined {
  const schema = BUNDLED_SCHEMAS.get(id);
  if (!schema) return undefined;

  const cached = compiled.get(schema) ?? compileSchema(schema);
  compiled.set(schema, cached);
  return cached;
}

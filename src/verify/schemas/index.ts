// The `schema` step: validates the credential, as given, against each JSON Schema it names in
// `credentialSchema` (VC Data Model 2.0 §4.11; OB 3.0 `1EdTechJsonSchemaValidator2019`).
import type { Validator } from '@cfworker/json-schema';
import type { VerifyContext } from '../context';
import { advisory, check } from '../report/check';
import type { Check } from '../report/types';
import { fetchSchema } from './remote-schema';
import { validateWith } from './validate';
import { bundledValidator } from './validators';

/** The `credentialSchema` types whose `id` is the URL of a plain JSON Schema. */
const JSON_SCHEMA_TYPES = new Set([
  '1EdTechJsonSchemaValidator2019',
  'JsonSchemaValidator2018',
  'JsonSchema',
]);

type Entry = Record<string, unknown>;

function schemaEntries(credential: Record<string, unknown>): unknown[] {
  const named = credential.credentialSchema;
  return named === undefined || named === null ? [] : [named].flat();
}

function typeOf(entry: Entry): string | null {
  return [entry.type].flat().find((type): type is string => typeof type === 'string') ?? null;
}

function validated(validator: Validator, credential: unknown, details: Entry, insecure: boolean) {
  const outcome = validateWith(validator, credential);
  if (!outcome.ok) {
    const message =
      'The schema the credential names could not be used, so its shape was not checked.';
    return check('schema', 'unknown', 'schema_unusable', message, details);
  }
  if (!outcome.valid) {
    const message = 'The credential does not follow the data schema its issuer declared.';
    const facts = { ...details, errors: outcome.errors, errorCount: outcome.errorCount };
    return check('schema', 'failed', 'schema_invalid', message, facts);
  }
  if (insecure) {
    const message = 'The credential follows its schema, but the schema came over plain HTTP.';
    return check('schema', 'warning', 'schema_insecure', message, details);
  }
  return check(
    'schema',
    'passed',
    'schema_valid',
    'The credential follows its declared data schema.',
    details,
  );
}

async function checkEntry(entry: Entry, credential: Record<string, unknown>, ctx: VerifyContext) {
  const details = { schemaId: typeof entry.id === 'string' ? entry.id : null, type: typeOf(entry) };
  if (details.type === null || !JSON_SCHEMA_TYPES.has(details.type)) {
    const message =
      'The credential names a kind of schema we do not check; it is shown for information.';
    return advisory('schema', 'warning', 'schema_type_unsupported', message, details);
  }
  if (details.schemaId === null) {
    const message = 'The credential names a schema without saying where it is.';
    return advisory('schema', 'warning', 'schema_entry_malformed', message, details);
  }

  const bundled = bundledValidator(details.schemaId);
  if (bundled) return validated(bundled, credential, { ...details, bundled: true }, false);

  const remote = await fetchSchema(details.schemaId, ctx);
  if (remote.ok)
    return validated(remote.validator, credential, { ...details, bundled: false }, remote.insecure);

  if (remote.problem === 'unusable') {
    const message =
      'The schema the credential names is not a usable JSON Schema, so its shape was not checked.';
    return check('schema', 'unknown', 'schema_unusable', message, details);
  }
  const message =
    'The schema the credential names could not be fetched, so its shape was not checked.';
  return check('schema', 'unknown', 'schema_unreachable', message, {
    ...details,
    fetchError: remote.fetchError,
  });
}

/**
 * One `schema` check per `credentialSchema` entry, or one `not_applicable` check when the
 * credential names no schema. Bundled 1EdTech schemas are used without going online.
 */
export async function checkCredentialSchema(
  credential: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<Check[]> {
  const entries = schemaEntries(credential);
  if (entries.length === 0) {
    return [check('schema', 'not_applicable', 'no_schema', 'The credential names no data schema.')];
  }

  const checks: Check[] = [];
  for (const entry of entries) {
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
      checks.push(await checkEntry(entry as Entry, credential, ctx));
    } else {
      const message = 'The credential names a schema in a form we cannot read.';
      checks.push(advisory('schema', 'warning', 'schema_entry_malformed', message));
    }
  }
  return checks;
}

// The `schema` step: validates the credential, as given, against each JSON Schema it names in
// `credentialSchema` (VC Data Model 2.0 §4.11; OB 3.0 `1EdTechJsonSchemaValidator2019`).
import type { VerifyContext } from '../context';
import { check } from '../report/check';
import type { Check } from '../report/types';
import {
  entryMalformed,
  type SchemaFacts,
  schemaUnreachable,
  schemaUnusable,
  typeUnsupported,
  validationCheck,
} from './outcomes';
import { fetchSchema } from './remote-schema';
import { validateWith } from './validate';
import { bundledValidator } from './validators';

/** The `credentialSchema` types whose `id` is the URL of a plain JSON Schema. */
const JSON_SCHEMA_TYPES = new Set([
  '1EdTechJsonSchemaValidator2019',
  'JsonSchemaValidator2018',
  'JsonSchema',
]);

/** More entries than this are not checked: each schema we do not carry costs a request. */
const MAXIMUM_ENTRIES = 8;

type Entry = Record<string, unknown>;

function isEntry(value: unknown): value is Entry {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function factsOf(entry: Entry): SchemaFacts {
  const type = [entry.type].flat().find((item): item is string => typeof item === 'string');
  return { schemaId: typeof entry.id === 'string' ? entry.id : null, type: type ?? null };
}

async function checkEntry(entry: Entry, credential: unknown, ctx: VerifyContext): Promise<Check> {
  const facts = factsOf(entry);
  if (facts.type === null || !JSON_SCHEMA_TYPES.has(facts.type)) return typeUnsupported(facts);

  if (facts.schemaId === null) return entryMalformed(facts);

  const bundled = bundledValidator(facts.schemaId);
  if (bundled)
    return validationCheck(validateWith(bundled, credential), { ...facts, bundled: true }, false);

  const remote = await fetchSchema(facts.schemaId, ctx);
  if (!remote.ok) {
    return remote.problem === 'unusable'
      ? schemaUnusable(facts)
      : schemaUnreachable(facts, remote.fetchError);
  }
  const outcome = validateWith(remote.validator, credential);
  return validationCheck(outcome, { ...facts, bundled: false }, remote.insecure);
}

/**
 * One `schema` check per `credentialSchema` entry, or one `not_applicable` check when the
 * credential names no schema. Bundled 1EdTech schemas are used without going online.
 */
export async function checkCredentialSchema(
  credential: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<Check[]> {
  const named = credential.credentialSchema;
  const entries = named === undefined || named === null ? [] : [named].flat();
  if (entries.length === 0) {
    return [check('schema', 'not_applicable', 'no_schema', 'The credential names no data schema.')];
  }

  const checks: Check[] = [];
  for (const entry of entries.slice(0, MAXIMUM_ENTRIES)) {
    checks.push(isEntry(entry) ? await checkEntry(entry, credential, ctx) : entryMalformed(null));
  }
  if (entries.length > MAXIMUM_ENTRIES) {
    const message = `Only the first ${MAXIMUM_ENTRIES} data schemas were checked.`;
    checks.push(check('schema', 'warning', 'schema_entries_skipped', message));
  }
  return checks;
}

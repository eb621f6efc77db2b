// The schema checks in plain words: one constructor per outcome, each with a stable code.
import { advisory, check } from '../report/check';
import type { Check } from '../report/types';
import type { ValidationOutcome } from './validate';

/** What every schema check reports: which schema, of which type, and whether we carry it. */
export interface SchemaFacts {
  schemaId: string | null;
  type: string | null;
  bundled?: boolean;
}

const NOT_CHECKED = 'so the credential was not checked against it';

export function schemaUnusable(facts: SchemaFacts): Check {
  const message = `The schema the credential names is not a usable JSON Schema, ${NOT_CHECKED}.`;
  return check('schema', 'unknown', 'schema_unusable', message, { ...facts });
}

export function schemaUnreachable(facts: SchemaFacts, fetchError: string): Check {
  const message = `The schema the credential names could not be fetched, ${NOT_CHECKED}.`;
  return check('schema', 'unknown', 'schema_unreachable', message, { ...facts, fetchError });
}

export function typeUnsupported(facts: SchemaFacts): Check {
  const message = 'The credential names a kind of schema we do not check; shown for information.';
  return advisory('schema', 'warning', 'schema_type_unsupported', message, { ...facts });
}

export function entryMalformed(facts: SchemaFacts | null): Check {
  const message = 'The credential names a schema in a form we cannot read.';
  return advisory('schema', 'warning', 'schema_entry_malformed', message, { ...facts });
}

/** The check for a validation that ran; a schema that came over plain HTTP never passes. */
export function validationCheck(
  outcome: ValidationOutcome,
  facts: SchemaFacts,
  insecure: boolean,
): Check {
  if (!outcome.ok) return schemaUnusable(facts);

  if (!outcome.valid) {
    const message = 'The credential does not follow the data schema its issuer declared.';
    const details = { ...facts, errors: outcome.errors, errorCount: outcome.errorCount };
    return check('schema', 'failed', 'schema_invalid', message, details);
  }
  if (insecure) {
    const message = 'The credential follows its schema, but the schema came over plain HTTP.';
    return check('schema', 'warning', 'schema_insecure', message, { ...facts });
  }
  const message = 'The credential follows the data schema its issuer declared.';
  return check('schema', 'passed', 'schema_valid', message, { ...facts });
}

// The engine's report JSON Schema, reshaped for OpenAPI components: its `$defs` become named
// component schemas, so every reference resolves inside the OpenAPI document.
import reportSchema from '../../verify/report/report.schema.json';
import type { JsonSchema } from './types';

/** Component name of the report schema; its `$defs` are named `Report` + the def's name. */
export const REPORT_SCHEMA_NAME = 'VerificationReport';

function componentName(def: string): string {
  return `Report${def.charAt(0).toUpperCase()}${def.slice(1)}`;
}

/**
 * Rewrites `#/$defs/x` references to `#/components/schemas/ReportX`, and `#` (the report itself,
 * for nested reports) to the report component, throughout a schema.
 */
function rewriteRefs(schema: unknown): JsonSchema {
  const text = JSON.stringify(schema)
    .replace(/"#\/\$defs\/([A-Za-z0-9_]+)"/g, (_match, def: string) =>
      JSON.stringify(`#/components/schemas/${componentName(def)}`),
    )
    .replace(/"\$ref":"#"/g, `"$ref":"#/components/schemas/${REPORT_SCHEMA_NAME}"`);
  return JSON.parse(text) as JsonSchema;
}

/** The report schema and its definitions, keyed by component name. */
export function reportComponents(): Record<string, JsonSchema> {
  const { $schema: _dialect, $id: _id, $defs = {}, ...root } = reportSchema as JsonSchema;
  const components: Record<string, JsonSchema> = { [REPORT_SCHEMA_NAME]: rewriteRefs(root) };

  for (const [def, schema] of Object.entries($defs as Record<string, unknown>)) {
    components[componentName(def)] = rewriteRefs(schema);
  }
  return components;
}

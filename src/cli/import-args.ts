// Reads the command line of `proofpath import <kind> <file…>` with node:util's strict parser.
import { parseArgs } from 'node:util';
import { IMPORT_KINDS, type ImportKind, type ImportOptions } from '../taxonomy/framework-target';
import { UsageError } from './exit-codes';

export interface ImportCommand {
  command: 'import';
  kind: ImportKind;
  /** Files, or folders whose .csv, .txt and .json files are all imported. */
  paths: string[];
  options: ImportOptions;
  /** The D1 database: a binding (DB) or a database_name from wrangler.toml. */
  database: string | null;
  /** Like wrangler's `--persist-to`: where the local D1 lives (default .wrangler/state). */
  persistTo: string | null;
  config: string;
  json: boolean;
}

export type ImportArgs = ImportCommand | { command: 'help' };

const OPTIONS = {
  'framework-version': { type: 'string' },
  title: { type: 'string' },
  'framework-uri': { type: 'string' },
  source: { type: 'string' },
  licence: { type: 'string' },
  attribution: { type: 'string' },
  'crosswalk-name': { type: 'string' },
  database: { type: 'string' },
  'persist-to': { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. ')[0] : 'invalid arguments';
    throw new UsageError(message ?? 'invalid arguments');
  }
}

function readKind(kind: string | undefined): ImportKind {
  if (kind === undefined) throw new UsageError(`import needs a kind: ${IMPORT_KINDS.join(', ')}`);
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`unknown import kind '${kind}' (use ${IMPORT_KINDS.join(', ')})`);
  }
  return kind as ImportKind;
}

/** The import the arguments (after `import`) ask for. Throws `UsageError`. */
export function parseImportCommand(argv: string[]): ImportArgs {
  const { values, positionals } = parse(argv);
  if (values.help) return { command: 'help' };

  const [kind, ...paths] = positionals;
  const command: ImportCommand = {
    command: 'import',
    kind: readKind(kind),
    paths,
    options: {
      frameworkVersion: values['framework-version'] ?? null,
      title: values.title ?? null,
      frameworkUri: values['framework-uri'] ?? null,
      source: values.source ?? null,
      licence: values.licence ?? null,
      attribution: values.attribution ?? null,
      crosswalkName: values['crosswalk-name'] ?? null,
    },
    database: values.database ?? null,
    persistTo: values['persist-to'] ?? null,
    config: values.config ?? 'wrangler.toml',
    json: values.json ?? false,
  };
  if (paths.length === 0) throw new UsageError(`import ${command.kind} needs at least one file`);
  return command;
}

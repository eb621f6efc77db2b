// `proofpath import`: reads the files, stages them into the local D1 one file at a time (as the
// API does over several requests), commits in one batch, and prints what changed.
import type { Db } from '../db/client';
import { describeLocation, ImportInvalidError } from '../taxonomy/import-error';
import { addImportFiles, commitImport, startImport } from '../taxonomy/import-job';
import type { ImportFile } from '../taxonomy/import-read';
import type { ImportJob } from '../taxonomy/import-view';
import { EXIT, UsageError } from './exit-codes';
import { type ImportCommand, parseImportCommand } from './import-args';
import { openLocalDatabase } from './import-database';
import { readImportFiles } from './import-files';
import { IMPORT_HELP } from './import-help';
import { formatImportSummary } from './import-summary';
import type { CliIo } from './run';

async function stageAndCommit(db: Db, command: ImportCommand, files: ImportFile[], now: Date) {
  const [first, ...rest] = command.kind === 'case' ? [files[0] as ImportFile] : files;
  const request = {
    organisationId: null,
    kind: command.kind,
    files: [first as ImportFile],
    options: command.options,
    createdBy: 'cli',
  };
  const job = await startImport(db, request, false, now);

  // One file per step, as the API takes them over several requests.
  let staged: ImportJob | null = job;
  for (const file of rest) staged = staged && (await addImportFiles(db, null, job.id, [file], now));
  return staged ? commitImport(db, null, job.id, now) : null;
}

async function importFiles(command: ImportCommand, io: CliIo): Promise<number> {
  if (command.kind === 'case' && command.paths.length > 1) {
    throw new UsageError('import case takes one CFPackage file');
  }
  const files = await readImportFiles(command.paths);
  const local = await openLocalDatabase(command.config, command.database, command.persistTo);

  try {
    const job = await stageAndCommit(local.db, command, files, io.clock());
    if (!job) throw new Error('the import job disappeared');
    io.stdout.write(command.json ? `${JSON.stringify(job, null, 2)}\n` : formatImportSummary(job));
    return 0;
  } finally {
    await local.close();
  }
}

/** Runs `proofpath import …` (the arguments after `import`) and returns the exit code. */
export async function runImport(argv: string[], io: CliIo): Promise<number> {
  try {
    const command = parseImportCommand(argv);
    if (command.command === 'help') {
      io.stdout.write(IMPORT_HELP);
      return 0;
    }
    return await importFiles(command, io);
  } catch (error) {
    if (error instanceof ImportInvalidError) {
      io.stderr.write(
        `proofpath: cannot import ${describeLocation(error.location)}: ${error.message}\n`,
      );
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`proofpath: ${error.message} (see proofpath import --help)\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr.write(`proofpath: internal error: ${message}\n`);
    return EXIT.internal;
  }
}

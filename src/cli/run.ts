// `proofpath verify`: reads the credential, verifies it with the engine, prints the report and
// turns the verdict into the exit code. The report is the engine's, unchanged.
import type { Readable, Writable } from 'node:stream';
import type { DocumentsMap } from '../fetch/node/documents-transport';
import { createNodeFetcher } from '../fetch/node/node-fetcher';
import { type VerifyRequest, verifyCredential } from '../verify';
import { parseCommand, type VerifyCommand } from './args';
import { loadDocumentsMap } from './documents-map';
import { EXIT, UsageError } from './exit-codes';
import { HELP } from './help';
import { runImport } from './import-command';
import { readSource } from './read-source';
import { formatTable } from './table';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** The machine's clock, read once when `--now` is not given. */
  clock: () => Date;
}

/** The person running the command issued the nonce and vouches that it is fresh. */
function presentationOf(command: VerifyCommand): VerifyRequest {
  const { challenge, domain } = command;
  if (challenge === null) return {};

  return {
    presentation: domain ? { challenge, domain, state: 'fresh' } : { challenge, state: 'fresh' },
  };
}

function requestOf(command: VerifyCommand): VerifyRequest {
  const request = presentationOf(command);
  return command.recipient === null ? request : { ...request, recipient: command.recipient };
}

async function verify(command: VerifyCommand, io: CliIo): Promise<number> {
  const documents: DocumentsMap = command.documents
    ? await loadDocumentsMap(command.documents)
    : new Map();
  const input = await readSource(command.source, io.stdin);
  const fetcher = createNodeFetcher({ documents, offline: command.offline });

  const now = command.now ?? io.clock();
  const report = await verifyCredential(input, { fetcher, now, request: requestOf(command) });

  io.stdout.write(command.json ? `${JSON.stringify(report, null, 2)}\n` : formatTable(report));
  return EXIT[report.verdict];
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? '';
}

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'import') return runImport(argv.slice(1), io);
  try {
    const command = parseCommand(argv);
    if (command.command === 'help') {
      io.stdout.write(HELP);
      return 0;
    }
    return await verify(command, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`proofpath: ${error.message} (see proofpath --help)\n`);
      return EXIT.usage;
    }
    io.stderr.write(`proofpath: internal error: ${oneLine(error)}\n`);
    return EXIT.internal;
  }
}

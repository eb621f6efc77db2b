// Reads the command line of `proofpath` into a command, with node:util's strict parser.
import { parseArgs } from 'node:util';
import { UsageError } from './exit-codes';
import { parseIsoInstant } from './iso-instant';

export interface VerifyCommand {
  command: 'verify';
  /** A file path, an `https:`/`http:` URL, or `-` for standard input. */
  source: string;
  json: boolean;
  /** The clock of the verification; null means the machine's current time. */
  now: Date | null;
  /** Path of the documents map served instead of the network. */
  documents: string | null;
  offline: boolean;
  /** The nonce a presentation must answer (`--challenge`); null when none was given. */
  challenge: string | null;
  /** The domain the presentation must be made for (`--domain`); null when not checked. */
  domain: string | null;
  /** The candidate's email, URL, phone or DID (`--recipient`); null when not compared. */
  recipient: string | null;
}

export type Command = VerifyCommand | { command: 'help' };

const OPTIONS = {
  json: { type: 'boolean' },
  now: { type: 'string' },
  documents: { type: 'string' },
  offline: { type: 'boolean' },
  challenge: { type: 'string' },
  domain: { type: 'string' },
  recipient: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's own message, without its hint about `--`, which only confuses here.
    const message = error instanceof Error ? error.message.split('. ')[0] : 'invalid arguments';
    throw new UsageError(message ?? 'invalid arguments');
  }
}

function readNow(text: string | undefined): Date | null {
  if (text === undefined) return null;

  const now = parseIsoInstant(text);
  if (!now) throw new UsageError('--now must be an ISO 8601 date or date-time with Z or an offset');
  return now;
}

/** `--challenge` and `--domain`: a domain alone has no nonce to go with, so it is refused. */
function readChallenge(challenge: string | undefined, domain: string | undefined) {
  if (challenge === '') throw new UsageError('--challenge needs a nonce');
  if (domain === '') throw new UsageError('--domain needs a domain');
  if (domain !== undefined && challenge === undefined) {
    throw new UsageError('--domain is checked only with --challenge');
  }
  return { challenge: challenge ?? null, domain: domain ?? null };
}

function readRecipient(recipient: string | undefined): string | null {
  if (recipient === undefined) return null;
  if (recipient.trim() === '')
    throw new UsageError('--recipient needs an email, URL, phone or DID');
  return recipient.trim();
}

/** The command the arguments ask for. Throws `UsageError` for anything it cannot read. */
export function parseCommand(argv: string[]): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { command: 'help' };

  const [command, source, ...extra] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'verify') throw new UsageError(`unknown command '${command}'`);
  if (source === undefined) throw new UsageError('verify needs a file, a URL, or - for stdin');
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);

  return {
    command: 'verify',
    source,
    json: values.json ?? false,
    now: readNow(values.now),
    documents: values.documents ?? null,
    offline: values.offline ?? false,
    ...readChallenge(values.challenge, values.domain),
    recipient: readRecipient(values.recipient),
  };
}

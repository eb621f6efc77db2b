// Turns the `verify` argument into the engine's input: a URL, or a file or stdin, read as a baked
// badge image (PNG or SVG) when its bytes are one, and as text (JSON or a JWT) otherwise.
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { VerificationInput } from '../verify';
import { imageContainer } from '../verify/bake';
import { MAX_FILE_BYTES, MAX_INPUT_BYTES } from '../verify/input/limits';
import { UsageError } from './exit-codes';

// One byte more than the engine accepts (5 MiB for an image file, 1 MiB for text), so that it
// still sees an oversized input and refuses it with its own check, without this process reading
// a huge file into memory.
const READ_LIMIT = MAX_FILE_BYTES + 1;
const TEXT_LIMIT = MAX_INPUT_BYTES + 1;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

function unreadable(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  return new UsageError(`cannot read ${path}: ${REASONS[code] ?? (code || 'unreadable')}`);
}

async function readFileHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(READ_LIMIT);
    let filled = 0;
    while (filled < READ_LIMIT) {
      const { bytesRead } = await handle.read(buffer, filled, READ_LIMIT - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

async function readStreamHead(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const data of stream) {
    const chunk = Buffer.from(data);
    chunks.push(chunk);
    length += chunk.length;
    if (length >= READ_LIMIT) break;
  }
  return Buffer.concat(chunks).subarray(0, READ_LIMIT);
}

/** The engine input for a path, an `https:`/`http:` URL, or `-` (read from `stdin`). */
export async function readSource(source: string, stdin: Readable): Promise<VerificationInput> {
  if (/^https?:/i.test(source)) return { kind: 'url', url: source };

  const bytes =
    source === '-'
      ? await readStreamHead(stdin)
      : await readFileHead(source).catch((error: unknown) => {
          throw unreadable(source, error);
        });

  if (imageContainer(bytes)) return { kind: 'file', bytes };
  return { kind: 'text', text: new TextDecoder().decode(bytes.subarray(0, TEXT_LIMIT)) };
}

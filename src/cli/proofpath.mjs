#!/usr/bin/env node
// The `proofpath` command: registers tsx's ESM loader so Node runs the TypeScript sources directly.
// A failure outside the command's own handling is an internal error (70), never a verdict's code.
import { register } from 'tsx/esm/api';

function internalError(error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`proofpath: internal error: ${message.split('\n')[0]}\n`);
  process.exit(70);
}

process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

register();
await import('./main.ts').catch(internalError);

// The `proofpath` process: runs the command line and exits with its code.
import { run } from './run';

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  clock: () => new Date(),
});

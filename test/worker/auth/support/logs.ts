// Captures what the Worker writes to the console during a test (and keeps the output quiet).
import { afterEach, beforeEach, vi } from 'vitest';

/** Everything written through console.log/info/warn/error/debug in the current test. */
export function captureConsole(): { text(): string } {
  const lines: string[] = [];

  beforeEach(() => {
    lines.length = 0;
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(
          args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '),
        );
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());

  return { text: () => lines.join('\n') };
}

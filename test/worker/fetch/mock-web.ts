// Shared by the fetcher tests: an MSW server that fails on any request no handler expects, a
// frozen clock, and answers built the way servers send them.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import type { Transport } from '../../../src/fetch';

/** Starts an MSW server for this test file; unhandled requests fail the test. */
export function startMockWeb() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A clock the test moves by hand. */
export function frozenClock(start = '2026-03-01T12:00:00Z') {
  const clock = { ms: Date.parse(start), now: () => clock.ms };
  return clock;
}

/** A JSON answer, as a static host sends it. */
export function jsonAnswer(body: unknown, headers: Record<string, string> = {}, status = 200) {
  const text = JSON.stringify(body);
  return new Response(text, {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A transport that records its calls and answers every request with a small JSON document. */
export function spyTransport() {
  return vi.fn<Transport>(async () => jsonAnswer({ id: 'urn:example' }));
}

/** A transport that records its calls and passes them on to `fetch` (and so to MSW). */
export function passThroughTransport() {
  return vi.fn<Transport>((request) => globalThis.fetch(request));
}

export function text(body: Uint8Array): string {
  return new TextDecoder().decode(body);
}

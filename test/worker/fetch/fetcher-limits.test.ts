import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createGuardedFetcher, type Transport } from '../../../src/fetch';
import { startMockWeb } from './mock-web';

const server = startMockWeb();
const DOC = 'https://issuer.example/badge.json';
const MIB = 1024 * 1024;

/** A body sent in 64 KiB chunks, with no Content-Length; `pulls` counts the chunks asked for. */
function chunked(totalBytes: number, pulls = { count: 0 }) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls.count += 1;
      const size = Math.min(64 * 1024, totalBytes - sent);
      if (size <= 0) return controller.close();
      controller.enqueue(new Uint8Array(size).fill(32));
      sent += size;
    },
  });
}

/** A body that sends one chunk and then never ends. */
function endless() {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"id":'));
    },
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe('size limits', () => {
  it('accepts a JSON body of exactly 1 MiB', async () => {
    server.use(http.get(DOC, () => new HttpResponse(chunked(MIB), { headers: JSON_TYPE })));

    const outcome = await createGuardedFetcher().fetch(DOC, { kind: 'json' });

    expect(outcome.ok && outcome.document.body.byteLength).toBe(MIB);
  });

  it('refuses a JSON body over 1 MiB without Content-Length, counting the stream', async () => {
    server.use(http.get(DOC, () => new HttpResponse(chunked(MIB + 1), { headers: JSON_TYPE })));

    const outcome = await createGuardedFetcher().fetch(DOC, { kind: 'json' });

    expect(!outcome.ok && outcome.error).toEqual({
      code: 'too_large',
      message: 'The document is larger than the 1 MiB Proofpath accepts.',
    });
  });

  it('refuses early when Content-Length is over the limit, without reading the body', async () => {
    const pulls = { count: 0 };
    const headers = { ...JSON_TYPE, 'content-length': String(2 * MIB) };
    const transport = vi.fn<Transport>(
      async () => new Response(chunked(2 * MIB, pulls), { headers }),
    );

    const outcome = await createGuardedFetcher({ transport }).fetch(DOC, { kind: 'json' });

    expect(!outcome.ok && outcome.error.code).toBe('too_large');
    expect(pulls.count).toBeLessThan(4);
  });

  it('does not trust a Content-Length that understates the body', async () => {
    const headers = { ...JSON_TYPE, 'content-length': '10' };
    const transport = vi.fn<Transport>(async () => {
      const response = new Response(chunked(2 * MIB), { headers: JSON_TYPE });
      return Object.defineProperty(response, 'headers', { value: new Headers(headers) });
    });

    const outcome = await createGuardedFetcher({ transport }).fetch(DOC, { kind: 'json' });

    expect(!outcome.ok && outcome.error.code).toBe('too_large');
  });

  it('allows HTML pages up to 2 MiB', async () => {
    const headers = { 'content-type': 'text/html; charset=utf-8' };
    server.use(http.get(DOC, () => new HttpResponse(chunked(1.5 * MIB), { headers })));

    const outcome = await createGuardedFetcher().fetch(DOC, { kind: 'html' });

    expect(outcome.ok && outcome.document.body.byteLength).toBe(1.5 * MIB);
  });

  it('refuses HTML pages over 2 MiB', async () => {
    const headers = { 'content-type': 'text/html' };
    server.use(http.get(DOC, () => new HttpResponse(chunked(2 * MIB + 1), { headers })));

    const outcome = await createGuardedFetcher().fetch(DOC, { kind: 'html' });

    expect(!outcome.ok && outcome.error.code).toBe('too_large');
  });
});

describe('attacks: answers that never end', () => {
  const limits = { timeoutMs: 50 };

  it('ends a body that never closes in timeout', async () => {
    server.use(http.get(DOC, () => new HttpResponse(endless(), { headers: JSON_TYPE })));

    const outcome = await createGuardedFetcher({ limits }).fetch(DOC, { kind: 'json' });

    expect(!outcome.ok && outcome.error).toEqual({
      code: 'timeout',
      message: 'The server at issuer.example did not answer within 0.05 seconds.',
    });
  });

  it('ends a transport that never answers in timeout', async () => {
    const transport = vi.fn<Transport>(() => new Promise<Response>(() => {}));

    const outcome = await createGuardedFetcher({ transport, limits }).fetch(DOC, { kind: 'json' });

    expect(!outcome.ok && outcome.error.code).toBe('timeout');
  });

  it('aborts the request signal when the time is up', async () => {
    let signal: AbortSignal | undefined;
    const transport = vi.fn<Transport>((request) => {
      signal = request.signal;
      return new Promise<Response>(() => {});
    });

    await createGuardedFetcher({ transport, limits }).fetch(DOC, { kind: 'json' });

    expect(signal?.aborted).toBe(true);
  });

  it('ends a resolver that never answers in timeout', async () => {
    const resolveHost = () => new Promise<string[]>(() => {});

    const outcome = await createGuardedFetcher({ resolveHost, limits }).fetch(DOC, {
      kind: 'json',
    });

    expect(!outcome.ok && outcome.error.code).toBe('timeout');
  });
});

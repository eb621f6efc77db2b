import { describe, expect, it } from 'vitest';
import { countRows, postJson, send, VERIFICATIONS } from './support';

const CREDENTIAL = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['X'] };

/** Asserts an RFC 9457 answer with this status and code, and that nothing was stored. */
async function expectRefused(request: () => Promise<Response>, status: number, code: string) {
  const before = await countRows('verifications');

  const res = await request();

  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const problem = (await res.json()) as Record<string, unknown>;
  expect(problem).toMatchObject({
    type: `https://proofpath.dev/problems/${code}`,
    status,
    code,
    requestId: res.headers.get('x-request-id'),
  });
  expect(typeof problem.title).toBe('string');
  expect(typeof problem.detail).toBe('string');
  expect(await countRows('verifications')).toBe(before);
  return problem;
}

const post = (body: BodyInit, contentType: string | null) => () =>
  send(VERIFICATIONS, {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body,
  });

describe('request errors of POST /api/v1/verifications', () => {
  it('refuses a JSON object with neither url nor credential (input_missing)', async () => {
    await expectRefused(() => postJson({ other: 1 }), 400, 'input_missing');
  });

  it('refuses an empty body (input_missing)', async () => {
    await expectRefused(post('', 'application/json'), 400, 'input_missing');
  });

  it('refuses a blank credential (input_missing)', async () => {
    await expectRefused(() => postJson({ credential: '  ' }), 400, 'input_missing');
  });

  it('refuses a body with both url and credential (input_ambiguous)', async () => {
    const both = { url: 'https://badges.example.org/a', credential: CREDENTIAL };
    await expectRefused(() => postJson(both), 400, 'input_ambiguous');
  });

  it('refuses JSON that does not parse (json_malformed)', async () => {
    await expectRefused(() => postJson('{"credential": {'), 400, 'json_malformed');
  });

  it('refuses a body that is not UTF-8 (json_malformed)', async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    await expectRefused(post(bytes, 'application/json'), 400, 'json_malformed');
  });

  it('refuses a JSON array body (input_missing)', async () => {
    await expectRefused(() => postJson([CREDENTIAL]), 400, 'input_missing');
  });

  it('refuses a credential that is neither object nor string (input_invalid)', async () => {
    await expectRefused(() => postJson({ credential: 42 }), 400, 'input_invalid');
  });

  it('refuses a url that is not a string (input_invalid)', async () => {
    await expectRefused(() => postJson({ url: ['https://a.example'] }), 400, 'input_invalid');
  });

  it('refuses a url that does not parse (url_invalid)', async () => {
    await expectRefused(() => postJson({ url: 'not a link' }), 400, 'url_invalid');
  });

  it('refuses another media type with 415 (media_type_unsupported)', async () => {
    await expectRefused(post('hello', 'text/plain'), 415, 'media_type_unsupported');
  });

  it('refuses a body without a content type with 415', async () => {
    await expectRefused(
      post(JSON.stringify({ credential: CREDENTIAL }), null),
      415,
      'media_type_unsupported',
    );
  });

  it('refuses a malformed Idempotency-Key (idempotency_key_invalid)', async () => {
    const headers = { 'idempotency-key': 'a'.repeat(256) };
    await expectRefused(
      () => postJson({ credential: CREDENTIAL }, headers),
      400,
      'idempotency_key_invalid',
    );
  });

  it('accepts a charset parameter on application/json', async () => {
    const res = await post(
      JSON.stringify({ credential: CREDENTIAL }),
      'application/json; charset=UTF-8',
    )();
    expect(res.status).toBe(201);
  });
});

describe('attacks: oversized bodies', () => {
  const huge = JSON.stringify({ credential: 'x'.repeat(1024 * 1024) });

  it('refuses a body over 1 MiB with 413 (payload_too_large)', async () => {
    await expectRefused(() => postJson(huge), 413, 'payload_too_large');
  });

  it('refuses a streamed body over 1 MiB that declares no length', async () => {
    const stream = () =>
      new ReadableStream({
        start(controller) {
          for (let i = 0; i < 5; i += 1) controller.enqueue(new Uint8Array(300 * 1024).fill(0x20));
          controller.close();
        },
      });
    const request = () =>
      send(VERIFICATIONS, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream(),
        duplex: 'half',
      } as RequestInit);

    await expectRefused(request, 413, 'payload_too_large');
  });
});

describe('attacks: urls the guard forbids', () => {
  const forbidden = [
    'https://127.0.0.1/credential.json',
    'https://localhost/credential.json',
    'https://10.0.0.8/credential.json',
    'https://[::1]/credential.json',
    'https://169.254.169.254/latest/meta-data/',
    'file:///etc/passwd',
    'https://user:secret@badges.example.org/credential.json',
  ];

  for (const url of forbidden) {
    it(`refuses ${url} (url_forbidden) before fetching anything`, async () => {
      await expectRefused(() => postJson({ url }), 400, 'url_forbidden');
    });
  }
});

describe('problem details', () => {
  it('never carry a stack trace or exception text', async () => {
    const problem = await expectRefused(() => postJson('{"credential": '), 400, 'json_malformed');

    const text = JSON.stringify(problem);
    expect(text).not.toMatch(/SyntaxError|at .*\(|\.ts:\d+/);
  });
});

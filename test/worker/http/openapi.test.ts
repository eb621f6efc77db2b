import { describe, expect, it } from 'vitest';
import { ORIGIN, send } from './support';

type Json = { [key: string]: unknown };

async function fetchSpec(): Promise<Json> {
  const res = await send(`${ORIGIN}/api/openapi.json`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return (await res.json()) as Json;
}

/** Every `$ref` in the document, wherever it sits. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refs(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.push(child);
      else refs(child, found);
    }
  }
  return found;
}

function resolve(doc: Json, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, part) => (node as Json | undefined)?.[part], doc);
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document naming the verification and challenge paths', async () => {
    const spec = await fetchSpec();

    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths as Json)).toEqual(
      expect.arrayContaining([
        '/api/v1/verifications',
        '/api/v1/verifications/{id}',
        '/api/v1/challenges',
      ]),
    );
  });

  it('describes POST: its three media types, the Idempotency-Key header, the problems', async () => {
    const spec = await fetchSpec();
    const post = (spec.paths as Json)['/api/v1/verifications'] as { post: Json };

    expect(Object.keys((post.post.requestBody as { content: Json }).content)).toEqual([
      'application/json',
      'application/jwt',
      'multipart/form-data',
    ]);
    expect(post.post.parameters).toEqual([{ $ref: '#/components/parameters/IdempotencyKey' }]);
    expect(Object.keys(post.post.responses as Json)).toEqual(
      expect.arrayContaining(['201', '400', '413', '415', '422']),
    );
  });

  it('includes the report schema of the engine', async () => {
    const spec = await fetchSpec();
    const schemas = (spec.components as { schemas: Json }).schemas;

    expect(schemas.VerificationReport).toMatchObject({
      required: expect.arrayContaining(['verdict', 'authentic', 'checks', 'verifiedAt']),
    });
    expect(schemas.Problem).toMatchObject({ required: expect.arrayContaining(['code']) });
  });

  it('has no reference that points nowhere', async () => {
    const spec = await fetchSpec();

    const dangling = refs(spec).filter((ref) => resolve(spec, ref) === undefined);
    expect(dangling).toEqual([]);
  });
});

describe('GET /api/docs', () => {
  it('renders the endpoints, parameters and examples as HTML without scripts', async () => {
    const res = await send(`${ORIGIN}/api/docs`);

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('/api/v1/verifications/{id}');
    expect(html).toContain('Idempotency-Key');
    expect(html).toContain('application/jwt');
    expect(html).toContain('&quot;verdict&quot;');
    expect(html).not.toContain('<script');
  });
});

// The API description documents the multipart upload, in the JSON document and on the docs page.
import { describe, expect, it } from 'vitest';
import { ORIGIN, send } from './support';

type Json = { [key: string]: unknown };

describe('the OpenAPI description of uploads', () => {
  it('documents multipart/form-data with a `file` field on POST /api/v1/verifications', async () => {
    const spec = (await (await send(`${ORIGIN}/api/openapi.json`)).json()) as Json;
    const paths = spec.paths as Record<string, { post: { requestBody: { content: Json } } }>;
    const content = paths['/api/v1/verifications']?.post.requestBody.content ?? {};
    const schemas = (spec.components as { schemas: Json }).schemas;

    expect(content['multipart/form-data']).toMatchObject({
      schema: { $ref: '#/components/schemas/VerificationUpload' },
    });
    expect(schemas.VerificationUpload).toMatchObject({
      properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
    });
  });

  it('shows the multipart body on the docs page', async () => {
    const html = await (await send(`${ORIGIN}/api/docs`)).text();

    expect(html).toContain('multipart/form-data');
    expect(html).toContain('name=&quot;file&quot;; filename=&quot;badge.png&quot;');
  });
});

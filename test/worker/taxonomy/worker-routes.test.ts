import { describe, expect, it } from 'vitest';
import { ORIGIN, send } from '../http/support';

type Json = Record<string, unknown>;

describe('the taxonomy API in the Worker', () => {
  it('answers a competency search without credentials', async () => {
    const res = await send(`${ORIGIN}/api/v1/competencies?q=kubernetes`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ terms: ['kubernetes'], items: [], attribution: [] });
  });

  it('refuses an import without the operator token (401 operator_token_required)', async () => {
    const res = await send(`${ORIGIN}/api/v1/imports`, { method: 'POST', body: new FormData() });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'operator_token_required' });
  });

  it('is described in the OpenAPI document, with every reference resolving', async () => {
    const spec = (await (await send(`${ORIGIN}/api/openapi.json`)).json()) as { paths: Json };

    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/frameworks',
        '/api/v1/frameworks/{id}/tree',
        '/api/v1/imports',
        '/api/v1/imports/{id}',
        '/api/v1/imports/{id}/files',
        '/api/v1/imports/{id}/commit',
        '/api/v1/competencies',
        '/api/v1/competencies/{id}/equivalents',
        '/api/v1/crosswalk-edges',
        '/api/v1/badge-mappings/{id}',
      ]),
    );
    const imports = spec.paths['/api/v1/imports'] as { post: { responses: Json } };
    expect(Object.keys(imports.post.responses)).toEqual(
      expect.arrayContaining(['201', '202', '400', '401', '502']),
    );
  });

  it('answers 405 with Allow for a method a taxonomy path does not offer', async () => {
    const res = await send(`${ORIGIN}/api/v1/competencies`, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});

// The API's own description: /api/openapi.json (OpenAPI 3.1) and /api/docs (the same, as HTML).
import { Hono } from 'hono';
import { DocsPage } from '../../pages/docs-page';
import type { AppEnv } from '../app-env';
import { methodNotAllowed } from '../method-not-allowed';
import { openApiDocument } from '../openapi/document';
import { docsView } from '../openapi/docs-view';

const SPEC_PATH = '/api/openapi.json';

/** Routes under /api that describe the API. */
export const apiDocsRoutes = new Hono<AppEnv>()
  .get('/openapi.json', (c) => c.json(openApiDocument))
  .all('/openapi.json', methodNotAllowed('GET, HEAD'))
  .get('/docs', (c) => {
    const specUrl = `${new URL(c.req.url).origin}${SPEC_PATH}`;
    return c.html(<DocsPage {...docsView(openApiDocument, specUrl)} />);
  })
  .all('/docs', methodNotAllowed('GET, HEAD'));

// The taxonomy API under test: the real routes, middleware and error handler, given the
// operator token as the Worker secret would be. (The Worker's own app also authenticates API
// keys, and would refuse the operator's Bearer token before it reached these routes.)
import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import { createGuardedFetcher } from '../../../src/fetch/index';
import type { AppEnv } from '../../../src/http/app-env';
import { handleError, handleNotFound } from '../../../src/http/error-handler';
import { provideServices } from '../../../src/http/middleware/services';
import { requestId } from '../../../src/http/middleware/request-id';
import { taxonomyApi } from '../../../src/http/routes/taxonomy-api';
import { fixture, NOW } from './support';

export const OPERATOR_TOKEN = 'test-operator-token-2f9c';
export const ORIGIN = 'https://proofpath.test';

const app = new Hono<AppEnv>();
app.use(
  requestId(),
  provideServices({ fetcher: createGuardedFetcher({ now: () => NOW.getTime() }), now: () => NOW }),
);
app.route('/api/v1', taxonomyApi);
app.onError(handleError);
app.notFound(handleNotFound);

/** Sends a request to the taxonomy API, with the operator token unless told otherwise. */
export function call(path: string, init: RequestInit = {}, token: string | null = OPERATOR_TOKEN) {
  const headers = new Headers(init.headers);
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  return app.request(`${ORIGIN}${path}`, { ...init, headers }, { ...env, OPERATOR_TOKEN });
}

/** A multipart import request of fixtures (or texts) with form fields. */
export function importForm(
  fields: Record<string, string>,
  files: Array<{ name: string; text: string }>,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files)
    form.append('file', new File([file.text], file.name, { type: 'text/plain' }));
  return form;
}

/** A fixture of test/fixtures/taxonomy as an upload. */
export function upload(path: string) {
  return { name: path.slice(path.lastIndexOf('/') + 1), text: fixture(path) };
}

/** POSTs JSON to the taxonomy API. */
export function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  return call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

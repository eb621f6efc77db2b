import { HttpResponse, http } from 'msw';
import { expect, it } from 'vitest';
import { postJson, startMockWeb } from './support';
const server = startMockWeb();
it('control', async () => {
  const url = 'https://badges.example.org/credentials/replayed.json';
  let fetched = 0;
  server.use(http.get(url, () => { fetched += 1; return HttpResponse.json({a:1}, { headers: { 'cache-control': 'no-store' } }); }));
  await postJson({ url });
  await postJson({ url });
  expect(fetched).toBe(2);
});

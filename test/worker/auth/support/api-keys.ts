// API keys for the tests: created through the API keys page, used as Bearer tokens.
import { expect } from 'vitest';
import type { Browser } from './browser';

/** Creates a key through the page and returns the secret shown once. */
export async function createKeyVia(
  browser: Browser,
  name: string,
  scopes: string[],
): Promise<string> {
  const res = await browser.submit('/org/api-keys', '/org/api-keys', { name, scopes });
  expect(res.status).toBe(200);

  const match = /id="new-api-key" type="text" value="(pp_[A-Za-z0-9_-]{43})"/.exec(
    await res.text(),
  );
  if (!match?.[1]) throw new Error('The page did not show the new key.');
  return match[1];
}

/** Calls the API with a Bearer key. */
export function withKey(browser: Browser, path: string, key: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${key}`);

  return browser.fetch(path, { ...init, headers });
}

/** The id of the key whose prefix starts `key`, read from the API keys page. */
export async function keyIdOf(browser: Browser, key: string): Promise<string> {
  const html = await (await browser.get('/org/api-keys')).text();
  const prefix = key.slice(0, 11);
  const row = html.split('<tr>').find((part) => part.includes(`<code>${prefix}…</code>`)) ?? '';

  const match = /action="\/org\/api-keys\/([A-Za-z0-9_-]{22})\/revoke"/.exec(row);
  if (!match?.[1]) throw new Error('The key is not listed with a revoke button.');
  return match[1];
}

// The --documents map file: what it accepts, and the usage error naming each problem it refuses.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocumentsMap } from '../../../src/cli/documents-map';
import { UsageError } from '../../../src/cli/exit-codes';
import { removeTempFiles, writeTempFile } from './temp-files';

afterAll(removeTempFiles);

async function mapWith(entries: unknown, bodyName = 'did.json'): Promise<string> {
  const body = await writeTempFile(bodyName, '{}');
  const text = JSON.stringify(entries).replaceAll('BODY', body);
  return writeTempFile('map.json', text);
}

async function problemOf(entries: unknown): Promise<string> {
  const error = await loadDocumentsMap(await mapWith(entries)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UsageError);
  return (error as UsageError).message;
}

describe('loadDocumentsMap', () => {
  it('resolves a file path relative to the map file', async () => {
    const body = await writeTempFile('did.json', '{}');
    const map = join(dirname(body), 'map.json');
    await writeFile(map, JSON.stringify({ 'https://example.org/did.json': 'did.json' }));

    const documents = await loadDocumentsMap(map);

    expect(documents.get('https://example.org/did.json')).toEqual({ status: 200, file: body });
  });

  it('keys entries by the normalised URL', async () => {
    const documents = await loadDocumentsMap(
      await mapWith({ 'HTTPS://Example.ORG:443/a': 'BODY' }),
    );

    expect([...documents.keys()]).toEqual(['https://example.org/a']);
  });

  it('reads { "file", "status" } and { "status" } entries', async () => {
    const entries = {
      'https://example.org/gone.json': { file: 'BODY', status: 410 },
      'https://example.org/missing.json': { status: 404 },
    };

    const documents = await loadDocumentsMap(await mapWith(entries));

    expect(documents.get('https://example.org/gone.json')?.status).toBe(410);
    expect(documents.get('https://example.org/missing.json')).toEqual({ status: 404, file: null });
  });
});

describe('loadDocumentsMap refusals', () => {
  it('refuses a map that is not an object', async () => {
    expect(await problemOf(['https://example.org/a'])).toMatch(/must be a JSON object/);
  });

  it('refuses a key that is not an http(s) URL, such as a DID', async () => {
    const problem = await problemOf({ 'did:web:example.org': 'BODY' });

    expect(problem).toContain('"did:web:example.org" is not an https: or http: URL');
  });

  it('refuses a key with a fragment', async () => {
    expect(await problemOf({ 'https://example.org/did.json#key-1': 'BODY' })).toMatch(/fragment/);
  });

  it('refuses a status outside 200 to 599', async () => {
    const problem = await problemOf({ 'https://example.org/a': { status: 99 } });

    expect(problem).toContain('"https://example.org/a": status must be an integer from 200 to 599');
  });

  it('refuses an unknown field', async () => {
    const problem = await problemOf({ 'https://example.org/a': { file: 'BODY', type: 'json' } });

    expect(problem).toContain('unknown field "type"');
  });

  it('refuses an entry with neither file nor status', async () => {
    expect(await problemOf({ 'https://example.org/a': {} })).toContain('needs a file, a status');
  });

  it('refuses two keys that normalise to the same URL', async () => {
    const problem = await problemOf({
      'https://example.org/a': 'BODY',
      'https://EXAMPLE.org/a': 'BODY',
    });

    expect(problem).toContain('"https://EXAMPLE.org/a" is listed twice');
  });

  it('refuses a map file that does not exist', async () => {
    const error = await loadDocumentsMap('/nonexistent/map.json').catch((e: unknown) => e);

    expect((error as Error).message).toBe('documents map /nonexistent/map.json: cannot be read');
  });
});

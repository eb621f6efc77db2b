// The pinned JSON-LD bundle is a faithful copy: each context that an npm package ships is equal to
// that package's copy, and every URL maps to a file that parses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import index from '../../../src/verify/contexts/files/index.json';

const root = path.resolve(import.meta.dirname, '../../..');

/** Where each npm context package keeps its JSON copy of a context URL. */
const NPM_FILES: Record<string, string> = {
  'https://www.w3.org/ns/credentials/v2': '@digitalbazaar/credentials-context/contexts/v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': '@digitalbazaar/credentials-context/contexts/v1.jsonld',
  'https://www.w3.org/ns/credentials/undefined-terms/v2':
    '@digitalbazaar/credentials-context/contexts/undefined-terms-v2.jsonld',
  'https://www.w3.org/ns/did/v1': 'did-context/contexts/did-v1.jsonld',
  'https://w3id.org/security/suites/ed25519-2020/v1':
    'ed25519-signature-2020-context/contexts/ed25519-signature-2020-v1.jsonld',
  'https://w3id.org/security/suites/x25519-2020/v1':
    'x25519-key-agreement-2020-context/contexts/x25519-key-agreement-2020-v1.json',
  'https://w3id.org/security/data-integrity/v1':
    '@digitalbazaar/data-integrity-context/contexts/data-integrity-v1.jsonld',
  'https://w3id.org/security/data-integrity/v2':
    '@digitalbazaar/data-integrity-context/contexts/data-integrity-v2.jsonld',
  'https://w3id.org/security/multikey/v1':
    '@digitalbazaar/multikey-context/contexts/multikey-v1.jsonld',
  'https://w3id.org/vc/status-list/2021/v1':
    '@digitalbazaar/vc-status-list-context/contexts/vc-status-list-v1.jsonld',
  'https://www.w3.org/ns/credentials/status/v1':
    '@digitalbazaar/vc-bitstring-status-list-context/contexts/vc-bitstring-status-list-v1.jsonld',
};

function bundled(url: string): unknown {
  const entry = (index as Record<string, { file: string }>)[url];
  if (!entry) throw new Error(`no bundled context for ${url}`);
  return JSON.parse(readFileSync(path.join(root, 'src/verify/contexts/files', entry.file), 'utf8'));
}

describe('bundled JSON-LD contexts', () => {
  it.each(Object.entries(NPM_FILES))('%s equals the npm package copy', (url, file) => {
    const fromNpm = JSON.parse(readFileSync(path.join(root, 'node_modules', file), 'utf8'));

    expect(bundled(url)).toEqual(fromNpm);
  });

  it('maps every listed URL to a parseable file', () => {
    for (const url of Object.keys(index)) expect(bundled(url)).toBeTypeOf('object');
  });
});

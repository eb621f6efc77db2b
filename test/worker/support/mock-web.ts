// The public web the fixtures need (did:web documents, status lists), served by MSW.
import { HttpResponse, http } from 'msw';
import { fixtureText } from './fixtures';

const DCC = 'https://digitalcredentials.github.io';
const STATUS_LISTS = `${DCC}/vc-test-fixtures/statusLists/didkey-ed25519Signature2020`;
// The DCC verifier-core copy of the same list; the fixtures name both URLs.
const VERIFIER_CORE_LIST =
  'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj';

const DID_DOCUMENTS = [
  'dcc-did-web/did.json',
  'dcc-did-web/multikey/did.json',
  'dcc-did-web/issuer-registry-client-test/did.json',
  'vc-test-fixtures/dids/legacy/did.json',
  'vc-test-fixtures/dids/oidf/did.json',
];

const LISTS = [
  'e5WK8CbZ1GjycuPombrj',
  'expired',
  'missingBitStringType',
  'notYetValid',
  'tampered',
];

function json(path: string) {
  return () =>
    new HttpResponse(fixtureText(path), { headers: { 'content-type': 'application/json' } });
}

export const fixtureWeb = [
  ...DID_DOCUMENTS.map((path) =>
    http.get(`${DCC}/${path}`, json(`dids/did-web/digitalcredentials.github.io/${path}`)),
  ),
  ...LISTS.map((name) =>
    http.get(`${STATUS_LISTS}/${name}`, json(`status-lists/dcc-vc-test-fixtures/${name}.json`)),
  ),
  http.get(VERIFIER_CORE_LIST, json('status-lists/dcc-vc-test-fixtures/e5WK8CbZ1GjycuPombrj.json')),
  http.get(`${STATUS_LISTS}/e5VK8CbZ1GjycuPombrj`, () => new HttpResponse(null, { status: 404 })),
  http.get(`${DCC}/dcc-did-web-bad/did.json`, () => new HttpResponse(null, { status: 404 })),
];

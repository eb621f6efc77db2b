// The baked badges kept in test/fixtures/baked/generated/, by file name, made by bake.ts.
// write-generated.ts writes them; generated.test.ts proves the files still match.
import minimal from '../../fixtures/ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-minimal.json';
import { bakePng, bakeSvg, openBadgeJwt } from './bake';

/** The DCC credential every generated Data Integrity badge carries, as compact JSON. */
export const MINIMAL_CREDENTIAL = JSON.stringify(minimal);

/** The generated files: name → bytes. */
export async function generatedBadges(): Promise<Map<string, Uint8Array>> {
  const { token } = await openBadgeJwt();
  const encode = (text: string) => new TextEncoder().encode(text);

  return new Map([
    ['ob3-itxt.png', await bakePng('openbadgecredential', MINIMAL_CREDENTIAL)],
    ['ob3-cdata.svg', encode(bakeSvg({ body: MINIMAL_CREDENTIAL }))],
    ['ob3-verify-jwt.svg', encode(bakeSvg({ verify: token }))],
  ]);
}

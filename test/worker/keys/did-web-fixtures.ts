// The published did:web documents in test/fixtures/dids (see test/fixtures/PROVENANCE.md).
import dccRoot from '../../fixtures/dids/did-web/digitalcredentials.github.io/dcc-did-web/did.json';
import legacy from '../../fixtures/dids/did-web/digitalcredentials.github.io/vc-test-fixtures/dids/legacy/did.json';
import oidf from '../../fixtures/dids/did-web/digitalcredentials.github.io/vc-test-fixtures/dids/oidf/did.json';

export const didWebFixtures = { dccRoot, legacy, oidf };

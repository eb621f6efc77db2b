// Reading recipient identities: Open Badges 2.0 `recipient` (and the 0.5 plain string), and
// Open Badges 3.0 `credentialSubject.identifier` IdentityObjects and `credentialSubject.id`.
import { describe, expect, it } from 'vitest';
import {
  checkRecipient,
  ob2RecipientIdentities,
  ob3RecipientIdentities,
} from '../../../src/verify/recipient';
import { fixtureJson } from '../support/fixtures';

const DCC_DID_KEY = 'ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey';
const IDENTITY_HASH = `${DCC_DID_KEY}/legacyRegistry-noStatus-noExpiry-identityHash.json`;

describe('ob3RecipientIdentities', () => {
  it('reads the IdentityObject of the DCC identityHash fixture', () => {
    const identities = ob3RecipientIdentities(fixtureJson(IDENTITY_HASH));

    expect(identities).toEqual([
      {
        type: 'name',
        identity: 'Parker Pearl',
        hashed: false,
        salt: 'not-used',
        source: 'credentialSubject.identifier',
      },
    ]);
  });

  it('matches the name it was issued to, and no other', async () => {
    const identities = ob3RecipientIdentities(fixtureJson(IDENTITY_HASH));

    expect((await checkRecipient(identities, 'Parker Pearl')).status).toBe('passed');
    expect((await checkRecipient(identities, 'Pearl Parker')).status).toBe('failed');
  });

  it('reads hashed identifiers and the subject id of every subject', () => {
    const credential = {
      credentialSubject: [
        {
          id: 'did:example:learner',
          identifier: [
            {
              type: 'IdentityObject',
              identityHash: 'sha256$ab',
              identityType: 'emailAddress',
              hashed: true,
              salt: 's',
            },
          ],
        },
      ],
    };

    expect(ob3RecipientIdentities(credential)).toEqual([
      {
        type: 'emailAddress',
        identity: 'sha256$ab',
        hashed: true,
        salt: 's',
        source: 'credentialSubject.identifier',
      },
      {
        type: 'did',
        identity: 'did:example:learner',
        hashed: false,
        salt: null,
        source: 'credentialSubject.id',
      },
    ]);
  });

  it('reads nothing from a credential without subjects', () => {
    expect(ob3RecipientIdentities({})).toEqual([]);
  });
});

describe('ob2RecipientIdentities', () => {
  it('reads a hashed email recipient with its salt', () => {
    const assertion = fixtureJson('ob2/1edtech-validator/basic-assertion.json');

    expect(ob2RecipientIdentities(assertion)).toEqual([
      {
        type: 'email',
        identity: 'sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942',
        hashed: true,
        salt: 'deadsea',
        source: 'recipient',
      },
    ]);
  });

  it('reads the 0.5 plain string and its top-level salt', () => {
    const assertion = fixtureJson('ob2/1edtech-validator-core-components/0_5_1_assertion.json');

    expect(ob2RecipientIdentities(assertion)).toMatchObject([
      { type: 'email', hashed: true, salt: 'sel gris' },
    ]);
  });

  it('reads nothing when there is no recipient', () => {
    expect(ob2RecipientIdentities({})).toEqual([]);
  });
});

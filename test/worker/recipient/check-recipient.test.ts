// checkRecipient: whether a credential was issued to the identity the hiring manager gave,
// for plaintext identities and salted `sha256$` / `md5$` hashes.
import { describe, expect, it } from 'vitest';
import { checkRecipient, type RecipientIdentity } from '../../../src/verify/recipient';
import { md5Hex } from '../../../src/verify/recipient/md5';

/** sha256("nobody@example.org" + "deadsea"), from the 1EdTech fixtures. */
const NOBODY_SHA256 = 'sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942';

function identity(overrides: Partial<RecipientIdentity>): RecipientIdentity {
  return {
    type: 'email',
    identity: '',
    hashed: false,
    salt: null,
    source: 'recipient',
    ...overrides,
  };
}

const hashedEmail = identity({ identity: NOBODY_SHA256, hashed: true, salt: 'deadsea' });

describe('checkRecipient', () => {
  it('is not applicable without an identity to compare', async () => {
    const result = await checkRecipient([hashedEmail], undefined);

    expect(result).toMatchObject({
      id: 'recipient',
      status: 'not_applicable',
      code: 'recipient_not_requested',
      required: false,
    });
  });

  it('is not applicable for a blank identity', async () => {
    expect((await checkRecipient([hashedEmail], '  ')).status).toBe('not_applicable');
  });

  it('passes a salted sha256 hash of the email given', async () => {
    const result = await checkRecipient([hashedEmail], 'nobody@example.org');

    expect(result).toMatchObject({ status: 'passed', code: 'recipient_match', required: true });
  });

  it('fails another email against the salted hash', async () => {
    const result = await checkRecipient([hashedEmail], 'somebody@example.org');

    expect(result).toMatchObject({ status: 'failed', code: 'recipient_mismatch', required: true });
  });

  it('fails the right email hashed with the wrong salt', async () => {
    const result = await checkRecipient(
      [{ ...hashedEmail, salt: 'saltwater' }],
      'nobody@example.org',
    );

    expect(result.code).toBe('recipient_mismatch');
  });

  it('passes a salted md5 hash', async () => {
    const md5 = identity({
      identity: `md5$${md5Hex('nobody@example.orgdeadsea')}`,
      hashed: true,
      salt: 'deadsea',
    });

    expect((await checkRecipient([md5], 'nobody@example.org')).code).toBe('recipient_match');
  });

  it('accepts a hash written in capitals', async () => {
    const upper = { ...hashedEmail, identity: NOBODY_SHA256.toUpperCase() };

    expect((await checkRecipient([upper], 'nobody@example.org')).status).toBe('passed');
  });

  it('passes a plaintext email whatever its case, and a mailto: link', async () => {
    const plain = identity({ identity: 'Nobody@Example.org' });

    expect((await checkRecipient([plain], 'nobody@example.org')).status).toBe('passed');
    expect((await checkRecipient([plain], 'mailto:nobody@example.org')).status).toBe('passed');
  });

  it('passes a telephone number written with spaces against its E.164 form', async () => {
    const phone = identity({ type: 'telephone', identity: '+15555555555' });

    expect((await checkRecipient([phone], '+1 (555) 555-5555')).status).toBe('passed');
  });

  it('passes a URL given without its trailing slash', async () => {
    const url = identity({ type: 'url', identity: 'https://example.org/people/nobody/' });

    expect((await checkRecipient([url], 'https://example.org/people/nobody')).status).toBe(
      'passed',
    );
  });

  it('passes a DID against a subject id', async () => {
    const did = identity({
      type: 'did',
      identity: 'did:example:nobody',
      source: 'credentialSubject.id',
    });

    expect((await checkRecipient([did], 'did:example:nobody')).status).toBe('passed');
    expect((await checkRecipient([did], 'did:example:somebody')).status).toBe('failed');
  });

  it('matches any one of several identities', async () => {
    const other = identity({ identity: 'other@example.org' });

    expect((await checkRecipient([other, hashedEmail], 'nobody@example.org')).status).toBe(
      'passed',
    );
  });

  it('warns when the credential names no recipient', async () => {
    const result = await checkRecipient([], 'nobody@example.org');

    expect(result).toMatchObject({
      status: 'warning',
      code: 'recipient_not_stated',
      required: false,
    });
  });

  it('warns when the recipient is of another kind than the identity given', async () => {
    const result = await checkRecipient([hashedEmail], 'did:example:nobody');

    expect(result).toMatchObject({ status: 'warning', code: 'recipient_not_comparable' });
  });

  it('warns on a hash algorithm it cannot compute, never passing it', async () => {
    const sha1 = identity({
      identity: 'sha1$0123456789abcdef0123456789abcdef01234567',
      hashed: true,
    });

    expect((await checkRecipient([sha1], 'nobody@example.org')).code).toBe(
      'recipient_not_comparable',
    );
  });

  it('never repeats the identity given in the check', async () => {
    const result = await checkRecipient([hashedEmail], 'somebody@example.org');

    expect(JSON.stringify(result)).not.toContain('somebody');
  });
});

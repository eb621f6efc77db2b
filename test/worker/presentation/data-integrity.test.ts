// Data Integrity presentations: the holder's eddsa-rdfc-2022 proof for authentication, bound to
// the issued nonce and domain, with each embedded credential verified and tied to the holder.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtureJson } from '../support/fixtures';
import { signCredential } from '../support/sign';
import {
  BADGE_OF_SOMEONE_ELSE,
  BADGE_WITHOUT_SUBJECT_ID,
  checksOf,
  codesOf,
  credentialFor,
  DOMAIN,
  HOLDER,
  issued,
  NONCE,
  type PresentationProof,
  presentationOf,
  signPresentation,
  holderKey,
  strangerKey,
  TAMPERED_BADGE,
  verifyPresentationValue,
} from './support';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function holdersPresentation(
  proof: PresentationProof = { challenge: NONCE, domain: DOMAIN },
) {
  return signPresentation(presentationOf([await credentialFor(HOLDER)]), proof);
}

describe('a presentation answering the issued challenge', () => {
  it('is valid when the holder signs it with the issued nonce and domain', async () => {
    const report = await verifyPresentationValue(await holdersPresentation(), issued());

    expect(report.verdict).toBe('valid');
    expect(report.authentic).toBe(true);
    expect(report.format).toEqual({
      type: 'verifiable-presentation',
      dataModel: 'vc-2.0',
      securing: 'data-integrity',
    });
    expect(checksOf(report, 'challenge')).toMatchObject([
      { status: 'passed', code: 'challenge_valid', required: true },
    ]);
  });

  it('binds the key to the holder and the credential subject to the holder', async () => {
    const report = await verifyPresentationValue(await holdersPresentation(), issued());

    expect(checksOf(report, 'holder_binding')).toMatchObject([
      { status: 'passed', code: 'holder_controls_key', details: { controller: HOLDER } },
      { status: 'passed', code: 'subject_is_holder', details: { credentialIndex: 0 } },
    ]);
  });

  it('gives each embedded credential its own full report', async () => {
    const badge = fixtureJson(BADGE_WITHOUT_SUBJECT_ID);
    const presentation = presentationOf([await credentialFor(HOLDER), badge]);
    const signed = await signPresentation(presentation, { challenge: NONCE, domain: DOMAIN });

    const report = await verifyPresentationValue(signed, issued());

    expect(report.credentials?.map((c) => [c.verdict, c.format.type])).toEqual([
      ['valid', 'verifiable-credential'],
      ['valid', 'open-badges-3.0'],
    ]);
    expect(report.credentials?.[1]?.checks.map((c) => c.id)).toContain('issuer_binding');
  });

  it('does not tie a credential whose subject has no id, and stays valid', async () => {
    const presentation = presentationOf([fixtureJson(BADGE_WITHOUT_SUBJECT_ID)]);
    const signed = await signPresentation(presentation, { challenge: NONCE, domain: DOMAIN });

    const report = await verifyPresentationValue(signed, issued());

    expect(checksOf(report, 'holder_binding')[1]).toMatchObject({
      status: 'not_applicable',
      code: 'subject_id_missing',
      required: false,
    });
    expect(report.verdict).toBe('valid');
  });
});

describe('the challenge', () => {
  it('is not applicable when none is issued nor answered, with a replay warning', async () => {
    const report = await verifyPresentationValue(await holdersPresentation({}));

    expect(checksOf(report, 'challenge')).toMatchObject([
      { status: 'not_applicable', code: 'challenge_not_requested', required: false },
      { status: 'warning', code: 'replay_possible', required: false },
    ]);
    expect(report.verdict).toBe('valid');
  });

  it('fails when a nonce was issued and the presentation answers none', async () => {
    const report = await verifyPresentationValue(await holdersPresentation({}), issued());

    expect(codesOf(report, 'challenge')).toEqual(['challenge_missing']);
    expect(report.verdict).toBe('invalid');
  });

  it('fails a presentation answering another nonce', async () => {
    const signed = await holdersPresentation({ challenge: 'another-nonce', domain: DOMAIN });

    const report = await verifyPresentationValue(signed, issued());

    expect(codesOf(report, 'challenge')).toEqual(['challenge_mismatch']);
    expect(report.verdict).toBe('invalid');
  });

  it('fails a nonce that was already used', async () => {
    const report = await verifyPresentationValue(await holdersPresentation(), issued('used'));

    expect(codesOf(report, 'challenge')).toEqual(['challenge_used']);
    expect(report.verdict).toBe('invalid');
  });

  it('fails a nonce that has expired', async () => {
    const report = await verifyPresentationValue(await holdersPresentation(), issued('expired'));

    expect(codesOf(report, 'challenge')).toEqual(['challenge_expired']);
    expect(report.verdict).toBe('invalid');
  });

  it('fails a nonce that was never issued', async () => {
    const report = await verifyPresentationValue(await holdersPresentation(), issued('unknown'));

    expect(codesOf(report, 'challenge')).toEqual(['challenge_unknown']);
    expect(report.verdict).toBe('invalid');
  });

  it('fails a presentation made for another domain', async () => {
    const signed = await holdersPresentation({ challenge: NONCE, domain: 'evil.example' });

    const report = await verifyPresentationValue(signed, issued());

    expect(checksOf(report, 'challenge')).toMatchObject([
      {
        status: 'failed',
        code: 'domain_mismatch',
        details: { presentedDomains: ['evil.example'] },
      },
    ]);
    expect(report.verdict).toBe('invalid');
  });

  it('does not compare domains when none is expected', async () => {
    const signed = await holdersPresentation({ challenge: NONCE, domain: 'wallet.example' });

    const report = await verifyPresentationValue(signed, issued('fresh', NONCE, null));

    expect(codesOf(report, 'challenge')).toEqual(['challenge_valid']);
  });

  it('warns when the presentation answers a challenge nobody gave to compare', async () => {
    const report = await verifyPresentationValue(await holdersPresentation());

    expect(checksOf(report, 'challenge')).toMatchObject([
      { status: 'warning', code: 'challenge_not_checked', required: false },
    ]);
    expect(report.verdict).toBe('valid');
  });
});

describe('holder binding', () => {
  it('fails a credential issued to someone else', async () => {
    const presentation = presentationOf([fixtureJson(BADGE_OF_SOMEONE_ELSE)]);
    const signed = await signPresentation(presentation, { challenge: NONCE, domain: DOMAIN });

    const report = await verifyPresentationValue(signed, issued());

    expect(checksOf(report, 'holder_binding')[1]).toMatchObject({
      status: 'failed',
      code: 'subject_not_holder',
      details: { subjects: ['did:example:ebfeb1f712ebc6f1c276e12ec21'], holder: HOLDER },
    });
    expect(report.credentials?.[0]?.verdict).toBe('valid');
    expect(report.verdict).toBe('invalid');
  });

  it('fails a presentation signed by a key that is not the holder’s', async () => {
    const presentation = presentationOf([await credentialFor(HOLDER)]);
    const proof = { challenge: NONCE, domain: DOMAIN, key: strangerKey };
    const signed = await signPresentation(presentation, proof);

    const report = await verifyPresentationValue(signed, issued());

    expect(checksOf(report, 'proof')[0]?.status).toBe('passed');
    expect(codesOf(report, 'holder_binding')[0]).toBe('holder_not_controller');
    expect(report.verdict).toBe('invalid');
  });

  it('takes the signer as the holder when the presentation names none', async () => {
    const { holder: _holder, ...anonymous } = presentationOf([await credentialFor(HOLDER)]);
    const signed = await signPresentation(anonymous, { challenge: NONCE, domain: DOMAIN });

    const report = await verifyPresentationValue(signed, issued());

    expect(codesOf(report, 'holder_binding')).toEqual(['holder_missing', 'subject_is_holder']);
    expect(report.verdict).toBe('valid');
  });
});

describe('embedded credentials that are not valid', () => {
  it('keeps the presentation’s verdict and counts them in a structure warning', async () => {
    const tampered = await credentialFor(HOLDER);
    (tampered.credentialSubject as Record<string, unknown>).alumniOf = 'Another School';
    const presentation = presentationOf([await credentialFor(HOLDER), tampered]);
    const signed = await signPresentation(presentation, { challenge: NONCE, domain: DOMAIN });

    const report = await verifyPresentationValue(signed, issued());

    expect(report.verdict).toBe('valid');
    expect(report.credentials?.map((c) => c.verdict)).toEqual(['valid', 'invalid']);
    expect(checksOf(report, 'structure')[1]).toMatchObject({
      status: 'warning',
      code: 'credentials_not_valid',
      required: false,
      details: { notValid: 1, total: 2, credentialIndexes: [1] },
    });
  });

  it('shows a tampered DCC badge as invalid in its own report', async () => {
    const presentation = presentationOf([fixtureJson(TAMPERED_BADGE)]);
    const signed = await signPresentation(presentation, { challenge: NONCE, domain: DOMAIN });

    const report = await verifyPresentationValue(signed, issued());

    const own = report.credentials?.[0];
    expect(own?.verdict).toBe('invalid');
    expect(own?.checks.find((c) => c.id === 'proof')?.code).toBe('signature_invalid');
    expect(codesOf(report, 'structure')).toContain('credentials_not_valid');
  });
});

describe('attacks on presentations', () => {
  it('fails an unsigned presentation', async () => {
    const presentation = presentationOf([await credentialFor(HOLDER)]);

    const report = await verifyPresentationValue(presentation, issued());

    expect(codesOf(report, 'proof')).toEqual(['unsigned']);
    expect(report.format.securing).toBe('none');
    expect(report.verdict).toBe('invalid');
  });

  it('fails a presentation with a credential slipped in after signing', async () => {
    const signed = await holdersPresentation();
    const slipped = [...(signed.verifiableCredential as unknown[]), await credentialFor(HOLDER)];

    const report = await verifyPresentationValue(
      { ...signed, verifiableCredential: slipped },
      issued(),
    );

    expect(codesOf(report, 'proof')).toEqual(['signature_invalid']);
    expect(report.verdict).toBe('invalid');
  });

  it('fails a challenge changed after signing: the nonce is signed with the proof', async () => {
    const signed = await holdersPresentation({ challenge: 'old-nonce', domain: DOMAIN });
    const proof = { ...(signed.proof as Record<string, unknown>), challenge: NONCE };

    const report = await verifyPresentationValue({ ...signed, proof }, issued());

    expect(codesOf(report, 'proof')).toEqual(['signature_invalid']);
    expect(report.verdict).toBe('invalid');
  });

  it('refuses a proof made for assertionMethod instead of authentication', async () => {
    const presentation = presentationOf([await credentialFor(HOLDER)]);
    const signed = await signCredential(presentation, holderKey, {
      challenge: NONCE,
      domain: DOMAIN,
    });

    const report = await verifyPresentationValue(signed, issued());

    expect(codesOf(report, 'proof')).toEqual(['proof_purpose_mismatch']);
    expect(report.verdict).toBe('invalid');
  });

  it('refuses a presentation nested inside another one', async () => {
    const inner = await holdersPresentation();
    const outer = await signPresentation(presentationOf([inner]), {
      challenge: NONCE,
      domain: DOMAIN,
    });

    const report = await verifyPresentationValue(outer, issued());

    expect(report.credentials?.[0]?.checks).toMatchObject([
      { id: 'input', status: 'failed', code: 'presentation_nested' },
    ]);
    expect(report.credentials?.[0]?.verdict).toBe('invalid');
  });
});

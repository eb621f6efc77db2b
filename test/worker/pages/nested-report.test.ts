// The report page shows the credentials inside a record and the endorsements, each with its own
// verdict, and says how the credential reached us.
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../src/db/client';
import { insertVerification } from '../../../src/db/verifications';
import { newVerificationId } from '../../../src/http/ids';
import { check } from '../../../src/verify/report/check';
import { REPORT_SCHEMA_VERSION, type VerificationReport } from '../../../src/verify/report/types';

function report(overrides: Partial<VerificationReport>): VerificationReport {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    verdict: 'valid',
    authentic: true,
    format: { type: 'clr-2.0', dataModel: 'vc-2.0', securing: 'data-integrity' },
    subject: {
      credentialId: 'urn:uuid:1',
      types: ['VerifiableCredential', 'ClrCredential'],
      issuer: { id: 'did:key:z6Mk', name: 'Example University' },
      achievementName: null,
      validFrom: null,
      validUntil: null,
    },
    checks: [check('proof', 'passed', 'signature_valid', 'The signature matches the content.')],
    verifiedAt: '2026-12-03T12:00:00.000Z',
    ...overrides,
  };
}

async function show(stored: VerificationReport): Promise<string> {
  const now = new Date();
  const id = newVerificationId();
  await insertVerification(createDb(env.DB), {
    id,
    report: stored,
    createdAt: now,
    expiresAt: new Date(now.getTime() + 86_400_000),
  });
  const response = await exports.default.fetch(`http://portal.test/verifications/${id}`);
  expect(response.status).toBe(200);
  return response.text();
}

describe('report page with achievement alignments', () => {
  it('lists what each achievement aligns to, linking only http(s) targets', async () => {
    const base = report({}).subject as NonNullable<VerificationReport['subject']>;
    const alignment = {
      targetName: 'Cite textual evidence',
      targetUrl: 'https://case.example.org/uri/74f5',
      targetCode: '74f5',
      targetFramework: 'Alabama Course of Study',
      targetType: 'CFItem',
    };
    const hostile = { ...alignment, targetName: 'Hostile', targetUrl: 'javascript:alert(1)' };
    const achievements = [
      {
        id: 'https://1edtech.edu/achievements/1',
        name: 'Text analysis',
        alignment: [alignment, hostile],
      },
    ];

    const html = await show(report({ subject: { ...base, achievements } }));

    expect(html).toContain('Skills it aligns to');
    expect(html).toContain('href="https://case.example.org/uri/74f5"');
    expect(html).toContain('Alabama Course of Study');
    expect(html).not.toContain('javascript:alert(1)');
  });
});

describe('report page with nested reports', () => {
  it('lists each credential inside a CLR with its own verdict, and the associations', async () => {
    const revoked = report({
      verdict: 'invalid',
      format: { type: 'open-badges-3.0', dataModel: 'vc-2.0', securing: 'data-integrity' },
      subject: {
        ...(report({}).subject as NonNullable<VerificationReport['subject']>),
        achievementName: 'Revoked <b>Badge</b>',
      },
      checks: [check('status', 'failed', 'revoked', 'The issuer has revoked this credential.')],
    });
    const html = await show(
      report({
        credentials: [revoked],
        associations: [{ associationType: 'isParentOf', sourceId: 'urn:a', targetId: 'urn:b' }],
      }),
    );

    expect(html).toContain('Credentials inside');
    expect(html).toContain('Revoked &lt;b&gt;Badge&lt;/b&gt;');
    expect(html).toContain('Not valid');
    expect(html).toContain('The issuer has revoked this credential.');
    expect(html).toContain('isParentOf');
  });

  it('shows endorsements apart from the verdict, and how the credential reached us', async () => {
    const endorsement = report({
      verdict: 'invalid',
      format: { type: 'open-badges-3.0', dataModel: 'vc-2.0', securing: 'data-integrity' },
    });
    const html = await show(report({ endorsements: [endorsement], source: { kind: 'png' } }));

    expect(html).toContain('Endorsements');
    expect(html).toContain('Baked into a PNG image');
    expect(html).toContain('Comprehensive Learner Record 2.0');
  });
});

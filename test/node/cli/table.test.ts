// The readable table: the summary lines, and text from a credential that cannot steer a terminal.
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../../src/cli/table';
import type { VerificationReport } from '../../../src/verify';

function report(overrides: Partial<VerificationReport> = {}): VerificationReport {
  return {
    schemaVersion: '1.2.0',
    verdict: 'valid',
    authentic: true,
    format: { type: 'open-badges-3.0', dataModel: 'vc-2.0', securing: 'data-integrity' },
    subject: {
      credentialId: 'urn:uuid:1',
      types: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:web:issuer.example.org', name: 'Example College' },
      achievementName: 'Teamwork',
      validFrom: null,
      validUntil: null,
    },
    checks: [
      { id: 'proof', status: 'passed', code: 'signature_valid', message: 'Fine.', required: true },
    ],
    verifiedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('formatTable', () => {
  it('starts with verdict, authenticity, format, issuer and achievement', () => {
    const lines = formatTable(report()).split('\n');

    expect(lines.slice(0, 5)).toEqual([
      'Verdict      valid',
      'Authentic    yes',
      'Format       open-badges-3.0 (vc-2.0, data-integrity)',
      'Issuer       Example College (did:web:issuer.example.org)',
      'Achievement  Teamwork',
    ]);
  });

  it('says "could not tell" when authenticity is unknown and "-" for a missing subject', () => {
    const text = formatTable(report({ authentic: null, subject: null }));

    expect(text).toMatch(/^Authentic {4}could not tell$/m);
    expect(text).toMatch(/^Issuer {7}-$/m);
  });
});

describe('formatTable against terminal injection', () => {
  it('replaces escape sequences in an issuer name', () => {
    const subject = {
      ...report().subject,
      issuer: { id: null, name: 'Evil\u001b[2J\u001b]0;x\u0007' },
    };

    const text = formatTable(report({ subject: subject as VerificationReport['subject'] }));

    const controls = [...text].filter(
      (c) => c !== '\n' && (c < ' ' || (c >= '\u007f' && c <= '\u009f')),
    );
    expect(controls).toEqual([]);
    expect(text).toContain('Evil\uFFFD[2J\uFFFD]0;x\uFFFD');
  });

  it('replaces bidirectional overrides in an achievement name', () => {
    const subject = { ...report().subject, achievementName: 'Safe\u202egnp.exe' };

    const text = formatTable(report({ subject: subject as VerificationReport['subject'] }));

    expect(text).toContain('Safe\uFFFDgnp.exe');
  });
});

// Every third-party credential fixture, with the verdict our rules derive from what an independent
// offline check recorded in expected-results.tsv (signatures, status bits, dates).
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { blocking, verifyText } from '../support/engine';
import { fixturePaths, fixtureText } from '../support/fixtures';
import { fixtureWeb } from '../support/mock-web';

const server = setupServer(...fixtureWeb);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface Expectation {
  verdict: 'valid' | 'invalid' | 'indeterminate';
  /** The check that decides the verdict (absent for valid). */
  because?: string;
}

const recorded = new Map(
  fixtureText('expected-results.tsv')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([file, kind, proofs, status, dates]) => [file, { kind, proofs, status, dates }]),
);

/** The verdict our rules give, from the independent check's findings. */
function expectation(path: string): Expectation {
  const row = recorded.get(path);
  if (!row) throw new Error(`no expected result for ${path}`);

  if (row.kind === 'text') return { verdict: 'invalid', because: 'input' };
  if (row.proofs?.includes('CANONICALIZATION-ERROR'))
    return { verdict: 'invalid', because: 'context' };
  if (row.proofs?.includes('SIGNATURE-INVALID')) return { verdict: 'invalid', because: 'proof' };
  if (row.proofs?.includes('KEY-UNRESOLVED')) return { verdict: 'invalid', because: 'proof' };
  if (path.startsWith('vc-di/')) return { verdict: 'invalid', because: 'issuer_binding' };
  if (row.status?.includes('REVOKED')) return { verdict: 'invalid', because: 'status' };
  if (row.dates?.includes('expired') || row.dates?.includes('notYetValid')) {
    return { verdict: 'invalid', because: 'validity_period' };
  }
  if (/list (expired|not yet valid)|list proof SIGNATURE-INVALID/.test(row.status ?? '')) {
    return { verdict: 'indeterminate', because: 'status' };
  }
  return { verdict: 'valid' };
}

const LIST_WITHOUT_TYPE =
  'ob3/dcc-vc-test-fixtures/v2/ed25519/didKey/legacy-missingTypeStatus-noExpiry.json';

describe('DCC Open Badges 3.0 fixtures', () => {
  const paths = fixturePaths('ob3/dcc-vc-test-fixtures/');

  it.each(paths.filter((p) => p !== LIST_WITHOUT_TYPE))('%s', async (path) => {
    const report = await verifyText(fixtureText(path));
    const expected = expectation(path);

    expect(report.verdict).toBe(expected.verdict);
    if (expected.because) expect(blocking(report)).toContain(expected.because);
    else expect(blocking(report)).toEqual([]);
  });

  it('treats a status list without its BitstringStatusList type as unreadable', async () => {
    const report = await verifyText(fixtureText(LIST_WITHOUT_TYPE));

    expect(report.verdict).toBe('indeterminate');
    expect(blocking(report)).toEqual(['status']);
  });
});

describe('W3C vc-di-eddsa vectors', () => {
  const signed = fixturePaths('vc-di/').filter(
    (p) => recorded.get(p)?.kind === 'json-ld with proof',
  );

  it.each(signed)('%s', async (path) => {
    const report = await verifyText(fixtureText(path));
    const expected = expectation(path);

    expect(report.verdict).toBe(expected.verdict);
    expect(blocking(report)).toContain(expected.because);
  });

  it('passes the proof of an issuer-unbound vector and fails only its binding', async () => {
    const path = 'vc-di/w3c-vc-di-eddsa/eddsa-jcs-2022/signedJCS.json';
    const report = await verifyText(fixtureText(path));

    expect(report.checks.find((c) => c.id === 'proof')?.status).toBe('passed');
    expect(report.checks.find((c) => c.id === 'issuer_binding')).toMatchObject({
      status: 'failed',
      code: 'issuer_not_controller',
    });
    expect(report.authentic).toBe(false);
  });

  it('reports every proof of a proof set', async () => {
    const path = 'vc-di/w3c-vc-di-eddsa/proof-set-chain/signedProofChain2.json';
    const report = await verifyText(fixtureText(path));
    const proofs = report.checks.filter((c) => c.id === 'proof');

    expect(proofs).toHaveLength(4);
    expect(proofs.every((c) => c.status === 'passed')).toBe(true);
  });
});

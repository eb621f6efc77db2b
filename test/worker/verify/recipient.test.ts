// The recipient check on Open Badges 3.0 credentials, through the whole engine.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../support/engine';
import { badgeForNobody } from '../support/recipient-badge';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function recipientCheck(report: Awaited<ReturnType<typeof verify>>) {
  return report.checks.find((c) => c.id === 'recipient');
}

describe('recipient on an OB 3.0 credential', () => {
  it('is not applicable when no candidate identity is given, and never passed', async () => {
    const report = await verify({ kind: 'json', value: await badgeForNobody() });

    expect(recipientCheck(report)?.status).toBe('not_applicable');
    expect(report.verdict).toBe('valid');
  });

  it('passes when the salted hash matches the candidate email', async () => {
    const report = await verify({ kind: 'json', value: await badgeForNobody() }, undefined, {
      recipient: 'nobody@example.org',
    });

    expect(recipientCheck(report)?.status).toBe('passed');
    expect(report.verdict).toBe('valid');
  });

  it('fails, and so invalidates, when the credential was issued to someone else', async () => {
    const report = await verify({ kind: 'json', value: await badgeForNobody() }, undefined, {
      recipient: 'somebody-else@example.org',
    });

    expect(recipientCheck(report)?.code).toBe('recipient_mismatch');
    expect(report.verdict).toBe('invalid');
  });
});

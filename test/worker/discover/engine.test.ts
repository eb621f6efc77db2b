// Pasted links through the whole engine: the report says how the credential was found.
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { verify } from '../support/engine';
import { fixtureText } from '../support/fixtures';
import { startMockWeb } from '../fetch/mock-web';
import {
  CREDLY_ASSERTION,
  CREDLY_BADGE_CLASS,
  CREDLY_PAGE,
  credlyAssertion,
  credlyBadgeClass,
  credlyIssuer,
  credlyPage,
  htmlAnswer,
  jsonAnswer,
  pageWithAlternate,
} from './pages';

const server = startMockWeb();

const VALID =
  'ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-minimal.json';
const PAGE = 'https://issuer.example/badges/42';

function inputCheck(report: Awaited<ReturnType<typeof verify>>) {
  return report.checks.find((check) => check.id === 'input');
}

describe('verifying a pasted link', () => {
  it('verifies an Open Badges 3.0 credential named by the page’s alternate link', async () => {
    server.use(
      http.get(PAGE, () => htmlAnswer(pageWithAlternate('/badges/42.json'))),
      http.get(
        `${PAGE}.json`,
        () =>
          new HttpResponse(fixtureText(VALID), {
            headers: { 'content-type': 'application/ld+json' },
          }),
      ),
    );

    const report = await verify({ kind: 'url', url: PAGE });

    expect(report.verdict).toBe('valid');
    expect(report.source).toEqual({ kind: 'url', discoveredBy: 'link-alternate' });
  });

  it('reads the Open Badges 2.0 assertion behind a Credly badge page', async () => {
    const issuer = credlyIssuer();
    server.use(
      http.get(CREDLY_PAGE, () => htmlAnswer(credlyPage())),
      http.get(CREDLY_ASSERTION, () => jsonAnswer(credlyAssertion())),
      http.get(CREDLY_BADGE_CLASS, () => jsonAnswer(credlyBadgeClass())),
      http.get(String(issuer.id), () => jsonAnswer(issuer)),
    );

    const report = await verify({ kind: 'url', url: CREDLY_PAGE });

    expect(report.source).toEqual({
      kind: 'url',
      discoveredBy: 'platform-pattern',
      platform: 'Credly',
    });
    expect(report.format.type).toBe('open-badges-2.0');
    expect(inputCheck(report)?.status).not.toBe('failed');
  });

  it('fails a page with nothing behind it and suggests uploading the badge instead', async () => {
    server.use(
      http.get(PAGE, () => htmlAnswer('<html><head><title>My badge</title></head></html>')),
    );

    const report = await verify({ kind: 'url', url: PAGE });

    expect(report.verdict).toBe('invalid');
    expect(report.source).toEqual({ kind: 'url' });
    expect(inputCheck(report)).toMatchObject({
      status: 'failed',
      code: 'credential_not_found_in_page',
      message:
        'This link opens a web page about the badge, and no credential could be found behind ' +
        'it. Download the badge image or its JSON from the page and upload that instead.',
    });
  });

  it('fails a page whose alternate link points at the server itself', async () => {
    server.use(
      http.get(PAGE, () => htmlAnswer(pageWithAlternate('https://127.0.0.1/credential.json'))),
    );

    const report = await verify({ kind: 'url', url: PAGE });

    expect(report.verdict).toBe('invalid');
    expect(inputCheck(report)).toMatchObject({ status: 'failed', code: 'url_forbidden' });
  });
});

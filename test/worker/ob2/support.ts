// The web the Open Badges 2.0 fixtures need, served by MSW as the upstream TestOB20Inspector
// serves it, and the engine run with a candidate identity.
import { HttpResponse, http } from 'msw';
import { createGuardedFetcher } from '../../../src/fetch';
import { type VerificationInput, verifyCredential } from '../../../src/verify';
import type { VerificationReport } from '../../../src/verify/report/types';
import { NOW } from '../support/engine';
import { FIXTURES, fixtureText } from '../support/fixtures';

export const VALIDATOR = 'ob2/1edtech-validator';
export const CORE = 'ob2/1edtech-validator-core-components';
const ASSETS = `${VALIDATOR}/assets`;

/** The id every hosted 1EdTech fixture assertion names. */
export const ASSERTION_ID = 'https://example.org/beths-robotics-badge.json';

function json(text: string) {
  return new HttpResponse(text, { headers: { 'content-type': 'application/json' } });
}

function asset(file: string) {
  const text = FIXTURES.get(`${ASSETS}/${file}`);
  return text === undefined ? new HttpResponse(null, { status: 404 }) : json(text);
}

/** `https://example.org/<f>`, `https://www.example.org/<f>`, `http://example.org/<f>`: assets. */
export const validatorWeb = [
  'https://example.org',
  'https://www.example.org',
  'http://example.org',
].map((origin) => http.get(`${origin}/:file`, ({ params }) => asset(String(params.file))));

/** Serves a document (a fixture path, or any JSON value) at a URL. */
export function serve(url: string, document: string | Record<string, unknown>) {
  const text = typeof document === 'string' ? fixtureText(document) : JSON.stringify(document);
  return http.get(url, () => json(text));
}

/** Answers a URL with an HTTP status and no body. */
export function answer(url: string, status: number) {
  return http.get(url, () => new HttpResponse(null, { status }));
}

/** Runs the engine on JSON, text or a link, with the candidate's identity when one is given. */
export function verifyOb2(
  input: string | Record<string, unknown>,
  recipient?: string,
): Promise<VerificationReport> {
  const given: VerificationInput =
    typeof input !== 'string'
      ? { kind: 'json', value: input }
      : /^https?:/.test(input)
        ? { kind: 'url', url: input }
        : { kind: 'text', text: input };
  const request = recipient === undefined ? {} : { recipient };
  return verifyCredential(given, { fetcher: createGuardedFetcher(), now: NOW, request });
}

/** A fixture parsed as JSON. */
export function fixture(path: string): Record<string, unknown> {
  return JSON.parse(fixtureText(path)) as Record<string, unknown>;
}

/** The check with this id, for assertions on status and code. */
export function checkOf(report: VerificationReport, id: string) {
  return report.checks.find((c) => c.id === id);
}

/** `[id, status, code]` of every check, in report order. */
export function outline(report: VerificationReport): [string, string, string][] {
  return report.checks.map((c) => [c.id, c.status, c.code]);
}

// A VerifyContext for status and schema tests: the MSW-backed fetcher, a frozen clock, a depth,
// and a stand-in nested verifier.
import type { VerifyContext } from '../../../../src/verify/context';
import { testFetcher } from './fetcher';
import { type NestedOutcome, NOW, nestedVerifier } from './nested';

export interface TestContextOptions {
  depth?: number;
  nested?: Record<string, NestedOutcome>;
}

export function testContext(options: TestContextOptions = {}) {
  const { fetcher, requests } = testFetcher();
  const { verifyNested, seen } = nestedVerifier(options.nested);
  const ctx: VerifyContext = {
    fetcher,
    now: NOW,
    depth: options.depth ?? 0,
    request: {},
    verifyNested,
  };
  return { ctx, requests, verified: seen };
}

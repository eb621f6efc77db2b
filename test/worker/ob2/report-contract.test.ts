// Open Badges 2.0 reports keep the public report contract (report.schema.json, version 1.1.0).
import { type Schema, Validator } from '@cfworker/json-schema';
import simpleRevokedJwt from '../../fixtures/ob2/1edtech-validator/simple-revoked.jwt?raw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import reportSchema from '../../../src/verify/report/report.schema.json';
import {
  ASSERTION_ID,
  answer,
  CORE,
  fixture,
  serve,
  VALIDATOR,
  validatorWeb,
  verifyOb2,
} from './support';

const server = setupServer(...validatorWeb);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const validator = new Validator(reportSchema as Schema, '2020-12', false);
const BASIC = `${VALIDATOR}/basic-assertion.json`;

describe('the report of an Open Badges 2.0 verification', () => {
  it('matches the report schema for a valid hosted badge with a recipient', async () => {
    server.use(serve(ASSERTION_ID, BASIC));

    const report = await verifyOb2(fixture(BASIC), 'nobody@example.org');

    expect(validator.validate(report).errors).toEqual([]);
  });

  it('matches the report schema for a withdrawn hosted badge', async () => {
    server.use(answer(ASSERTION_ID, 410));

    const report = await verifyOb2(fixture(BASIC), 'nobody@example.org');

    expect(validator.validate(report).errors).toEqual([]);
  });

  it('matches the report schema for a revoked signed badge', async () => {
    const report = await verifyOb2(simpleRevokedJwt);

    expect(validator.validate(report).errors).toEqual([]);
  });

  it('matches the report schema for an Open Badges 0.5 badge', async () => {
    const report = await verifyOb2(fixture(`${CORE}/0_5_assertion.json`));

    expect(validator.validate(report).errors).toEqual([]);
  });
});

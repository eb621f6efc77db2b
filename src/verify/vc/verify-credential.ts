// The order of checks for one W3C credential: context, structure, schema, proof, issuer
// binding, status, validity period, refresh. Each step lives in its own module.
import type { VerifyContext } from '../context';
import type { ParsedCredential } from '../input/read';
import { decodeVcJwt, verifyVcJwtProof } from '../jwt';
import { verifyDataIntegrity } from '../proof/data-integrity';
import { checkIssuerBinding } from '../proof/issuer-binding';
import type { ProofResult } from '../proof/types';
import { buildReport } from '../report/build';
import { advisory, check } from '../report/check';
import { describeSubject } from '../report/subject';
import type { Check, Format, VerificationReport } from '../report/types';
import { checkRecipient, ob3RecipientIdentities } from '../recipient';
import { checkCredentialSchema } from '../schemas';
import { checkStatus } from '../status';
import { checkContexts } from '../structure/contexts-check';
import { dataModelOf, detectFormat } from '../structure/format';
import { idOf } from '../structure/problem';
import { checkStructure } from '../structure/structure-check';
import { checkRefreshService } from '../validity/refresh';
import { checkValidityPeriod } from '../validity/validity-period';
import { isClr, verifyClrContents } from './clr';
import { verifyEndorsements } from './endorsements';

interface Secured {
  credential: Record<string, unknown>;
  securing: Format['securing'];
  proofs: ProofResult[];
}

const UNSIGNED = check(
  'proof',
  'failed',
  'unsigned',
  'The credential carries no proof: anyone could have written it.',
);

async function secureJwt(
  token: string,
  enveloped: boolean,
  ctx: VerifyContext,
): Promise<Secured | Check> {
  const decoded = decodeVcJwt(token);
  if (!decoded.ok) return check('input', 'failed', decoded.code, decoded.message);

  const proof = await verifyVcJwtProof(token, decoded, ctx.fetcher, ctx.now);
  return {
    credential: decoded.credential,
    securing: enveloped ? 'enveloped' : 'vc-jwt',
    proofs: [proof],
  };
}

async function secureJsonLd(
  document: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<Secured> {
  const input = { document, fetcher: ctx.fetcher, now: ctx.now, proofPurpose: 'assertionMethod' };
  const proofs = await verifyDataIntegrity(input);

  return { credential: document, securing: proofs.length > 0 ? 'data-integrity' : 'none', proofs };
}

function proofChecks(secured: Secured): Check[] {
  if (secured.proofs.length === 0) return [UNSIGNED];

  const issuer = idOf(secured.credential.issuer);
  const proofs = secured.proofs.map((result) => result.check);
  return [...proofs, ...secured.proofs.map((result) => checkIssuerBinding(result, issuer))];
}

async function statusChecks(
  credential: Record<string, unknown>,
  earlier: Check[],
  ctx: VerifyContext,
) {
  if (earlier.some((c) => c.required && c.status === 'failed')) {
    const message = 'Not checked: the credential already failed an earlier check.';
    return [advisory('status', 'unknown', 'status_not_checked', message)];
  }
  return checkStatus(credential, ctx);
}

async function runChecks(secured: Secured, ctx: VerifyContext): Promise<Check[]> {
  const { credential } = secured;
  const [contexts, schemas] = await Promise.all([
    checkContexts(credential),
    checkCredentialSchema(credential, ctx),
  ]);
  const before = [contexts, checkStructure(credential), ...schemas, ...proofChecks(secured)];
  const [status, recipient] = await Promise.all([
    statusChecks(credential, before, ctx),
    checkRecipient(ob3RecipientIdentities(credential), ctx.request.recipient),
  ]);

  return [
    ...before,
    ...status,
    checkValidityPeriod(credential, ctx.now),
    recipient,
    checkRefreshService(credential),
  ];
}

/** A document that is not a credential at all gets only the check that says so: nothing else applies. */
function notACredential(document: Record<string, unknown>): Check | null {
  if (dataModelOf(document)) return null;

  return checkStructure(document);
}

/** Verifies a W3C Verifiable Credential: Open Badges 3.0, CLR 2.0, or any other VC. */
export async function verifyW3cCredential(
  parsed: ParsedCredential,
  ctx: VerifyContext,
): Promise<VerificationReport> {
  const refused = parsed.form === 'json' ? notACredential(parsed.value) : null;
  if (refused) return buildReport([refused], null, ctx.now);

  const secured =
    parsed.form === 'jwt'
      ? await secureJwt(parsed.token, parsed.enveloped, ctx)
      : await secureJsonLd(parsed.value, ctx);
  if (!('credential' in secured)) return buildReport([secured], null, ctx.now);

  const checks = await runChecks(secured, ctx);
  const format = detectFormat(secured.credential, secured.securing);
  const report = buildReport(checks, format, ctx.now, describeSubject(secured.credential));
  return { ...report, ...(await nestedReports(secured.credential, ctx)) };
}

/** CLR contents and endorsements, each with its own report beside the main one. */
async function nestedReports(
  credential: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<Partial<VerificationReport>> {
  const [clr, endorsements] = await Promise.all([
    isClr(credential) ? verifyClrContents(credential, ctx) : null,
    verifyEndorsements(credential, ctx),
  ]);

  return {
    ...(clr ?? {}),
    ...(endorsements.length > 0 ? { endorsements } : {}),
  };
}

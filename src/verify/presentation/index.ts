// Verifiable Presentations (VC Data Model 1.1 and 2.0), secured with Data Integrity or as a
// VP-JWT. The presentation's verdict is about the presentation: the holder's proof, that its key
// is the holder's, the one-time challenge, and that each credential was issued to the holder.
// Each embedded credential is verified in full and keeps its own verdict in `credentials`; one
// that is not valid leaves the presentation's verdict alone and is counted in a `structure`
// warning, so a reader sees both: who presented, and what each credential is worth.
import type { VerifyContext } from '../context';
import type { ParsedCredential } from '../input/read';
import type { ProofResult } from '../proof/types';
import { buildReport } from '../report/build';
import { check } from '../report/check';
import type { Check, Format, VerificationReport } from '../report/types';
import { checkContexts } from '../structure/contexts-check';
import { idOf } from '../structure/problem';
import { checkChallenge } from './challenge';
import { secureDataIntegrity } from './data-integrity';
import {
  checkedCredentials,
  credentialOf,
  credentialsWarning,
  verifyCredentials,
} from './embedded';
import { checkHolderKey, checkSubjectBinding } from './holder-binding';
import { secureJwt } from './jwt';
import { checkPresentationStructure } from './structure';
import type { SecuredPresentation } from './types';

const NESTED = check(
  'input',
  'failed',
  'presentation_nested',
  'A presentation inside another one is not accepted.',
);

const UNSIGNED = check(
  'proof',
  'failed',
  'unsigned',
  'The presentation carries no proof: nobody can tell who put it together.',
);

interface HolderChecks {
  checks: Check[];
  /** Who presented: the holder, or else whoever controls the key that signed. */
  presenter: string | null;
}

function firstController(proofs: ProofResult[]): string | null {
  const resolved = proofs.find((proof) => proof.resolution?.ok);
  return resolved?.resolution?.ok ? resolved.resolution.key.controller : null;
}

async function holderChecks(
  secured: SecuredPresentation,
  ctx: VerifyContext,
): Promise<HolderChecks> {
  const holder = idOf(secured.presentation.holder);
  if (secured.proofs.length === 0) return { checks: [UNSIGNED], presenter: holder };

  const { proofs } = secured;
  const bindings = await Promise.all(proofs.map((r) => checkHolderKey(r, holder, ctx.fetcher)));
  const presenter = holder ?? firstController(proofs) ?? secured.signer;
  return { checks: [...proofs.map((result) => result.check), ...bindings], presenter };
}

async function contextChecks(parsed: ParsedCredential, presentation: Record<string, unknown>) {
  // A VP-JWT is secured over its bytes: its JSON-LD is not processed, so not checked either.
  return parsed.form === 'json' ? [await checkContexts(presentation)] : [];
}

/** Verifies a Verifiable Presentation and every credential inside it. Never throws. */
export async function verifyPresentation(
  parsed: ParsedCredential,
  ctx: VerifyContext,
): Promise<VerificationReport> {
  if (ctx.depth > 0) return buildReport([NESTED], null, ctx.now);

  const secured =
    parsed.form === 'jwt'
      ? await secureJwt(parsed.token, ctx)
      : await secureDataIntegrity(parsed.value, ctx);
  if (!('presentation' in secured)) return buildReport([secured], null, ctx.now);

  const { presentation } = secured;
  const entries = checkedCredentials(presentation);
  const [contexts, credentials, holder] = await Promise.all([
    contextChecks(parsed, presentation),
    verifyCredentials(entries, ctx),
    holderChecks(secured, ctx),
  ]);

  const subjects = entries.map((entry, index) =>
    checkSubjectBinding(credentialOf(entry), index, holder.presenter),
  );
  const checks = [
    ...contexts,
    ...checkPresentationStructure(presentation),
    ...holder.checks,
    ...secured.checks,
    ...checkChallenge(secured.bindings, ctx.request.presentation),
    ...subjects,
    ...credentialsWarning(credentials),
  ];
  const { dataModel, securing } = secured;
  const format: Format = { type: 'verifiable-presentation', dataModel, securing };
  return { ...buildReport(checks, format, ctx.now), credentials };
}

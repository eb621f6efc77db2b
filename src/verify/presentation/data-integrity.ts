// Secures a JSON-LD presentation: every Data Integrity proof, made for `authentication`, and the
// `challenge` and `domain` each proof signs. VC Data Integrity 1.0 §2.1 (proof options).
import type { VerifyContext } from '../context';
import { proofsOf, verifyDataIntegrity } from '../proof/data-integrity';
import { dataModelOf } from '../structure/format';
import { idOf, isObject } from '../structure/problem';
import type { PresentedBinding, SecuredPresentation } from './types';

function strings(value: unknown): string[] {
  return [value ?? []].flat().filter((item): item is string => typeof item === 'string');
}

/** The challenge and domain a proof states; `domain` may be one string or a set of them. */
export function bindingOf(proof: unknown): PresentedBinding {
  if (!isObject(proof)) return { challenge: null, domains: [] };

  const challenge = typeof proof.challenge === 'string' ? proof.challenge : null;
  return { challenge, domains: strings(proof.domain) };
}

export async function secureDataIntegrity(
  presentation: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<SecuredPresentation> {
  const input = { document: presentation, fetcher: ctx.fetcher, now: ctx.now };
  const proofs = await verifyDataIntegrity({ ...input, proofPurpose: 'authentication' });

  return {
    presentation,
    securing: proofs.length > 0 ? 'data-integrity' : 'none',
    dataModel: dataModelOf(presentation),
    proofs,
    bindings: proofsOf(presentation).map(bindingOf),
    signer: idOf(presentation.holder),
    checks: [],
  };
}

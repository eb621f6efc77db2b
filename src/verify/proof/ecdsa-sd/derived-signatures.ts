// Checks the signatures of an ecdsa-sd-2023 derived proof (VC DI ECDSA §3.6.7): the issuer's base
// signature over proofHash ‖ publicKey ‖ mandatoryHash, then one proof-scoped signature for each
// disclosed statement that is not mandatory.
import { concatBytes } from '../../encoding/digest';
import type { ResolvedKey } from '../../keys/types';
import { check } from '../../report/check';
import type { Check } from '../../report/types';
import { digest } from '../digest';
import { type EcdsaKey, importEcdsaKey, verifyEcdsaWith } from '../ecdsa';
import { keyTypeMismatch, signatureCheck } from '../signature';
import type { Cryptosuite } from '../suites/types';
import { relabelNQuads } from './label-map';
import type { DerivedProofValue } from './proof-value';

type Details = Record<string, unknown>;

const encoder = new TextEncoder();

function contentMismatch(message: string, details: Details): Check {
  return check('proof', 'failed', 'signature_invalid', message, details);
}

/** §3.5.9 steps 5–7: mandatory statements by their index in the relabelled canonical list. */
function split(nquads: string[], mandatoryIndexes: number[]) {
  const mandatory = new Set(mandatoryIndexes);

  return {
    mandatory: nquads.filter((_, index) => mandatory.has(index)),
    nonMandatory: nquads.filter((_, index) => !mandatory.has(index)),
  };
}

async function baseSignatureValid(
  issuerKey: EcdsaKey,
  derived: DerivedProofValue,
  configText: string,
  mandatory: string[],
): Promise<boolean> {
  const proofHash = await digest(issuerKey.hash, configText);
  const mandatoryHash = await digest(issuerKey.hash, mandatory.join(''));
  const toVerify = concatBytes(proofHash, derived.publicKey, mandatoryHash);

  return verifyEcdsaWith(issuerKey, derived.baseSignature, toVerify);
}

async function statementsValid(
  proofKey: EcdsaKey,
  derived: DerivedProofValue,
  nonMandatory: string[],
) {
  const checks = nonMandatory.map((statement, index) => {
    const signature = derived.signatures[index] as Uint8Array;
    return verifyEcdsaWith(proofKey, signature, encoder.encode(statement));
  });

  return (await Promise.all(checks)).every(Boolean);
}

/**
 * The `proof` check of a derived proof, given the issuer's resolved key, the canonical proof
 * configuration and the canonical disclosed document (with its `_:c14nN` labels).
 */
export async function checkDerivedSignatures(
  suite: Cryptosuite,
  key: ResolvedKey,
  derived: DerivedProofValue,
  texts: { config: string; document: string },
  details: Details,
): Promise<Check> {
  const issuerKey = await importEcdsaKey(key.publicKeyJwk);
  if (!issuerKey) return keyTypeMismatch(suite, details);

  const nquads = relabelNQuads(texts.document, derived.labelMap);
  if (!nquads) {
    return contentMismatch(
      'The disclosed content has statements the issuer never signed.',
      details,
    );
  }

  const { mandatory, nonMandatory } = split(nquads, derived.mandatoryIndexes);
  if (nonMandatory.length !== derived.signatures.length) {
    return contentMismatch('The disclosed statements do not match the signatures given.', details);
  }

  if (!(await baseSignatureValid(issuerKey, derived, texts.config, mandatory))) {
    return signatureCheck(false, details);
  }

  const proofKey = await importEcdsaKey(derived.publicKeyJwk);
  if (!proofKey) {
    const message = "The derived proof's own key is unusable.";
    return check('proof', 'failed', 'proof_value_malformed', message, details);
  }
  return signatureCheck(await statementsValid(proofKey, derived, nonMandatory), details);
}

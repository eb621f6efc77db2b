// The `proof` of a hosted badge: the issuer's own copy, fetched from the assertion's id over
// HTTPS. From here on that copy is authoritative; the copy given is trusted only for its id.
import type { VerifyContext } from '../context';
import { check } from '../report/check';
import type { Check } from '../report/types';
import { fetchJson } from './documents';
import { type Json, type Ob2Document, type Ob2Version, text } from './types';
import { upgradeAssertion } from './upgrade';
import { versionOf } from './version';

export interface HostedProof {
  proof: Check;
  /** The issuer's copy in the 2.0 shape, when it was had (even if the proof did not pass). */
  hosted: (Ob2Document & { original: Json; version: Ob2Version }) | null;
  /** The id answered 410 Gone: the issuer withdrew the badge. */
  gone: boolean;
  /** The URL the assertion was looked up at. */
  id: string | null;
}

/** Status lists and hosted badges are kept briefly, so a revocation shows up soon. */
const MAX_CACHE_SECONDS = 300;

function failure(proof: Check, id: string | null, gone = false): HostedProof {
  return { proof, hosted: null, gone, id };
}

/** Fetches the issuer's copy of a hosted assertion from its id and checks it is that badge. */
export async function fetchHostedAssertion(
  given: Json,
  version: Ob2Version,
  ctx: VerifyContext,
): Promise<HostedProof> {
  const id = text(upgradeAssertion(given, version).id);
  if (id === null || !/^https?:\/\//i.test(id)) {
    const message = 'A hosted badge must have its web address as its id; this one has none.';
    return failure(check('proof', 'failed', 'hosted_assertion_id_invalid', message), null);
  }

  const details = { securing: 'hosted', assertionId: id };
  const fetched = await fetchJson(id, 'assertion', ctx, { maxCacheSeconds: MAX_CACHE_SECONDS });
  if (!fetched.ok) {
    // 410 Gone is a revocation (the status check says so), not a forgery: authenticity is open.
    const gone = fetched.httpStatus === 410;
    const status = gone ? 'unknown' : fetched.status;
    return failure(check('proof', status, fetched.code, fetched.message, details), id, gone);
  }

  const hostedVersion = versionOf(fetched.json);
  const node = upgradeAssertion(fetched.json, hostedVersion);
  const { finalUrl, insecure } = fetched;
  const hosted = { ok: true as const, node, url: id, finalUrl, insecure };
  const withCopy = { hosted: { ...hosted, original: fetched.json, version: hostedVersion } };
  const found = { ...details, finalUrl };

  if (node.id !== id) {
    const other = String(node.id);
    const message = `The document at the badge's address describes another badge (${other}).`;
    const proof = check('proof', 'failed', 'hosted_assertion_id_mismatch', message, found);
    return { ...failure(proof, id), ...withCopy };
  }
  if (insecure) {
    const message =
      "The issuer's copy of the badge came over plain HTTP (not HTTPS), so it may have been " +
      'changed on the way.';
    const proof = check('proof', 'unknown', 'hosted_assertion_insecure', message, found);
    return { ...failure(proof, id), ...withCopy };
  }

  const message = 'The issuer hosts this badge at its own address, fetched over HTTPS.';
  const proof = check('proof', 'passed', 'hosted_assertion_fetched', message, found);
  return { proof, gone: false, id, ...withCopy };
}

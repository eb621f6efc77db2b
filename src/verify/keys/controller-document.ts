// Controller documents (DID documents included): check whose document it is, find a verification
// method in it, and tell which relationships list it. W3C Controlled Identifiers 1.0 §3.
import type { DocumentFetcher } from '../../fetch/types';
import { type DocumentRole, fetchJsonDocument, roleCode, roleNoun } from './fetch-document';
import { failed, type ResolutionFailure, resolved } from './outcome';
import type { KeyResolution } from './types';
import { methodPublicKey } from './verification-method';

export interface ControllerDocument {
  ok: true;
  id: string;
  body: Record<string, unknown>;
  insecure: boolean;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function entries(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A reference inside a document: `#key-1` is relative to the document's id. */
function absolute(reference: string, documentId: string): string {
  return reference.startsWith('#') ? `${documentId}${reference}` : reference;
}

function refersTo(entry: unknown, documentId: string, methodId: string): boolean {
  const reference = isObject(entry) ? entry.id : entry;
  return typeof reference === 'string' && absolute(reference, documentId) === methodId;
}

/** Fetches the document at `url` and requires that its `id` is `expectedId`. */
export async function fetchControllerDocument(
  url: string,
  expectedId: string,
  role: DocumentRole,
  fetcher: DocumentFetcher,
): Promise<ControllerDocument | ResolutionFailure> {
  const fetched = await fetchJsonDocument(url, role, fetcher);
  if (!fetched.ok) return fetched;

  if (fetched.body.id !== expectedId) {
    return failed(
      roleCode(role, 'id_mismatch'),
      `The ${roleNoun(role)} found for ${expectedId} describes a different identifier.`,
    );
  }
  return { ok: true, id: expectedId, body: fetched.body, insecure: fetched.insecure };
}

/** Whether the document lists the method under `relationship` (by reference or embedded). */
export function listsMethod(
  document: ControllerDocument,
  relationship: string,
  methodId: string,
): boolean {
  return entries(document.body[relationship]).some((entry) =>
    refersTo(entry, document.id, methodId),
  );
}

function findMethod(document: ControllerDocument, methodId: string): JsonObject | null {
  const candidates = [
    ...entries(document.body.verificationMethod),
    ...entries(document.body.assertionMethod),
  ];
  const found = candidates.find(
    (entry) => isObject(entry) && refersTo(entry, document.id, methodId),
  );
  return isObject(found) ? found : null;
}

/**
 * The key `methodId` as this document states it. The method's controller must be the document's
 * own subject: a document cannot vouch for a key on behalf of someone else.
 */
export function keyFromDocument(document: ControllerDocument, methodId: string): KeyResolution {
  const method = findMethod(document, methodId);
  if (!method) {
    return failed('key_not_found', `The issuer's document does not list the key ${methodId}.`);
  }

  const controller = method.controller;
  if (typeof controller !== 'string') {
    return failed('key_controller_missing', 'The key does not state who controls it.');
  }
  if (controller !== document.id) {
    return failed('key_controller_mismatch', 'The key names a controller other than the document.');
  }

  const key = methodPublicKey(method);
  if (!key.ok) return key;

  return resolved({
    id: methodId,
    controller,
    assertionMethod: listsMethod(document, 'assertionMethod', methodId),
    publicKeyJwk: key.jwk,
    insecure: document.insecure,
  });
}

// Recognises what a credential is: its data model version, its kind, and how it is secured.
import type { Format, FormatType } from '../report/types';

export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

/** The `type` values of a node, whether written as a string or an array. */
export function typesOf(node: unknown): string[] {
  if (node === null || typeof node !== 'object') return [];
  const type = (node as Record<string, unknown>).type;

  return [type ?? []].flat().filter((t): t is string => typeof t === 'string');
}

export function dataModelOf(credential: Record<string, unknown>): Format['dataModel'] {
  const first = [credential['@context']].flat()[0];
  if (first === VC_V1_CONTEXT) return 'vc-1.1';
  if (first === VC_V2_CONTEXT) return 'vc-2.0';
  return null;
}

function formatType(types: string[]): FormatType {
  if (types.includes('ClrCredential')) return 'clr-2.0';
  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) {
    return 'open-badges-3.0';
  }
  if (types.includes('VerifiableCredential')) return 'verifiable-credential';
  return 'unknown';
}

export function detectFormat(
  credential: Record<string, unknown>,
  securing: Format['securing'],
): Format {
  return { type: formatType(typesOf(credential)), dataModel: dataModelOf(credential), securing };
}

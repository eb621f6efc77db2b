// Brings CASE 1.0 exports (OpenSALT's among them) up to the CASE 1.1 package shape before the
// 1.1 schema judges them. Only these deviations are repaired; anything else is refused.
//
// - `CFDocumentURI`, `CFPackageURI` and `CFItemAssociationURI`: 1.0 navigation links, gone in 1.1.
// - `educationalLevel` (1.0, a string or a list) is 1.1's `educationLevel` (a list).
// - Timestamps without a UTC offset are read as UTC.
// - `sequenceNumber` written as a numeric string becomes the integer 1.1 asks for.
// - A null `description` becomes "" (1.1 requires one on CFItemType; 1.0 exports write null).
// - Other properties whose value is JSON null are dropped: CASE has no null values.

const DROPPED = new Set(['CFDocumentURI', 'CFPackageURI', 'CFItemAssociationURI']);
const DATE_TIME_KEYS = new Set(['lastChangeDateTime', 'statusStartDate', 'statusEndDate']);
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function upgradeValue(key: string, value: Json): [string, Json] | null {
  if (key === 'description' && value === null) return [key, ''];
  if (value === null || DROPPED.has(key)) return null;

  if (key === 'educationalLevel') {
    return ['educationLevel', Array.isArray(value) ? value : [value]];
  }
  if (DATE_TIME_KEYS.has(key) && typeof value === 'string' && LOCAL_DATE_TIME.test(value)) {
    return [key, `${value}Z`];
  }
  if (key === 'sequenceNumber' && typeof value === 'string' && /^-?\d+$/.test(value)) {
    return [key, Number(value)];
  }
  return [key, upgrade(value)];
}

/** A copy of `value` with the CASE 1.0 deviations above repaired. */
export function upgrade(value: Json): Json {
  if (Array.isArray(value)) return value.map(upgrade);
  if (value === null || typeof value !== 'object') return value;

  const out: { [key: string]: Json } = {};
  for (const [key, child] of Object.entries(value)) {
    const upgraded = upgradeValue(key, child);
    if (upgraded) out[upgraded[0]] = upgraded[1];
  }
  return out;
}

export type { Json };

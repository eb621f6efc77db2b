// Limits applied to untrusted input before any parser or JSON-LD processor sees it.

/** Largest credential accepted, in bytes of text. */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** Largest uploaded file (a baked image may be larger than the credential inside it). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Deepest nesting of objects and arrays accepted. Real credentials stay well under 20. */
export const MAX_DEPTH = 32;

/** Most values (objects, arrays, scalars) in one credential. */
export const MAX_NODES = 50_000;

export type ShapeProblem = 'too_deep' | 'too_many_values' | null;

/** Walks a parsed JSON value without recursion and reports the first limit it breaks. */
export function checkShape(value: unknown): ShapeProblem {
  const stack: Array<[unknown, number]> = [[value, 1]];
  let nodes = 0;

  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    nodes += 1;
    if (nodes > MAX_NODES) return 'too_many_values';
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_DEPTH) return 'too_deep';

    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }

  return null;
}

/** Deepest bracket nesting of JSON text, found by a scan that skips strings; runs before parsing. */
export function textDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth -= 1;
  }

  return deepest;
}

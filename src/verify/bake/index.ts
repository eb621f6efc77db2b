// Baked badge images: finds the credential inside a PNG or an SVG file.
// Only recognition is implemented here so far; unbaking itself is not supported yet.

export type UnbakeResult =
  | { ok: true; container: 'png' | 'svg'; text: string }
  | { ok: false; code: string; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Which image container the bytes are, judged by their content (never by a file name). */
export function imageContainer(bytes: Uint8Array): 'png' | 'svg' | null {
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'png';

  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(head))
    return 'svg';
  return null;
}

/** The credential text baked into an image: JSON, a compact JWS, or a URL. */
export function unbake(bytes: Uint8Array): UnbakeResult {
  const container = imageContainer(bytes);
  const kind = container === 'png' ? 'PNG' : 'SVG';
  return {
    ok: false,
    code: 'image_unsupported',
    message: `Reading badges baked into ${kind} images is not supported yet.`,
  };
}

// Baked badge images: finds the credential inside a PNG (iTXt `openbadges` or
// `openbadgecredential`) or an SVG (`<openbadges:assertion>` or `<openbadges:credential>`).
import { MAX_FILE_BYTES } from '../input/limits';
import { failure, type UnbakeFailure } from './failures';
import { unbakePng } from './png';
import { unbakeSvg } from './svg';

export type UnbakeResult = { ok: true; container: 'png' | 'svg'; text: string } | UnbakeFailure;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** How far into a file the `<svg` start tag is looked for, past a prolog, comments or a DTD. */
const SVG_SNIFF_BYTES = 64 * 1024;

/** Which image container the bytes are, judged by their content (never by a file name). */
export function imageContainer(bytes: Uint8Array): 'png' | 'svg' | null {
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'png';

  const head = new TextDecoder().decode(bytes.subarray(0, SVG_SNIFF_BYTES)).trimStart();
  if (/^<svg[\s>/]/i.test(head)) return 'svg';
  if (/^<(\?xml|!doctype|!--)/i.test(head) && /<svg[\s>/]/i.test(head)) return 'svg';
  return null;
}

/**
 * The credential text baked into an image: JSON, a compact JWS or JWT, or a URL. Never throws;
 * an image with nothing baked in answers `no_credential_in_image`.
 *
 * @example
 * const baked = await unbake(bytes);
 * if (baked.ok) readText(baked.text);
 */
export async function unbake(bytes: Uint8Array): Promise<UnbakeResult> {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, code: 'input_too_large', message: 'The file is larger than 5 MiB.' };
  }

  const container = imageContainer(bytes);
  if (container === null) return failure('no_credential_in_image');

  const baked = container === 'png' ? await unbakePng(bytes) : unbakeSvg(bytes);
  return baked.ok ? { ok: true, container, text: baked.text } : baked;
}

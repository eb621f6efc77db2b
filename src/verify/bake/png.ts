// Takes the credential out of a baked PNG: checks every chunk, finds the one credential text
// chunk, and inflates it under the engine's input limit.
import { MAX_INPUT_BYTES } from '../input/limits';
import { failure, type UnbakeFailure } from './failures';
import { inflateCapped } from './inflate';
import { readPngChunks } from './png-chunks';
import { type BakedText, findCredentialChunks, readBakedText } from './png-text';

export type PngUnbaked = { ok: true; text: string } | UnbakeFailure;

// The specification says tEXt and zTXt hold Latin-1, but bakers write UTF-8 JSON, and the two
// agree on ASCII, which JSON, JWS and URLs are made of. The default decoder is not fatal.
const UTF8 = new TextDecoder();

async function decodeText(baked: BakedText): Promise<PngUnbaked> {
  if (!baked.compressed) {
    if (baked.data.length > MAX_INPUT_BYTES) return failure('input_too_large');
    return { ok: true, text: UTF8.decode(baked.data) };
  }

  const inflated = await inflateCapped(baked.data, MAX_INPUT_BYTES);
  if (!inflated.ok) {
    return failure(inflated.reason === 'too_large' ? 'input_too_large' : 'png_text_corrupt');
  }
  return { ok: true, text: UTF8.decode(inflated.bytes) };
}

/** The credential text baked into a PNG, or why there is none. */
export async function unbakePng(bytes: Uint8Array): Promise<PngUnbaked> {
  const read = readPngChunks(bytes);
  if (!read.ok) return failure(read.reason);

  const found = findCredentialChunks(read.chunks);
  if (found.length > 1) return failure('image_ambiguous');
  if (!found[0]) return failure('no_credential_in_image');

  const baked = readBakedText(found[0]);
  if (!baked) return failure('png_malformed');
  return decodeText(baked);
}

// The ways unbaking can fail, each with a stable code and a sentence a hiring manager can read.
// No message quotes the image: its content is untrusted and may carry markup.

/** What `unbake` answers when no credential could be taken out of the image. */
export interface UnbakeFailure {
  ok: false;
  code: string;
  message: string;
}

const FAILURES = {
  no_credential_in_image: 'No credential found in this image.',
  image_ambiguous:
    'This image carries more than one credential, so it is not clear which one to verify.',
  image_unsupported: 'This file is XML but not an SVG image.',
  input_too_large: 'The credential baked into this image is larger than 1 MiB.',
  png_malformed: 'The PNG image is damaged: its chunks do not fit the file.',
  png_truncated: 'The PNG image is damaged: it ends before its closing chunk (IEND).',
  png_text_corrupt: 'The PNG image is damaged: its compressed credential text does not inflate.',
  png_crc_mismatch: 'The PNG image is damaged: a chunk does not match its checksum (CRC).',
  svg_malformed: 'The SVG image is not well-formed XML.',
  svg_dtd_refused:
    'The SVG image declares its own document type with entities (a DTD); such images are refused.',
  svg_too_deep: 'The SVG image is nested too deeply.',
} as const;

export type FailureReason = keyof typeof FAILURES;

/** Stable codes: a damaged PNG is `png_malformed` however it is damaged, bar a bad CRC. */
const CODES: Partial<Record<FailureReason, string>> = {
  png_truncated: 'png_malformed',
  png_text_corrupt: 'png_malformed',
};

/** The failure for a reason, with its stable code and message. */
export function failure(reason: FailureReason): UnbakeFailure {
  return { ok: false, code: CODES[reason] ?? reason, message: FAILURES[reason] };
}

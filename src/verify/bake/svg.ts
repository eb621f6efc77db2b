// Takes the credential out of a baked SVG, parsed as untrusted XML by a SAX parser (saxes): it
// never fetches anything and does not expand entities; a DTD with an internal subset is refused.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { MAX_INPUT_BYTES } from '../input/limits';
import { type FailureReason, failure, type UnbakeFailure } from './failures';

export type SvgUnbaked = { ok: true; text: string } | UnbakeFailure;

/** The namespace of `<openbadges:assertion>` (2.0) and `<openbadges:credential>` (3.0). */
export const OPEN_BADGES_NAMESPACE = 'http://openbadges.org';

const CREDENTIAL_ELEMENTS = ['assertion', 'credential'];

/** Deepest element nesting accepted; badge artwork stays far below it. */
export const MAX_SVG_DEPTH = 256;

/** Thrown from the parser's handlers to stop at the first problem. */
class Stop extends Error {
  constructor(readonly reason: FailureReason) {
    super(reason);
  }
}

/** A credential element met in the document: its `verify` attribute and its body text. */
interface Found {
  verify: string | null;
  body: string;
}

function isCredentialElement(tag: SaxesTagNS): boolean {
  return tag.uri === OPEN_BADGES_NAMESPACE && CREDENTIAL_ELEMENTS.includes(tag.local);
}

function verifyAttribute(tag: SaxesTagNS): string | null {
  const attribute = Object.values(tag.attributes).find((a) => a.local === 'verify' && !a.uri);
  return attribute ? attribute.value : null;
}

/** The state of one pass over the document: element depth, and the credential elements met. */
class Walk {
  readonly found: Found[] = [];
  private depth = 0;
  /** Depth inside the current credential element; 0 when outside any. */
  private inside = 0;

  open(tag: SaxesTagNS): void {
    this.depth += 1;
    if (this.depth > MAX_SVG_DEPTH) throw new Stop('svg_too_deep');
    if (this.depth === 1 && tag.local !== 'svg') throw new Stop('image_unsupported');

    if (this.inside > 0) this.inside += 1;
    else if (isCredentialElement(tag)) {
      this.found.push({ verify: verifyAttribute(tag), body: '' });
      this.inside = 1;
    }
  }

  close(): void {
    this.depth -= 1;
    if (this.inside > 0) this.inside -= 1;
  }

  text(text: string): void {
    const current = this.found[this.found.length - 1];
    if (this.inside === 0 || !current) return;

    current.body += text;
    if (current.body.length > MAX_INPUT_BYTES) throw new Stop('input_too_large');
  }
}

/** Walks the document once, collecting every credential element. Throws `Stop`. */
function collect(xml: string): Found[] {
  // Prefixes left undeclared by a careless baker still resolve to the Open Badges namespace.
  const additionalNamespaces = { openbadges: OPEN_BADGES_NAMESPACE };
  const parser = new SaxesParser({ xmlns: true, additionalNamespaces });
  const walk = new Walk();

  parser.on('error', () => {
    throw new Stop('svg_malformed');
  });
  // An internal subset is where entity bombs and external entities are declared.
  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) throw new Stop('svg_dtd_refused');
  });
  parser.on('opentag', (tag) => walk.open(tag));
  parser.on('closetag', () => walk.close());
  parser.on('text', (text) => walk.text(text));
  parser.on('cdata', (text) => walk.text(text));

  parser.write(xml).close();
  return walk.found;
}

/** What to verify: a `verify` attribute (a URL or a JWS) wins; otherwise the body (JSON). */
function credentialText(found: Found): string | null {
  const verify = found.verify?.trim() ?? '';
  if (verify !== '') return verify;

  const body = found.body.trim();
  return body === '' ? null : body;
}

/** The credential text baked into an SVG, or why there is none. */
export function unbakeSvg(bytes: Uint8Array): SvgUnbaked {
  let found: Found[];
  try {
    found = collect(new TextDecoder().decode(bytes));
  } catch (error) {
    return failure(error instanceof Stop ? error.reason : 'svg_malformed');
  }

  if (found.length > 1) return failure('image_ambiguous');
  const text = found[0] ? credentialText(found[0]) : null;
  if (text === null) return failure('no_credential_in_image');

  return { ok: true, text };
}

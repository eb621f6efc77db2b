// The identity the hiring manager gave (an email, URL, phone number or DID): what kind it is, and
// the spellings of it an issuer may have hashed (an email in lower case, a phone number bare).
import type { IdentityKind } from './identity';

export interface RequestedIdentity {
  kind: IdentityKind;
  /** The spellings to compare, the text as given first. */
  candidates: string[];
}

const PHONE = /^\+?[\d\s().-]{5,}$/;

function kindOf(text: string): IdentityKind {
  if (/^did:/i.test(text)) return 'did';
  if (/^https?:\/\//i.test(text)) return 'url';
  if (/^[^\s@:/]+@[^\s@/]+$/.test(text)) return 'email';
  if (PHONE.test(text) && /\d{5}/.test(text.replace(/\D/g, ''))) return 'phone';
  return 'other';
}

function spellings(kind: IdentityKind, text: string): string[] {
  switch (kind) {
    case 'email':
      return [text, text.toLowerCase()];
    case 'phone': {
      const bare = text.replace(/[\s().-]/g, '');
      return [text, bare, `tel:${bare}`];
    }
    case 'url':
      return text.endsWith('/') ? [text, text.slice(0, -1)] : [text, `${text}/`];
    default:
      return [text];
  }
}

/** Classifies the identity given; `mailto:` and `tel:` prefixes are read as email and phone. */
export function readRequested(requested: string): RequestedIdentity {
  let text = requested.trim();
  if (/^mailto:/i.test(text)) text = text.slice('mailto:'.length);
  if (/^tel:/i.test(text)) text = text.slice('tel:'.length);

  const kind = kindOf(text);
  return { kind, candidates: [...new Set(spellings(kind, text))] };
}

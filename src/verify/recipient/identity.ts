// A recipient identity as a credential states it: Open Badges 2.0 `recipient` and Open Badges 3.0
// `IdentityObject` both name a type, a plaintext or hashed identity, and an optional salt.

/** One identity a credential was issued to. */
export interface RecipientIdentity {
  /**
   * The identity's type in the credential's own words: `email`, `url`, `telephone` (Open Badges
   * 2.0), `emailAddress`, `did`, `phoneNumber`, `name`, `sourcedId`… (Open Badges 3.0); null when
   * the credential does not say.
   */
  type: string | null;
  /** The plaintext identity, or `<algorithm>$<hex digest>` when `hashed`. */
  identity: string;
  hashed: boolean;
  /** Appended to the plaintext before hashing; null when there is none. */
  salt: string | null;
  /**
   * Where the credential states it: `recipient`, `credentialSubject.identifier` or
   * `credentialSubject.id`.
   */
  source: string;
}

/** What kind of identity a type names, so an email is never compared with a student number. */
export type IdentityKind = 'email' | 'url' | 'phone' | 'did' | 'other';

const KIND_OF_TYPE: Readonly<Record<string, IdentityKind>> = {
  email: 'email',
  emailaddress: 'email',
  url: 'url',
  telephone: 'phone',
  phone: 'phone',
  phonenumber: 'phone',
  did: 'did',
};

/** The kind a stated type names; any type outside the table (`name`, `sourcedId`…) is `other`. */
export function kindOfType(type: string): IdentityKind {
  return KIND_OF_TYPE[type.toLowerCase()] ?? 'other';
}

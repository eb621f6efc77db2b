// The `recipient` check and the readers of recipient identities, for every credential format.
export { checkRecipient } from './check-recipient';
export { ob2RecipientIdentities, ob3RecipientIdentities } from './extract';
export { type HashAlgorithm, hashIdentity, parseIdentityHash } from './hash';
export type { IdentityKind, RecipientIdentity } from './identity';

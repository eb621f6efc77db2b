// Key resolution: from a verification method id to a public key and its controller.
export { resolveVerificationMethod } from './resolve';
export { didWebUrl } from './did-web';
export type * from './types';

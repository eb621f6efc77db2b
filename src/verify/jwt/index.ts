// VC-JWT: decoding a JWT-secured credential and verifying its signature.
export { type DecodedOk, type DecodedVcJwt, decodeVcJwt, type JWTHeader } from './decode';
export { verifyVcJwtProof } from './verify';

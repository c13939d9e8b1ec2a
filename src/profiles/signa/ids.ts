/** Signa id and secret formats. */
import { randomAlphanumeric, toBase64Url, type RandomBytes } from '../shared/ids.js';

/** `whk_` + 24 alphanumerics (inferred length; the seed gives only the prefix). */
export function newEndpointId(randomBytes: RandomBytes): string {
  return `whk_${randomAlphanumeric(randomBytes, 24)}`;
}

/** `whsec_` + 32 base64url characters (24 random bytes), per design.md. */
export function newSigningSecret(randomBytes: RandomBytes): string {
  return `whsec_${toBase64Url(randomBytes(24))}`;
}

/** `req_` + 14 alphanumerics, like Stripe's request ids. */
export function newRequestId(randomBytes: RandomBytes): string {
  return `req_${randomAlphanumeric(randomBytes, 14)}`;
}

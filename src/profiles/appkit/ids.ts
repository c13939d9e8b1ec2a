import { toBase64, type RandomBytes } from '../shared/ids.js';

/** `whsec_` + base64 of 32 random bytes (design.md; Standard Webhooks key format). */
export function newAppkitSecret(randomBytes: RandomBytes): string {
  return `whsec_${toBase64(randomBytes(32))}`;
}

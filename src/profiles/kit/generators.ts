/**
 * Id and secret makers the providers build from. The encodings themselves live in the leaf
 * (`src/plumbing/ids.ts`); these are the shapes providers share.
 */
import { randomAlphanumeric, toBase64, toBase64Url, toHex, uuidV4, type RandomBytes } from '../../plumbing/index.js';

export { randomAlphanumeric, toBase64, toBase64Url, toHex, uuidV4, type RandomBytes };

/** `prefix` + `length` alphanumerics (`whk_…`, `req_…`). */
export const prefixedId =
  (prefix: string, length: number) =>
  (randomBytes: RandomBytes): string =>
    `${prefix}${randomAlphanumeric(randomBytes, length)}`;

/** `prefix` + `bytes` random bytes in the given encoding (`whsec_` + base64 of 32 bytes). */
export const randomSecret =
  (prefix: string, bytes: number, encoding: 'base64' | 'base64url' | 'hex') =>
  (randomBytes: RandomBytes): string => {
    const raw = randomBytes(bytes);
    return `${prefix}${encoding === 'hex' ? toHex(raw) : encoding === 'base64' ? toBase64(raw) : toBase64Url(raw)}`;
  };

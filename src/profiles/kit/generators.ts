/**
 * Id and secret makers the providers build from. The encodings themselves live in the leaf
 * (`src/plumbing/ids.ts`); these are the shapes providers share. A provider's `ids.ts` holds only
 * its rules (prefix, length, encoding) and builds them from these.
 */
import { randomAlphanumeric, toBase64, toBase64Url, toHex, uuidV4, type RandomBytes } from '../../plumbing/index.js';

export { randomAlphanumeric, toBase64, toBase64Url, toHex, uuidV4, type RandomBytes };

/** `prefix` + `length` alphanumerics (`whk_…`, `req_…`). */
export const prefixedId =
  (prefix: string, length: number) =>
  (randomBytes: RandomBytes): string =>
    `${prefix}${randomAlphanumeric(randomBytes, length)}`;

/** `prefix` + `bytes` random bytes in the given encoding: secrets (`whsec_` + base64 of 32 bytes) and hex ids alike. */
export const randomEncoded =
  (prefix: string, bytes: number, encoding: 'base64' | 'base64url' | 'hex') =>
  (randomBytes: RandomBytes): string => {
    const raw = randomBytes(bytes);
    return `${prefix}${encoding === 'hex' ? toHex(raw) : encoding === 'base64' ? toBase64(raw) : toBase64Url(raw)}`;
  };

/**
 * The next number of a counter the provider keeps in its state (so it survives restarts), counted
 * up as it is handed out: GitHub's hook ids, Alerting's `wh-001`.
 */
export const sequentialId =
  <Counter extends string>(counter: Counter) =>
  (state: Record<Counter, number>): number =>
    state[counter]++;

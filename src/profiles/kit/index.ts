export { bearerAuth, type BearerOptions } from './bearer-auth.js';
export { signedRequestAuth, type SignedRequestOptions } from './signed-request-auth.js';
export { findKey } from './find-key.js';
export {
  prefixedId,
  randomAlphanumeric,
  randomEncoded,
  sequentialId,
  toBase64,
  toBase64Url,
  toHex,
  uuidV4,
  type RandomBytes,
} from './generators.js';
export { bodyObject, onlyMembers, type BodyObjectOptions } from './body-object.js';
export { errorTable, type ErrorTable, type ErrorTableInput } from './error-table.js';
export { findOr404 } from './find-or-404.js';
export { isoMillis, isoSeconds, unixSeconds } from './timestamps.js';
export { controlRoutesFrom } from './control-routes.js';
export { withIdempotency, type IdempotencyRecord, type IdempotencyRules } from './idempotency.js';
export { neutralEndpoints, readOnly, sameField, type NeutralField, type NeutralFieldMap } from './neutral-fields.js';

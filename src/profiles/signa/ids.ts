/** Signa id and secret formats. */
import { prefixedId, randomEncoded } from '../kit/index.js';

/** `whk_` + 24 alphanumerics (inferred length; the seed gives only the prefix). */
export const newEndpointId = prefixedId('whk_', 24);

/** `whsec_` + 32 base64url characters (24 random bytes), as Signa issues them. */
export const newSigningSecret = randomEncoded('whsec_', 24, 'base64url');

/** `req_` + 14 alphanumerics, like Stripe's request ids. */
export const newRequestId = prefixedId('req_', 14);

/** `evt_` + 24 alphanumerics. */
export const newEventId = prefixedId('evt_', 24);

/** appkit's id and secret formats (Standard Webhooks). */
import { prefixedId, randomEncoded, uuidV4 } from '../kit/index.js';

export const newEndpointId = uuidV4;

/** `whsec_` + base64 of 32 random bytes (the Standard Webhooks key format). */
export const newAppkitSecret = randomEncoded('whsec_', 32, 'base64');

/** Standard Webhooks message ids: `msg_` + 27 alphanumerics. */
export const newEventId = prefixedId('msg_', 27);

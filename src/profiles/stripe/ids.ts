/** Stripe's id and secret shapes: a prefix and 24 (ids) or 32 (secrets) alphanumerics. */
import { randomAlphanumeric, type RandomBytes } from '../shared/ids.js';

export const newEndpointId = (randomBytes: RandomBytes): string => `we_${randomAlphanumeric(randomBytes, 24)}`;
export const newEventId = (randomBytes: RandomBytes): string => `evt_${randomAlphanumeric(randomBytes, 24)}`;
export const newWebhookSecret = (randomBytes: RandomBytes): string => `whsec_${randomAlphanumeric(randomBytes, 32)}`;
export const newRequestId = (randomBytes: RandomBytes): string => `req_${randomAlphanumeric(randomBytes, 14)}`;

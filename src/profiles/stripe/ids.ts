/** Stripe's id and secret shapes: a prefix and 24 (ids) or 32 (secrets) alphanumerics. */
import { prefixedId } from '../kit/index.js';

export const newEndpointId = prefixedId('we_', 24);
export const newEventId = prefixedId('evt_', 24);
export const newWebhookSecret = prefixedId('whsec_', 32);
export const newRequestId = prefixedId('req_', 14);

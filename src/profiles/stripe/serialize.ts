/** The webhook endpoint object in Stripe's field order; `secret` only in the create response. */
import type { StripeEndpoint } from './state.js';

export function endpointJson(e: StripeEndpoint, options: { withSecret: boolean } = { withSecret: false }): Record<string, unknown> {
  return {
    id: e.id,
    object: 'webhook_endpoint',
    api_version: e.api_version,
    application: null,
    created: e.created,
    description: e.description,
    enabled_events: [...e.enabled_events],
    livemode: false,
    metadata: { ...e.metadata },
    ...(options.withSecret ? { secret: e.secret } : {}),
    status: e.status,
    url: e.url,
  };
}

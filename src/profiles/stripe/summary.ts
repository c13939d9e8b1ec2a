/** Control-API hooks: the profile-neutral endpoint view and the secret that signs deliveries. */
import type { EndpointSummary } from '../types.js';
import type { StripeState } from './state.js';

export function listStripeEndpoints(state: StripeState): EndpointSummary[] {
  return state.endpoints.map((e) => ({
    id: e.id,
    profile: 'stripe',
    url: e.url,
    events: [...e.enabled_events],
    status: e.status,
    active: e.status === 'enabled',
    description: e.description,
    // Stripe shows the secret only in the create response (the dashboard reveals it on demand).
    secretMasked: null,
    createdAt: new Date(e.created * 1000).toISOString(),
    updatedAt: null,
  }));
}

export function stripeSigningSecrets(state: StripeState, endpointId: string): string[] {
  const endpoint = state.endpoints.find((e) => e.id === endpointId);
  return endpoint ? [endpoint.secret] : [];
}

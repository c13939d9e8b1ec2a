/** Control-API hooks: the neutral endpoint fields in Stripe's terms, and the secret that signs deliveries. */
import { neutralEndpoints } from '../kit/index.js';
import { enabledEventsFields } from '../shared/enabled-events-fields.js';
import type { StripeEndpoint, StripeState } from './state.js';

export const stripeNeutral = neutralEndpoints<StripeState, StripeEndpoint>('stripe', (state) => state.endpoints, {
  id: (e) => e.id,
  ...enabledEventsFields('enabled'),
  // Stripe shows the secret only in the create response (the dashboard reveals it on demand).
  secretMasked: () => null,
  createdAt: (e) => new Date(e.created * 1000).toISOString(),
  updatedAt: () => null,
});

export function stripeSigningSecrets(state: StripeState, endpointId: string): string[] {
  const endpoint = state.endpoints.find((e) => e.id === endpointId);
  return endpoint ? [endpoint.secret] : [];
}

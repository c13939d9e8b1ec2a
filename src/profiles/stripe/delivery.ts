/** How Stripe delivers: its request headers, `*` subscriptions, test-mode retries. */
import type { DeliveryHooks } from '../types.js';
import { newEventId } from './ids.js';
import type { StripeState } from './state.js';

const HOUR = 3600_000;

/** Test mode: the first attempt and three retries over a few hours (1 h, 2 h, 4 h apart). */
export const STRIPE_TEST_RETRY_SCHEDULE: readonly number[] = [0, HOUR, 2 * HOUR, 4 * HOUR];

export const stripeDelivery: DeliveryHooks<StripeState> = {
  eventId: newEventId,
  retrySchedule: STRIPE_TEST_RETRY_SCHEDULE,
  matches(state, id, type) {
    const endpoint = state.endpoints.find((e) => e.id === id);
    return !!endpoint && (endpoint.enabled_events.includes('*') || endpoint.enabled_events.includes(type));
  },
  disable(state, id) {
    const endpoint = state.endpoints.find((e) => e.id === id);
    if (endpoint) endpoint.status = 'disabled';
  },
  headers: () => ({
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
    accept: '*/*; q=0.5, application/xml',
    'cache-control': 'no-cache',
  }),
};

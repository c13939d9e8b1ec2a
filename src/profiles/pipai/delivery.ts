import type { DeliveryHooks } from '../types.js';
import { newEventId } from './ids.js';
import type { PipaiState } from './state.js';

/** `strategy.*`, `backtest.*`, `account.*` and `*` subscribe to families of events. */
export function matchesPipaiEvents(subscribed: readonly string[], type: string): boolean {
  return subscribed.some((s) => s === type || s === '*' || (s.endsWith('.*') && type.startsWith(s.slice(0, -1))));
}

export const pipaiDelivery: DeliveryHooks<PipaiState> = {
  eventId: newEventId,
  matches(state, id, type) {
    const webhook = state.webhooks.find((w) => w.id === id);
    return !!webhook && webhook.status === 'active' && type !== 'webhook.test' && matchesPipaiEvents(webhook.events, type);
  },
  onAttempt(state, id, outcome) {
    const webhook = state.webhooks.find((w) => w.id === id);
    if (!webhook) return;
    webhook.last_delivery_at = outcome.at;
    if (outcome.ok) {
      webhook.consecutive_failures = 0;
      webhook.last_success_at = outcome.at;
    } else webhook.consecutive_failures++;
  },
  disable(state, id) {
    const webhook = state.webhooks.find((w) => w.id === id);
    if (webhook) webhook.status = 'broken';
  },
  headers: (event) => ({ 'X-PipAI-Event': event.type }),
};

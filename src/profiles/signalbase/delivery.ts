import type { DeliveryHooks } from '../types.js';
import { newEventId } from './ids.js';
import type { SignalbaseState } from './state.js';
import { matchesSignalbaseFilters } from './filters.js';

/** Signalbase keeps `stats` true and deactivates (active=false) on 410 or five days of failures. */
export const signalbaseDelivery: DeliveryHooks<SignalbaseState> = {
  eventId: newEventId,
  matches(state, id, type, event) {
    const webhook = state.webhooks.find((w) => w.id === id);
    if (!webhook?.active || !webhook.event_types.includes(type)) return false;
    // system.test is only ever delivered by the Send Test Event endpoint (seed).
    if (type === 'system.test') return false;
    return matchesSignalbaseFilters(webhook.filters, event);
  },
  onAttempt(state, id, outcome) {
    const webhook = state.webhooks.find((w) => w.id === id);
    if (!webhook) return;
    const stats = webhook.stats;
    stats.total_deliveries++;
    if (outcome.ok) {
      stats.successful_deliveries++;
      stats.last_success_at = outcome.at;
      stats.consecutive_failures = 0;
    } else {
      stats.failed_deliveries++;
      stats.last_failure_at = outcome.at;
      stats.consecutive_failures++;
    }
  },
  disable(state, id, _reason, at) {
    const webhook = state.webhooks.find((w) => w.id === id);
    if (webhook) {
      webhook.active = false;
      webhook.updated_at = at;
    }
  },
  headers: (event) => ({ 'X-Signalbase-Event': event.type }),
};

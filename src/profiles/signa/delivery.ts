import type { DeliveryHooks } from '../types.js';
import { newEventId } from './ids.js';
import type { SignaState } from './state.js';

/** Signa keeps consecutive_failures, last_success_at, last_failure_at and status true. */
export const signaDelivery: DeliveryHooks<SignaState> = {
  eventId: newEventId,
  onAttempt(state, id, outcome) {
    const endpoint = state.endpoints.find((e) => e.id === id);
    if (!endpoint) return;
    if (outcome.ok) {
      endpoint.consecutive_failures = 0;
      endpoint.last_success_at = outcome.at;
    } else {
      endpoint.consecutive_failures++;
      endpoint.last_failure_at = outcome.at;
    }
  },
  disable(state, id, _reason, at) {
    const endpoint = state.endpoints.find((e) => e.id === id);
    if (endpoint) {
      endpoint.status = 'disabled';
      endpoint.updated_at = at;
    }
  },
  headers: (event) => ({ 'Signa-Event-Type': event.type }),
};

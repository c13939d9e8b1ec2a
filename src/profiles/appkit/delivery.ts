import type { DeliveryHooks } from '../types.js';
import { newEventId } from './ids.js';
import type { AppkitState } from './state.js';

/** Standard Webhooks message ids (`msg_…`); 410 or five days of failures set active=false. */
export const appkitDelivery: DeliveryHooks<AppkitState> = {
  eventId: newEventId,
  matches(state, id, type) {
    const endpoint = state.endpoints.find((e) => e.id === id);
    return !!endpoint && endpoint.active && endpoint.events.includes(type);
  },
  disable(state, id, _reason, at) {
    const endpoint = state.endpoints.find((e) => e.id === id);
    if (endpoint) {
      endpoint.active = false;
      endpoint.updatedAt = at;
    }
  },
};

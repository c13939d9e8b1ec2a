/** How Svix delivers: svix-* signature headers, its sender's User-Agent, the default schedule. */
import type { DeliveryHooks } from '../types.js';
import { newMessageId } from './ids.js';
import { receives } from './messages.js';
import type { SvixState } from './state.js';

export const svixDelivery: DeliveryHooks<SvixState> = {
  eventId: newMessageId,
  // Svix's schedule is hookyard's default: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h.
  matches(state, id, type) {
    const endpoint = state.endpoints.find((e) => e.id === id);
    return !!endpoint && receives(endpoint, type, null);
  },
  disable(state, id, _reason, at) {
    const endpoint = state.endpoints.find((e) => e.id === id);
    if (endpoint) {
      endpoint.disabled = true;
      endpoint.updatedAt = at;
    }
  },
  headers: () => ({ 'user-agent': 'Svix-Webhooks/1.0 (sender-hookyard; +https://www.svix.com/http-sender/)' }),
};

import type { DeliveryHooks } from '../types.js';
import { newEventId } from './ids.js';
import type { AlertingState } from './state.js';

/**
 * Alerting endpoints have no event filter: they take every alert.* event but the test one.
 * Unsigned deliveries (signingEnabled false) still carry X-Alerting-Delivery. Alerting endpoints
 * have no enabled flag, so 410 or five days of failures stop the deliveries only (inferred).
 */
export const alertingDelivery: DeliveryHooks<AlertingState> = {
  eventId: newEventId,
  matches: (state, id, type) => type !== 'alert.test' && state.endpoints.some((e) => e.id === id),
  headers: (event) => ({ 'X-Alerting-Event': event.type, 'X-Alerting-Delivery': event.id }),
};

export { Dispatcher } from './dispatcher.js';
export { DeliveryError } from './fire-input.js';
export type { DispatcherDeps } from './dispatcher.js';
export type { FireInput } from './fire-input.js';
export { EventCatalogue, renderTemplate, applyOverrides, builtInEventsDir } from './event-catalogue.js';
export { createHttpSender } from './http-sender.js';
export type { Sender, SendRequest, SendResult, DeliveryErrorKind } from './http-sender.js';
export { DestinationPolicy } from './destination-policy.js';
export type { LookupFunction } from './destination-policy.js';
export { DEFAULT_SCHEDULE_MS, AUTO_DISABLE_AFTER_MS, parseRetryAfter, nextDelay } from './retry-policy.js';
export type {
  AttemptMeta,
  AttemptRecord,
  DeliveryFaults,
  DeliveryRecord,
  EventMeta,
  EventRecord,
  FullDeliveryRecord,
} from './delivery-types.js';
export { DeliveryHistory } from './delivery-history.js';
export { profileDeliveries } from './profile-deliveries.js';

import type { DeliveryFaults } from './delivery-types.js';

export interface FireInput {
  profile: string;
  type: string;
  /** Only this endpoint (the test routes, `--endpoint`); otherwise every matching active endpoint. */
  endpointId?: string;
  /** Several given endpoints (a Svix message's matching endpoints), each delivered unconditionally. */
  endpointIds?: readonly string[];
  /** Send `body` exactly as given: no `{{…}}` placeholders filled (a provider API's own payload). */
  verbatim?: boolean;
  /** The event id, when the provider's API chose it (a Svix message id). */
  eventId?: string;
  /** `--set path=value` overrides. */
  sets?: ReadonlyArray<readonly [string, string]>;
  /** Replaces the event's `data`. */
  data?: unknown;
  /** Deep-merged into the rendered event (the inspector's "merge into the event" JSON). */
  merge?: unknown;
  /** A whole body instead of the catalogue's (the inspector's edited payload). */
  body?: string;
  /** Several events in one trigger (out-of-order batches). */
  count?: number;
  faults?: DeliveryFaults;
}

export class DeliveryError extends Error {
  constructor(
    readonly code: 'unknown_profile' | 'unknown_event' | 'unknown_endpoint' | 'bad_payload',
    message: string,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

import { sameField, type NeutralFieldMap } from '../kit/index.js';

interface EnabledEventsEndpoint {
  url: string;
  enabled_events: readonly string[];
  description: string | null;
  status: string;
}

/**
 * The neutral fields in a Stripe-style body (`url`, `enabled_events`, `description`, and
 * `disabled`, which only update takes), for the providers whose API takes that body; `enabled`
 * is the status word of an active endpoint.
 */
export function enabledEventsFields<Endpoint extends EnabledEventsEndpoint>(
  enabled: string,
): Pick<NeutralFieldMap<Endpoint>, 'url' | 'events' | 'description' | 'active' | 'status'> {
  return {
    url: sameField('url'),
    events: sameField('enabled_events'),
    description: sameField('description'),
    active: { read: (e) => e.status === enabled, body: 'disabled', toBody: (active) => !active, updateOnly: true },
    status: (e) => e.status,
  };
}

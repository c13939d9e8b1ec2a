import type { EndpointSummary, ProfileDefinition } from '../profiles/types.js';
import { DeliveryError, type FireInput } from './fire-input.js';
import type { DeliveryRecord } from './delivery-types.js';

/** The endpoints an event goes to: the one named, the several named, or every active one. */
export function targetEndpoints(profile: ProfileDefinition<any>, all: EndpointSummary[], input: FireInput): EndpointSummary[] {
  if (input.endpointId) {
    const one = all.find((e) => e.id === input.endpointId);
    if (!one) throw new DeliveryError('unknown_endpoint', `${profile.title} has no endpoint "${input.endpointId}"`);
    return [one];
  }
  if (input.endpointIds) return all.filter((e) => input.endpointIds!.includes(e.id));
  return all.filter((e) => e.active);
}

/** Named endpoints always get the event; the others when the provider's rule (or the endpoint's event list) wants it. */
export function wantsEvent(
  profile: ProfileDefinition<any>,
  state: unknown,
  endpoint: EndpointSummary,
  input: FireInput,
  parsed: unknown,
): boolean {
  if (input.endpointId || input.endpointIds) return true;
  if (profile.delivery?.matches) return profile.delivery.matches(state, endpoint.id, input.type, parsed);
  return endpoint.events.includes(input.type);
}

/** The order of first attempts: as created, or shuffled for the out-of-order fault. */
export function attemptOrder(
  deliveries: DeliveryRecord[],
  outOfOrder: boolean | undefined,
  randomBytes: (size: number) => Uint8Array,
): DeliveryRecord[] {
  if (!outOfOrder || deliveries.length < 2) return deliveries;
  // Fisher–Yates with injected randomness; a shuffle that changes nothing is reversed instead.
  const order = [...deliveries];
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomBytes(1)[0]! % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  if (order.every((d, i) => d === deliveries[i])) order.reverse();
  return order;
}

import type { DeliveryView, ProfileDefinition, ProfileDeliveries } from '../profiles/types.js';
import type { DeliveryDocument, DeliveryRecord } from './delivery-types.js';
import type { Dispatcher } from './dispatcher.js';

export function toDeliveryView(d: DeliveryRecord, createdAt: string): DeliveryView {
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    state: d.state,
    createdAt,
    nextAttemptAt: d.nextAttemptAt,
    attempts: d.attempts.map((a) => ({ id: a.id, number: a.number, at: a.at, ok: a.ok, status: a.status, durationMs: a.durationMs, errorKind: a.errorKind, responseBody: a.response?.body ?? null, request: { headers: { ...a.request.headers }, body: a.request.body }, responseHeaders: a.response ? { ...a.response.headers } : null })),
  };
}

/** The delivery engine as the profiles' test, deliveries and retry routes see it. */
export function profileDeliveries(dispatcher: () => Dispatcher, doc: () => DeliveryDocument, profiles: readonly ProfileDefinition<any>[]): ProfileDeliveries {
  const created = (d: DeliveryRecord): string => doc().events.find((e) => e.id === d.eventId)?.createdAt ?? d.attempts[0]?.at ?? '';
  return {
    async sendTest(profileId, endpointId) {
      const profile = profiles.find((p) => p.id === profileId)!;
      const { events, deliveries } = await dispatcher().fire({ profile: profileId, type: profile.events.testEvent, endpointId });
      const delivery = deliveries[0]!;
      const attempt = delivery.attempts[0];
      return { eventId: events[0]!.id, deliveryId: delivery.id, ok: attempt?.ok ?? false, status: attempt?.status ?? null, errorKind: attempt?.errorKind ?? null, durationMs: attempt?.durationMs ?? null };
    },
    list(profileId, endpointId) {
      return doc().deliveries.filter((d) => d.profile === profileId && d.endpointId === endpointId).reverse().map((d) => toDeliveryView(d, created(d)));
    },
    async events(profileId) {
      return doc().events.filter((e) => e.profile === profileId).map((e) => ({ id: e.id, type: e.type, createdAt: e.createdAt, body: e.body }));
    },
    async send(profileId, input) {
      await dispatcher().fire({ profile: profileId, type: input.type, body: input.body, verbatim: true, eventId: input.id, ...(input.endpointIds ? { endpointIds: input.endpointIds } : {}) });
    },
    async retry(profileId, endpointId, deliveryId) {
      const delivery = doc().deliveries.find((d) => d.id === deliveryId && d.profile === profileId && d.endpointId === endpointId);
      if (!delivery) return null;
      await dispatcher().retry(deliveryId);
      return toDeliveryView(delivery, created(delivery));
    },
  };
}

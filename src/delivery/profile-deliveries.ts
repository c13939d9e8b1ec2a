import type { DeliveryBrief, DeliveryView, ProfileDefinition, ProfileDeliveries } from '../profiles/types.js';
import type { DeliveryRecord, FullDeliveryRecord } from './delivery-types.js';
import type { DeliveryHistory } from './delivery-history.js';
import type { Dispatcher } from './dispatcher.js';

type AttemptBrief = DeliveryBrief['attempts'][number];

/** What both views show of a delivery, its attempts left to each. */
function deliveryFields(d: DeliveryRecord, createdAt: string): Omit<DeliveryView, 'attempts'> {
  return { id: d.id, eventId: d.eventId, eventType: d.eventType, state: d.state, createdAt, nextAttemptAt: d.nextAttemptAt };
}

function attemptBrief(a: AttemptBrief): AttemptBrief {
  return { id: a.id, number: a.number, at: a.at, ok: a.ok, status: a.status, durationMs: a.durationMs, errorKind: a.errorKind };
}

function toDeliveryView(d: FullDeliveryRecord, createdAt: string): DeliveryView {
  return {
    ...deliveryFields(d, createdAt),
    attempts: d.attempts.map((a) => ({
      ...attemptBrief(a),
      responseBody: a.response?.body ?? null,
      request: { headers: { ...a.request.headers }, body: a.request.body },
      responseHeaders: a.response ? { ...a.response.headers } : null,
    })),
  };
}

function toDeliveryBrief(d: DeliveryRecord, createdAt: string, eventKept: boolean): DeliveryBrief {
  return { ...deliveryFields(d, createdAt), eventKept, attempts: d.attempts.map(attemptBrief) };
}

/** The delivery engine as the profiles' test, deliveries and retry routes see it. */
export function profileDeliveries(
  dispatcher: Dispatcher,
  history: DeliveryHistory,
  profiles: readonly ProfileDefinition<any>[],
): ProfileDeliveries {
  const createdAt = (d: DeliveryRecord): string => history.event(d.eventId)?.createdAt ?? d.attempts[0]?.at ?? '';
  const view = async (d: DeliveryRecord): Promise<DeliveryView> => toDeliveryView(await history.full(d), createdAt(d));
  const mine = (profileId: string, endpointId: string): DeliveryRecord[] => history.deliveriesTo(profileId, endpointId).reverse();
  return {
    async sendTest(profileId, endpointId) {
      const profile = profiles.find((p) => p.id === profileId)!;
      const { events, deliveries } = await dispatcher.fire({ profile: profileId, type: profile.events.testEvent, endpointId });
      const delivery = deliveries[0]!;
      const attempt = delivery.attempts[0];
      return {
        eventId: events[0]!.id,
        deliveryId: delivery.id,
        ok: attempt?.ok ?? false,
        status: attempt?.status ?? null,
        errorKind: attempt?.errorKind ?? null,
        durationMs: attempt?.durationMs ?? null,
      };
    },
    briefs(profileId, endpointId) {
      return mine(profileId, endpointId).map((d) => toDeliveryBrief(d, createdAt(d), history.event(d.eventId) !== undefined));
    },
    async view(profileId, deliveryId) {
      const d = history.delivery(deliveryId);
      return d && d.profile === profileId ? view(d) : null;
    },
    async list(profileId, endpointId) {
      return Promise.all(mine(profileId, endpointId).map(view));
    },
    async event(profileId, eventId) {
      const meta = history.event(eventId);
      if (!meta || meta.profile !== profileId) return null;
      const deliveries: Array<{ id: string; endpointId: string }> = [];
      // Metadata only, in memory: no record is read from the journal.
      for (const d of history.deliveriesOfEvent(eventId))
        if (d.profile === profileId) deliveries.push({ id: d.id, endpointId: d.endpointId });
      const body = (await history.eventBody(eventId)) ?? '';
      return { event: { id: meta.id, type: meta.type, createdAt: meta.createdAt, body }, deliveries };
    },
    async events(profileId) {
      const mine = history.allEvents().filter((e) => e.profile === profileId);
      return Promise.all(
        mine.map(async (e) => ({ id: e.id, type: e.type, createdAt: e.createdAt, body: (await history.eventBody(e.id)) ?? '' })),
      );
    },
    async send(profileId, input) {
      await dispatcher.fire({
        profile: profileId,
        type: input.type,
        body: input.body,
        verbatim: true,
        eventId: input.id,
        ...(input.endpointIds ? { endpointIds: input.endpointIds } : {}),
      });
    },
    async retry(profileId, endpointId, deliveryId) {
      const delivery = history.delivery(deliveryId);
      if (!delivery || delivery.profile !== profileId || delivery.endpointId !== endpointId) return null;
      await dispatcher.retry(deliveryId);
      return view(delivery);
    },
  };
}

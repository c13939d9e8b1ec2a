/**
 * Events the workbench fired at an application's endpoints (control API, `hookyard trigger`, config
 * fan-out) as that application's messages: in Svix every attempt belongs to a message.
 */
import type { DeliveryView, ProfileRequest } from '../types.js';
import type { SvixMessage, SvixState } from './state.js';

type Req = ProfileRequest<SvixState>;

function payloadOf(body: string | undefined): unknown {
  if (body === undefined) return {};
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return {};
  }
}

/**
 * Read from the delivery engine's history on each call, not copied into the state: a fired message
 * lives exactly as long as the engine's ring keeps its deliveries, and the state grows only by the
 * messages sent through `POST …/msg`. The payload is the body the endpoint was sent.
 */
export async function firedMessages(req: Req, appId: string): Promise<SvixMessage[]> {
  const deliveries = req.deps.deliveries;
  if (!deliveries) return [];
  const stored = new Set(req.state.messages.map((m) => m.id));
  const found = new Map<string, { delivery: DeliveryView; body: string | undefined }>();
  for (const endpoint of req.state.endpoints.filter((e) => e.appId === appId)) {
    for (const delivery of await deliveries.list('svix', endpoint.id)) {
      if (stored.has(delivery.eventId) || found.has(delivery.eventId)) continue;
      found.set(delivery.eventId, { delivery, body: delivery.attempts[0]?.request.body });
    }
  }
  // A delivery whose first attempt is still on its way has no request yet: the event's own body.
  if ([...found.values()].some((f) => f.body === undefined)) {
    const events = new Map((await deliveries.events('svix')).map((e) => [e.id, e.body]));
    for (const f of found.values()) f.body ??= events.get(f.delivery.eventId);
  }
  const messages = [...found.values()].map(({ delivery, body }) => ({
    id: delivery.eventId,
    appId,
    eventType: delivery.eventType,
    eventId: null,
    payload: payloadOf(body),
    channels: null,
    tags: null,
    timestamp: delivery.createdAt,
  }));
  return messages.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}

/** One fired message by id, when it went to an endpoint of the app: one event's cost, whatever the history holds. */
export async function firedMessage(req: Req, appId: string, id: string): Promise<SvixMessage | undefined> {
  const found = await req.deps.deliveries?.event('svix', id);
  if (!found || req.state.messages.some((m) => m.id === id)) return undefined;
  const appEndpoints = new Set(req.state.endpoints.filter((e) => e.appId === appId).map((e) => e.id));
  if (!found.deliveries.some((d) => appEndpoints.has(d.endpointId))) return undefined;
  const { event } = found;
  return {
    id: event.id,
    appId,
    eventType: event.type,
    eventId: null,
    payload: payloadOf(event.body),
    channels: null,
    tags: null,
    timestamp: event.createdAt,
  };
}

/** The app's messages in creation order: those sent through the API and those fired, merged by timestamp. */
export async function appMessages(req: Req, appId: string): Promise<SvixMessage[]> {
  const sent = req.state.messages.filter((m) => m.appId === appId);
  const fired = await firedMessages(req, appId);
  const out: SvixMessage[] = [];
  let i = 0;
  for (const m of sent) {
    while (i < fired.length && fired[i]!.timestamp < m.timestamp) out.push(fired[i++]!);
    out.push(m);
  }
  return out.concat(fired.slice(i));
}

/**
 * Events the workbench fired at an application's endpoints (control API, `hookyard trigger`, config
 * fan-out) as that application's messages: in Svix every attempt belongs to a message.
 */
import type { ProfileRequest } from '../types.js';
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
 * messages sent through `POST …/msg`. Their payloads are left out (`payload: undefined`): they are
 * read for the page shown only (`withPayloads`), not for every message kept.
 */
function firedMessages(req: Req, appId: string): SvixMessage[] {
  const deliveries = req.deps.deliveries;
  if (!deliveries) return [];
  const stored = new Set(req.state.messages.map((m) => m.id));
  const found = new Map<string, SvixMessage>();
  for (const endpoint of req.state.endpoints.filter((e) => e.appId === appId)) {
    for (const d of deliveries.briefs('svix', endpoint.id)) {
      // A message is gone with its event: get and resend could not find it either.
      if (!d.eventKept || stored.has(d.eventId) || found.has(d.eventId)) continue;
      const message = { id: d.eventId, appId, eventType: d.eventType, eventId: null, payload: undefined, channels: null, tags: null };
      found.set(d.eventId, { ...message, timestamp: d.createdAt });
    }
  }
  return [...found.values()].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}

/** The messages with the payloads of the fired ones read in (the body the endpoints were sent). */
export async function withPayloads(req: Req, messages: readonly SvixMessage[]): Promise<SvixMessage[]> {
  return Promise.all(
    messages.map(async (m) => {
      if (m.payload !== undefined) return m;
      const found = await req.deps.deliveries?.event('svix', m.id);
      return { ...m, payload: payloadOf(found?.event.body) };
    }),
  );
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
export function appMessages(req: Req, appId: string): SvixMessage[] {
  const sent = req.state.messages.filter((m) => m.appId === appId);
  const fired = firedMessages(req, appId);
  const out: SvixMessage[] = [];
  let i = 0;
  for (const m of sent) {
    while (i < fired.length && fired[i]!.timestamp < m.timestamp) out.push(fired[i++]!);
    out.push(m);
  }
  return out.concat(fired.slice(i));
}

/** `/api/v1/app/{app_id}/msg`: a message is delivered to every matching, enabled endpoint of the app. */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { copyJson, isPlainObject } from '../shared/json-values.js';
import { deliveriesOf } from '../shared/deliveries.js';
import { conflict, invalid, notFound, svixCodes } from './errors.js';
import { findApp } from './apps.js';
import { appMessages, firedMessage, withPayloads } from './fired.js';
import { newMessageId } from './ids.js';
import { listPage } from './list.js';
import type { SvixEndpoint, SvixMessage, SvixState } from './state.js';
import { bodyObject, nameField, nameList } from './validate.js';

type Req = ProfileRequest<SvixState>;

export function messageJson(m: SvixMessage, withContent: boolean): Record<string, unknown> {
  return {
    id: m.id,
    eventType: m.eventType,
    eventId: m.eventId,
    payload: withContent ? copyJson(m.payload) : {},
    channels: m.channels,
    tags: m.tags,
    timestamp: m.timestamp,
  };
}

/** Svix's routing: filterTypes (when set) must name the type; endpoint channels (when set) must meet the message's. */
export function receives(endpoint: SvixEndpoint, eventType: string, channels: readonly string[] | null): boolean {
  if (endpoint.disabled) return false;
  if (endpoint.filterTypes && !endpoint.filterTypes.includes(eventType)) return false;
  if (endpoint.channels && !(channels ?? []).some((c) => endpoint.channels!.includes(c))) return false;
  return true;
}

/** A message sent through the API, by id or eventId. */
export function findSentMessage(req: Req, appId: string): SvixMessage | undefined {
  const key = req.params.msgId;
  return req.state.messages.find((m) => m.appId === appId && (m.id === key || (m.eventId !== null && m.eventId === key)));
}

/** By id or eventId among the messages sent through the API, else by id among the events fired at the app's endpoints. */
export async function findMessage(req: Req, appId: string): Promise<SvixMessage> {
  const key = req.params.msgId;
  const message = findSentMessage(req, appId) ?? (await firedMessage(req, appId, key ?? ''));
  if (!message) throw notFound();
  return message;
}

export function createMessage(req: Req): ProfileResponse {
  const app = findApp(req);
  const b = bodyObject(req.body);
  if (b.eventType === undefined) throw invalid('eventType', 'field required');
  const eventType = nameField(b.eventType, 'eventType', 256);
  if (b.payload === undefined) throw invalid('payload', 'field required');
  if (!isPlainObject(b.payload)) throw invalid('payload', 'value is not a valid dict');
  const eventId = b.eventId === undefined || b.eventId === null ? null : nameField(b.eventId, 'eventId', 256);
  if (eventId !== null && req.state.messages.some((m) => m.appId === app.id && m.eventId === eventId))
    throw conflict('A message with this eventId already exists');
  const channels = nameList(b.channels, 'channels', 10, 128) ?? null;
  const tags = nameList(b.tags, 'tags', 5, 128) ?? null;
  const message: SvixMessage = {
    id: newMessageId(req.deps.randomBytes),
    appId: app.id,
    eventType,
    eventId,
    payload: b.payload,
    channels,
    tags,
    timestamp: new Date(req.deps.now()).toISOString(),
  };
  req.state.messages.push(message);
  const targets = req.state.endpoints.filter((e) => e.appId === app.id && receives(e, eventType, channels)).map((e) => e.id);
  // The message is kept before the 202; deliveries go out after it, as Svix sends them.
  deliveriesOf(req, svixCodes.internal)
    .send('svix', { id: message.id, type: eventType, body: JSON.stringify(message.payload), endpointIds: targets })
    .catch(() => undefined);
  return { status: 202, body: messageJson(message, req.query.get('with_content') !== 'false') };
}

export async function listMessages(req: Req): Promise<ProfileResponse> {
  const app = findApp(req);
  const channel = req.query.get('channel');
  const types = req.query.getAll('event_types');
  const before = req.query.get('before');
  const after = req.query.get('after');
  const items = appMessages(req, app.id)
    .filter((m) => channel === null || (m.channels ?? []).includes(channel))
    .filter((m) => types.length === 0 || types.includes(m.eventType))
    .filter((m) => (before === null || m.timestamp < before) && (after === null || m.timestamp > after))
    .reverse();
  const withContent = req.query.get('with_content') !== 'false';
  const page = listPage(req, items, (m) => m);
  const data = withContent ? await withPayloads(req, page.data) : page.data;
  return { status: 200, body: { ...page, data: data.map((m) => messageJson(m, withContent)) } };
}

export async function getMessage(req: Req): Promise<ProfileResponse> {
  const app = findApp(req);
  return { status: 200, body: messageJson(await findMessage(req, app.id), req.query.get('with_content') !== 'false') };
}

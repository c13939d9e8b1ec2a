/** Message attempts, by endpoint and by message: each of hookyard's attempts as a MessageAttemptOut. */
import type { DeliveryView, ProfileRequest, ProfileResponse } from '../types.js';
import { deliveriesOf } from '../shared/deliveries.js';
import { invalid, svixCodes } from './svix-errors.js';
import { findEndpoint } from './svix-endpoints.js';
import { findApp } from './svix-apps.js';
import { attemptId } from './svix-ids.js';
import { listPage } from './svix-list.js';
import { findMessage, messageJson } from './svix-messages.js';
import type { SvixEndpoint, SvixMessage, SvixState } from './svix-state.js';

type Req = ProfileRequest<SvixState>;

/** MessageStatus: 0 success, 1 pending, 2 fail, 3 sending. */
const STATUS_TEXT = ['success', 'pending', 'fail', 'sending'] as const;

interface Row {
  id: string;
  json: Record<string, unknown>;
  status: number;
}

async function rows(req: Req, endpoint: SvixEndpoint, messages: readonly SvixMessage[]): Promise<Row[]> {
  const out: Row[] = [];
  for (const delivery of await deliveriesOf(req, svixCodes.internal).list('svix', endpoint.id)) {
    const message = messages.find((m) => m.id === delivery.eventId);
    for (const a of [...delivery.attempts].reverse()) out.push(row(delivery, a, endpoint, message, req.query.get('with_msg') === 'true'));
  }
  return out;
}

function row(delivery: DeliveryView, a: DeliveryView['attempts'][number], endpoint: SvixEndpoint, message: SvixMessage | undefined, withMsg: boolean): Row {
  // Each attempt is final: success or fail (pending and sending describe a message, not an attempt).
  const status = a.ok ? 0 : 2;
  const id = attemptId(a.id);
  return {
    id,
    status,
    json: {
      id,
      url: endpoint.url,
      response: a.responseBody ?? '',
      responseStatusCode: a.status ?? 0,
      responseDurationMs: Math.round(a.durationMs),
      status,
      statusText: STATUS_TEXT[status],
      // 0 = scheduled: hookyard's attempts follow the retry schedule (no resend route here).
      triggerType: 0,
      msgId: delivery.eventId,
      endpointId: endpoint.id,
      timestamp: a.at,
      ...(withMsg && message ? { msg: messageJson(message, true) } : {}),
    },
  };
}

function statusFilter(req: Req): (r: Row) => boolean {
  const raw = req.query.get('status');
  if (raw === null) return () => true;
  if (!/^[0-3]$/.test(raw)) throw invalid('status', 'value is not a valid enumeration member; permitted: 0, 1, 2, 3');
  return (r) => r.status === Number(raw);
}

export async function listAttemptsByEndpoint(req: Req): Promise<ProfileResponse> {
  const app = findApp(req);
  const endpoint = findEndpoint(req);
  const messages = req.state.messages.filter((m) => m.appId === app.id);
  return { status: 200, body: listPage(req, (await rows(req, endpoint, messages)).filter(statusFilter(req)), (r) => r.json) };
}

export async function listAttemptsByMessage(req: Req): Promise<ProfileResponse> {
  const app = findApp(req);
  const message = findMessage(req, app.id);
  const only = req.query.get('endpoint_id');
  const endpoints = req.state.endpoints.filter((e) => e.appId === app.id && (only === null || e.id === only));
  const all = (await Promise.all(endpoints.map((e) => rows(req, e, [message])))).flat().filter((r) => r.json.msgId === message.id);
  all.sort((a, b) => String(b.json.timestamp).localeCompare(String(a.json.timestamp)));
  return { status: 200, body: listPage(req, all.filter(statusFilter(req)), (r) => r.json) };
}

/** Message attempts, by endpoint and by message: each of hookyard's attempts as a MessageAttemptOut. */
import type { DeliveryView, ProfileRequest, ProfileResponse } from '../types.js';
import { deliveriesOf } from '../shared/deliveries.js';
import { invalid, notFound, svixCodes } from './errors.js';
import { findEndpoint } from './endpoints.js';
import { findApp } from './apps.js';
import { appMessages, withPayloads } from './fired.js';
import { attemptId } from './ids.js';
import { listPage } from './list.js';
import { findMessage, findSentMessage, messageJson } from './messages.js';
import type { SvixEndpoint, SvixMessage, SvixState } from './state.js';

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
    for (const a of [...delivery.attempts].reverse()) {
      const manual = req.state.manualAttempts?.includes(a.id) ?? false;
      out.push(row(delivery, a, endpoint, message, req.query.get('with_msg') === 'true', manual));
    }
  }
  return out;
}

function row(
  delivery: DeliveryView,
  a: DeliveryView['attempts'][number],
  endpoint: SvixEndpoint,
  message: SvixMessage | undefined,
  withMsg: boolean,
  manual: boolean,
): Row {
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
      // 0 = scheduled (the retry schedule), 1 = manual (…/resend).
      triggerType: manual ? 1 : 0,
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
  const messages = req.query.get('with_msg') === 'true' ? await withPayloads(req, appMessages(req, app.id)) : [];
  return { status: 200, body: listPage(req, (await rows(req, endpoint, messages)).filter(statusFilter(req)), (r) => r.json) };
}

export async function listAttemptsByMessage(req: Req): Promise<ProfileResponse> {
  const app = findApp(req);
  const message = await findMessage(req, app.id);
  const only = req.query.get('endpoint_id');
  const endpoints = req.state.endpoints.filter((e) => e.appId === app.id && (only === null || e.id === only));
  const all = (await Promise.all(endpoints.map((e) => rows(req, e, [message])))).flat().filter((r) => r.json.msgId === message.id);
  all.sort((a, b) => String(b.json.timestamp).localeCompare(String(a.json.timestamp)));
  return { status: 200, body: listPage(req, all.filter(statusFilter(req)), (r) => r.json) };
}

/** `POST …/msg/{msg_id}/endpoint/{endpoint_id}/resend`: one more attempt now, outside the schedule (202). */
export async function resendMessage(req: Req): Promise<ProfileResponse> {
  const app = findApp(req);
  const endpoint = findEndpoint(req);
  // A fired message (fired.ts) is known by its deliveries: this endpoint's is all a resend needs.
  const msgId = findSentMessage(req, app.id)?.id ?? req.params.msgId;
  const deliveries = deliveriesOf(req, svixCodes.internal);
  const delivery = (await deliveries.event('svix', msgId ?? ''))?.deliveries.find((d) => d.endpointId === endpoint.id);
  // Unknown, or never sent there (filterTypes or channels did not match): nothing to resend.
  if (!delivery) throw notFound();
  const after = await deliveries.retry('svix', endpoint.id, delivery.id);
  const made = after?.attempts.at(-1);
  if (made) (req.state.manualAttempts ??= []).push(made.id);
  return { status: 202, body: {} };
}

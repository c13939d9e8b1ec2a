/** Message attempts, by endpoint and by message: each of hookyard's attempts as a MessageAttemptOut. */
import type { DeliveryBrief, DeliveryView, ProfileRequest, ProfileResponse } from '../types.js';
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
  deliveryId: string;
  attemptId: string;
}

/** Every attempt to the endpoint, newest delivery first, without what it received: `inFull` reads that for a page. */
function rows(req: Req, endpoint: SvixEndpoint): Row[] {
  const out: Row[] = [];
  for (const delivery of deliveriesOf(req, svixCodes.internal).briefs('svix', endpoint.id)) {
    for (const a of [...delivery.attempts].reverse()) {
      const manual = req.state.manualAttempts?.includes(a.id) ?? false;
      out.push(row(delivery, a, endpoint, manual));
    }
  }
  return out;
}

function row(delivery: DeliveryBrief, a: DeliveryBrief['attempts'][number], endpoint: SvixEndpoint, manual: boolean): Row {
  // Each attempt is final: success or fail (pending and sending describe a message, not an attempt).
  const status = a.ok ? 0 : 2;
  const id = attemptId(a.id);
  return {
    id,
    status,
    deliveryId: delivery.id,
    attemptId: a.id,
    json: {
      id,
      url: endpoint.url,
      response: '',
      responseStatusCode: a.status ?? 0,
      responseDurationMs: Math.round(a.durationMs),
      status,
      statusText: STATUS_TEXT[status],
      // 0 = scheduled (the retry schedule), 1 = manual (…/resend).
      triggerType: manual ? 1 : 0,
      msgId: delivery.eventId,
      endpointId: endpoint.id,
      timestamp: a.at,
    },
  };
}

/** A page of rows with each attempt's response body and, with `with_msg=true`, its message read in. */
async function inFull(req: Req, page: readonly Row[], messages: readonly SvixMessage[] | null): Promise<Record<string, unknown>[]> {
  const deliveries = deliveriesOf(req, svixCodes.internal);
  const views = new Map<string, Promise<DeliveryView | null>>();
  const byId = new Map((messages ? await withPayloads(req, messages) : []).map((m) => [m.id, m]));
  const out: Record<string, unknown>[] = [];
  for (const r of page) {
    if (!views.has(r.deliveryId)) views.set(r.deliveryId, deliveries.view('svix', r.deliveryId));
    const attempt = (await views.get(r.deliveryId))?.attempts.find((a) => a.id === r.attemptId);
    const message = byId.get(String(r.json.msgId));
    out.push({ ...r.json, response: attempt?.responseBody ?? '', ...(message ? { msg: messageJson(message, true) } : {}) });
  }
  return out;
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
  const page = listPage(req, rows(req, endpoint).filter(statusFilter(req)), (r) => r);
  // Only the messages this page names, their payloads read for them alone.
  const named = new Set(page.data.map((r) => String(r.json.msgId)));
  const messages = req.query.get('with_msg') === 'true' ? appMessages(req, app.id).filter((m) => named.has(m.id)) : null;
  return { status: 200, body: { ...page, data: await inFull(req, page.data, messages) } };
}

export async function listAttemptsByMessage(req: Req): Promise<ProfileResponse> {
  const app = findApp(req);
  const message = await findMessage(req, app.id);
  const only = req.query.get('endpoint_id');
  const endpoints = req.state.endpoints.filter((e) => e.appId === app.id && (only === null || e.id === only));
  const all = endpoints.flatMap((e) => rows(req, e)).filter((r) => r.json.msgId === message.id);
  all.sort((a, b) => String(b.json.timestamp).localeCompare(String(a.json.timestamp)));
  const page = listPage(req, all.filter(statusFilter(req)), (r) => r);
  const withMsg = req.query.get('with_msg') === 'true' ? [message] : null;
  return { status: 200, body: { ...page, data: await inFull(req, page.data, withMsg) } };
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

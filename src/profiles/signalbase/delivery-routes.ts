import type { DeliveryView, ProfileRequest, ProfileResponse } from '../types.js';
import { deliveriesOf } from '../shared/deliveries.js';
import { signalbaseCodes, signalbaseErrors } from './errors.js';
import type { SignalbaseState } from './state.js';
import { findEndpoint } from './endpoints.js';

type Req = ProfileRequest<SignalbaseState>;

/** Signalbase field names for a delivery (inferred: the schema is not in the seed). */
export function serializeDelivery(d: DeliveryView): Record<string, unknown> {
  return {
    id: d.id,
    event_id: d.eventId,
    event_type: d.eventType,
    status: d.state,
    created_at: d.createdAt,
    next_attempt_at: d.nextAttemptAt,
    attempts: d.attempts.map((a) => ({
      id: a.id,
      attempt: a.number,
      attempted_at: a.at,
      success: a.ok,
      status_code: a.status,
      duration_ms: a.durationMs,
      error: a.errorKind,
      response_body: a.responseBody,
    })),
  };
}

const envelope = (status: number, endpoint: string, data: unknown): ProfileResponse => ({
  status,
  body: { success: true, data, meta: { endpoint, creditsUsed: 0 } },
});

/** POST /webhooks/{id}/test: the Send Test Event endpoint, the only way system.test is delivered. */
export async function testEndpoint(req: Req): Promise<ProfileResponse> {
  const webhook = findEndpoint(req);
  const r = await deliveriesOf(req, signalbaseCodes.internalError).sendTest('signalbase', webhook.id);
  return envelope(200, 'webhooks.test', {
    delivery_id: r.deliveryId,
    event_id: r.eventId,
    event_type: 'system.test',
    success: r.ok,
    status_code: r.status,
    error: r.errorKind,
    duration_ms: r.durationMs,
  });
}

export async function listDeliveries(req: Req): Promise<ProfileResponse> {
  const webhook = findEndpoint(req);
  return envelope(
    200,
    'webhooks.deliveries.list',
    (await deliveriesOf(req, signalbaseCodes.internalError).list('signalbase', webhook.id)).map(serializeDelivery),
  );
}

export async function retryDelivery(req: Req): Promise<ProfileResponse> {
  const webhook = findEndpoint(req);
  const delivery = await deliveriesOf(req, signalbaseCodes.internalError).retry('signalbase', webhook.id, req.params.deliveryId ?? '');
  if (!delivery)
    throw signalbaseErrors.error(404, signalbaseCodes.notFound, `Delivery ${req.params.deliveryId} not found for webhook ${webhook.id}.`);
  return envelope(200, 'webhooks.deliveries.retry', serializeDelivery(delivery));
}

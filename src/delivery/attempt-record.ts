import type { EndpointSummary, ProfileDefinition } from '../profiles/types.js';
import { type EventHub, isoTime } from '../plumbing/index.js';
import type { AttemptRequest } from './attempt-request.js';
import type { AttemptMeta, AttemptRecord, DeliveryRecord, EventMeta } from './delivery-types.js';
import type { SendResult } from './http-sender.js';

/** What one attempt sent and got back, as the delivery history keeps it. */
export function attemptRecord(
  delivery: DeliveryRecord,
  request: AttemptRequest,
  result: SendResult,
  at: { now: number; scheduledAt: string; duplicate: boolean; randomBytes(size: number): Uint8Array },
): AttemptRecord {
  return {
    id: `att_${Buffer.from(at.randomBytes(9)).toString('base64url')}`,
    number: delivery.attempts.length + 1,
    at: isoTime(at.now),
    scheduledAt: at.scheduledAt,
    ok: result.ok,
    status: result.status,
    durationMs: Math.round(result.durationMs * 10) / 10,
    errorKind: result.errorKind,
    errorMessage: result.errorMessage,
    request: { url: request.url, headers: request.headers, body: request.text },
    response: result.status === null ? null : { headers: result.headers, body: result.body, truncated: result.truncated },
    ...(at.duplicate ? { duplicate: true } : {}),
  };
}

/** The attempt on the live stream and the timeline (metadata only, never the bodies). */
export function publishAttempt(
  hub: EventHub,
  a: {
    profile: ProfileDefinition<any>;
    event: EventMeta;
    endpoint: EndpointSummary;
    delivery: DeliveryRecord;
    attempt: AttemptMeta;
    result: SendResult;
  },
): void {
  hub.publish({
    type: 'delivery.attempt',
    at: a.attempt.at,
    summary: `${a.profile.id} ${a.event.type} → ${a.endpoint.url} #${a.attempt.number}: ${a.result.status ?? a.result.errorKind}`,
    ok: a.result.ok,
    deliveryId: a.delivery.id,
    eventId: a.event.id,
    profile: a.profile.id,
    endpointId: a.endpoint.id,
    status: a.result.status,
    errorKind: a.result.errorKind,
  });
}

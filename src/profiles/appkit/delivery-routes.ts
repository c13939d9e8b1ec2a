import type { DeliveryBrief, ProfileRequest, ProfileResponse } from '../types.js';
import { deliveriesOf } from '../shared/deliveries.js';
import { appkitCodes, validationError } from './errors.js';
import type { AppkitState } from './state.js';
import { findEndpoint } from './endpoints.js';

type Req = ProfileRequest<AppkitState>;
const STATUSES = ['success', 'failed', 'pending'] as const;

function statusOf(d: DeliveryBrief): (typeof STATUSES)[number] {
  return d.state === 'succeeded' ? 'success' : d.state === 'pending' ? 'pending' : 'failed';
}

/** POST …/test-ping: sends webhook.ping and reports the answer (shape inferred: the seed's section is empty). */
export async function testEndpoint(req: Req): Promise<ProfileResponse> {
  const endpoint = findEndpoint(req);
  const r = await deliveriesOf(req, appkitCodes.internal).sendTest('appkit', endpoint.id);
  return {
    status: 200,
    body: {
      success: true,
      data: {
        delivered: r.ok,
        statusCode: r.status,
        error: r.errorKind,
        durationMs: r.durationMs,
        eventId: r.eventId,
        deliveryId: r.deliveryId,
      },
    },
  };
}

/** GET …/deliveries?status=&cursor=&limit=: cursor-based pagination, newest first. */
export async function listDeliveries(req: Req): Promise<ProfileResponse> {
  const endpoint = findEndpoint(req);
  const status = req.query.get('status');
  if (status !== null && !(STATUSES as readonly string[]).includes(status))
    throw validationError(`status must be one of ${STATUSES.join(', ')}, got "${status}".`, 'status');
  const limitText = req.query.get('limit');
  const limit = limitText === null ? 20 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw validationError(`limit must be an integer from 1 to 100, got "${limitText}".`, 'limit');
  const all = deliveriesOf(req, appkitCodes.internal)
    .briefs('appkit', endpoint.id)
    .filter((d) => status === null || statusOf(d) === status);
  const cursor = req.query.get('cursor');
  let start = 0;
  if (cursor !== null) {
    const at = all.findIndex((d) => d.id === cursor);
    if (at < 0) throw validationError('cursor is not a cursor this endpoint gave out (use nextCursor from the previous page).', 'cursor');
    start = at + 1;
  }
  const page = all.slice(start, start + limit);
  const nextCursor = start + limit < all.length ? page.at(-1)!.id : null;
  return {
    status: 200,
    body: {
      success: true,
      data: {
        items: page.map((d) => ({
          id: d.id,
          eventId: d.eventId,
          eventType: d.eventType,
          status: statusOf(d),
          attempts: d.attempts.length,
          responseStatus: d.attempts.at(-1)?.status ?? null,
          createdAt: d.createdAt,
          lastAttemptAt: d.attempts.at(-1)?.at ?? null,
          nextAttemptAt: d.nextAttemptAt,
        })),
        nextCursor,
        hasMore: nextCursor !== null,
      },
    },
  };
}

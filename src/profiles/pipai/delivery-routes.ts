import type { ProfileRequest, ProfileResponse } from '../types.js';
import { deliveriesOf } from '../shared/deliveries.js';
import { findEndpoint } from './endpoints.js';
import type { PipaiState } from './state.js';

/** POST /v1/webhooks/{id}/test: sends webhook.test (inferred route and shape). */
export async function testEndpoint(req: ProfileRequest<PipaiState>): Promise<ProfileResponse> {
  const webhook = findEndpoint(req);
  const r = await deliveriesOf(req, 'INTERNAL_ERROR').sendTest('pipai', webhook.id);
  return {
    status: 200,
    body: { id: webhook.id, event_id: r.eventId, event: 'webhook.test', delivered: r.ok, status_code: r.status, error: r.errorKind },
  };
}

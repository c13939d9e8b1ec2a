import type { ProfileRequest, ProfileResponse } from '../types.js';
import { deliveriesOf } from '../shared/deliveries.js';
import { findEndpoint } from './lookup.js';
import { newRequestId } from './ids.js';
import type { SignaState } from './state.js';
import { bodyObject } from './validate.js';

/** POST /v1/webhooks/{id}/test: delivers webhook.test now and reports the first attempt (inferred shape). */
export async function testEndpoint(req: ProfileRequest<SignaState>): Promise<ProfileResponse> {
  const endpoint = findEndpoint(req.state, req.params.id);
  // Like rotate: the route takes no parameters, and an unknown one is refused the same way.
  bodyObject(req.body, []);
  const result = await deliveriesOf(req, 'api_error').sendTest('signa', endpoint.id);
  return {
    status: 200,
    body: {
      object: 'webhook_test',
      webhook_id: endpoint.id,
      event_id: result.eventId,
      event_type: 'webhook.test',
      delivered: result.ok,
      response_status: result.status,
      error: result.errorKind,
      request_id: newRequestId(req.deps.randomBytes),
    },
  };
}

import type { ProfileRequest, ProfileResponse } from '../types.js';
import { deliveriesOf } from '../shared/deliveries.js';
import type { AlertingState } from './state.js';
import { findEndpoint } from './endpoints.js';

/** POST …/webhook-endpoints/{id}/test: sends alert.test (inferred route and shape). */
export async function testEndpoint(req: ProfileRequest<AlertingState>): Promise<ProfileResponse> {
  const endpoint = findEndpoint(req.state, req.params.id);
  const r = await deliveriesOf(req, 'INTERNAL').sendTest('alerting', endpoint.id);
  return {
    status: 200,
    body: {
      endpointId: endpoint.id,
      eventId: r.eventId,
      eventType: 'alert.test',
      delivered: r.ok,
      statusCode: r.status,
      error: r.errorKind,
      signed: endpoint.signingEnabled,
    },
  };
}

import { ProfileError, type ProfileRequest, type ProfileResponse } from '../types.js';
import { deliveriesOf } from '../shared/deliveries.js';
import type { AlertingState } from './alerting-state.js';

/** POST …/webhook-endpoints/{id}/test: sends alert.test (inferred route and shape). */
export async function testEndpoint(req: ProfileRequest<AlertingState>): Promise<ProfileResponse> {
  const endpoint = req.state.endpoints.find((e) => e.id === req.params.id);
  if (!endpoint) throw new ProfileError(404, 'NOT_FOUND', `Webhook endpoint ${req.params.id} not found.`, 'id');
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

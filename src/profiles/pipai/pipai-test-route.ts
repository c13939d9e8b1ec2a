import type { ProfileRequest, ProfileResponse } from '../types.js';
import { deliveriesOf } from '../shared/deliveries.js';
import { notFound } from './pipai-errors.js';
import type { PipaiState } from './pipai-state.js';

/** POST /v1/webhooks/{id}/test: sends webhook.test (inferred route and shape). */
export async function testWebhook(req: ProfileRequest<PipaiState>): Promise<ProfileResponse> {
  const webhook = req.state.webhooks.find((w) => w.id === req.params.id);
  if (!webhook) throw notFound(req.params.id ?? '');
  const r = await deliveriesOf(req, 'INTERNAL_ERROR').sendTest('pipai', webhook.id);
  return {
    status: 200,
    body: { id: webhook.id, event_id: r.eventId, event: 'webhook.test', delivered: r.ok, status_code: r.status, error: r.errorKind },
  };
}

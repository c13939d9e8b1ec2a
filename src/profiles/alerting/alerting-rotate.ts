/**
 * `POST .../webhook-endpoints/:id/rotate-secret` (inferred): a new secret (given as
 * `signingSecret`, or generated when empty/absent), shown once as `signingSecretPlaintext`.
 * The old secret stops signing at once (one-signature scheme, GitHub style).
 */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { generateSigningSecret, isoSeconds } from './alerting-format.js';
import { endpointJson } from './alerting-serialize.js';
import type { AlertingState } from './alerting-state.js';
import { bodyObject, validateSecret } from './alerting-validate.js';
import { findEndpoint } from './alerting-webhooks.js';

export function rotateSecret(req: ProfileRequest<AlertingState>): ProfileResponse {
  const endpoint = findEndpoint(req.state, req.params.id);
  const given = validateSecret(bodyObject(req.body).signingSecret);
  endpoint.signingSecret = given ?? generateSigningSecret(req.deps.randomBytes);
  endpoint.updatedAt = isoSeconds(req.deps.now());
  return { status: 200, body: { endpoint: endpointJson(endpoint), signingSecretPlaintext: endpoint.signingSecret } };
}

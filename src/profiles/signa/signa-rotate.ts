/**
 * `POST /v1/webhooks/:id/rotate-secret`: a new secret, `secret_version` + 1. The previous secret
 * keeps signing deliveries (alongside the new one, Stripe style) for a 24 h grace period.
 */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { newRequestId, newSigningSecret } from './signa-ids.js';
import { findEndpoint } from './signa-lookup.js';
import { endpointJson } from './signa-serialize.js';
import type { SignaEndpoint, SignaState } from './signa-state.js';
import { bodyObject } from './signa-validate.js';

export const ROTATION_GRACE_MS = 24 * 60 * 60 * 1000;

export function rotateSecret(req: ProfileRequest<SignaState>): ProfileResponse {
  const endpoint = findEndpoint(req.state, req.params.id);
  bodyObject(req.body, []);
  const now = req.deps.now();
  endpoint.previous_secrets = [
    { secret: endpoint.secret, expiresAt: now + ROTATION_GRACE_MS },
    ...endpoint.previous_secrets.filter((p) => p.expiresAt > now),
  ];
  endpoint.secret = newSigningSecret(req.deps.randomBytes);
  endpoint.secret_version += 1;
  endpoint.updated_at = new Date(now).toISOString();
  return { status: 200, body: endpointJson(endpoint, newRequestId(req.deps.randomBytes), { withSecret: true }) };
}

/** Current secret first, then unexpired previous ones (newest first). */
export function activeSecrets(endpoint: SignaEndpoint, now: number): string[] {
  return [endpoint.secret, ...endpoint.previous_secrets.filter((p) => p.expiresAt > now).map((p) => p.secret)];
}

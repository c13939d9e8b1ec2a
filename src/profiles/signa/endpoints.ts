/** Create, retrieve, update, delete and rotate-secret of Signa webhook endpoints. */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { newEndpointId, newRequestId, newSigningSecret } from './ids.js';
import { findEndpoint } from './lookup.js';
import { endpointJson } from './serialize.js';
import type { SignaEndpoint, SignaState } from './state.js';
import { bodyObject, validateCreate, validateUpdate } from './validate.js';

type Req = ProfileRequest<SignaState>;

export function createEndpoint(req: Req): ProfileResponse {
  const input = validateCreate(req.body, req.deps.env);
  const now = new Date(req.deps.now()).toISOString();
  const endpoint: SignaEndpoint = {
    id: newEndpointId(req.deps.randomBytes),
    url: input.url,
    description: input.description,
    enabled_events: input.enabled_events,
    status: 'active',
    secret: newSigningSecret(req.deps.randomBytes),
    secret_version: 1,
    previous_secrets: [],
    consecutive_failures: 0,
    last_success_at: null,
    last_failure_at: null,
    metadata: input.metadata,
    created_at: now,
    updated_at: now,
  };
  req.state.endpoints.push(endpoint);
  return { status: 200, body: endpointJson(endpoint, newRequestId(req.deps.randomBytes), { withSecret: true }) };
}

export function getEndpoint(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req.state, req.params.id);
  return { status: 200, body: endpointJson(endpoint, newRequestId(req.deps.randomBytes), { withSecret: false }) };
}

export function updateEndpoint(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req.state, req.params.id);
  const input = validateUpdate(req.body, req.deps.env);
  if (input.url !== undefined) endpoint.url = input.url;
  if (input.description !== undefined) endpoint.description = input.description;
  if (input.enabled_events !== undefined) endpoint.enabled_events = input.enabled_events;
  if (input.metadata !== undefined) {
    for (const [key, value] of Object.entries(input.metadata)) {
      if (value === null) delete endpoint.metadata[key];
      else endpoint.metadata[key] = value;
    }
  }
  if (input.disabled !== undefined) endpoint.status = input.disabled ? 'disabled' : 'active';
  endpoint.updated_at = new Date(req.deps.now()).toISOString();
  return { status: 200, body: endpointJson(endpoint, newRequestId(req.deps.randomBytes), { withSecret: false }) };
}

export function deleteEndpoint(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req.state, req.params.id);
  bodyObject(req.body, []);
  req.state.endpoints = req.state.endpoints.filter((e) => e !== endpoint);
  return {
    status: 200,
    body: { id: endpoint.id, object: 'webhook_endpoint', deleted: true, request_id: newRequestId(req.deps.randomBytes) },
  };
}

/**
 * `POST /v1/webhooks/:id/rotate-secret`: a new secret, `secret_version` + 1. The previous secret
 * keeps signing deliveries (alongside the new one, Stripe style) for a 24 h grace period.
 */
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

/** Create, retrieve, update and delete of Signa webhook endpoints. */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { newEndpointId, newRequestId, newSigningSecret } from './signa-ids.js';
import { findEndpoint } from './signa-lookup.js';
import { endpointJson } from './signa-serialize.js';
import type { SignaEndpoint, SignaState } from './signa-state.js';
import { bodyObject, validateCreate, validateUpdate } from './signa-validate.js';

type Req = ProfileRequest<SignaState>;

export function createWebhook(req: Req): ProfileResponse {
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

export function retrieveWebhook(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req.state, req.params.id);
  return { status: 200, body: endpointJson(endpoint, newRequestId(req.deps.randomBytes), { withSecret: false }) };
}

export function updateWebhook(req: Req): ProfileResponse {
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

export function deleteWebhook(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req.state, req.params.id);
  bodyObject(req.body, []);
  req.state.endpoints = req.state.endpoints.filter((e) => e !== endpoint);
  return {
    status: 200,
    body: { id: endpoint.id, object: 'webhook_endpoint', deleted: true, request_id: newRequestId(req.deps.randomBytes) },
  };
}

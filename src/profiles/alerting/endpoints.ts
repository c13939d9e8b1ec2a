/** Create (documented), list, get, update, delete and rotate-secret (inferred) of Alerting webhook endpoints. */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { alertingCodes, alertingErrors } from './errors.js';
import { isoSeconds } from './format.js';
import { generateSigningSecret, newEndpointId } from './ids.js';
import { endpointJson } from './serialize.js';
import type { AlertingEndpoint, AlertingState } from './state.js';
import { bodyObject, validateCreate, validateSecret, validateUpdate } from './validate.js';
import { findOr404 } from '../kit/index.js';

type Req = ProfileRequest<AlertingState>;

export function createEndpoint(req: Req): ProfileResponse {
  const input = validateCreate(req.body, req.deps.env);
  const now = isoSeconds(req.deps.now());
  const endpoint: AlertingEndpoint = {
    id: newEndpointId(req.state),
    name: input.name,
    url: input.url,
    signingEnabled: input.signingEnabled,
    signingSecret: input.signingSecret ?? generateSigningSecret(req.deps.randomBytes),
    createdAt: now,
    updatedAt: now,
  };
  req.state.endpoints.push(endpoint);
  return { status: 200, body: { endpoint: endpointJson(endpoint), signingSecretPlaintext: endpoint.signingSecret } };
}

export function listEndpoints(req: Req): ProfileResponse {
  return { status: 200, body: { endpoints: req.state.endpoints.map(endpointJson) } };
}

export function getEndpoint(req: Req): ProfileResponse {
  return { status: 200, body: { endpoint: endpointJson(findEndpoint(req.state, req.params.id)) } };
}

export function updateEndpoint(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req.state, req.params.id);
  const input = validateUpdate(req.body, req.deps.env);
  if (input.name !== undefined) endpoint.name = input.name;
  if (input.url !== undefined) endpoint.url = input.url;
  if (input.signingEnabled !== undefined) endpoint.signingEnabled = input.signingEnabled;
  if (input.signingSecret !== undefined && input.signingSecret !== null) endpoint.signingSecret = input.signingSecret;
  endpoint.updatedAt = isoSeconds(req.deps.now());
  return { status: 200, body: { endpoint: endpointJson(endpoint) } };
}

export function deleteEndpoint(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req.state, req.params.id);
  req.state.endpoints = req.state.endpoints.filter((e) => e !== endpoint);
  return { status: 200, body: { id: endpoint.id, deleted: true } };
}

export function findEndpoint(state: AlertingState, id: string | undefined): AlertingEndpoint {
  return findOr404(
    state.endpoints,
    (e) => e.id === id,
    () => alertingErrors.error(404, alertingCodes.notFound, `Webhook endpoint ${id ?? ''} not found.`, 'id'),
  );
}

/**
 * `POST .../webhook-endpoints/:id/rotate-secret` (inferred): a new secret (given as
 * `signingSecret`, or generated when empty/absent), shown once as `signingSecretPlaintext`.
 * The old secret stops signing at once (one-signature scheme, GitHub style).
 */
export function rotateSecret(req: ProfileRequest<AlertingState>): ProfileResponse {
  const endpoint = findEndpoint(req.state, req.params.id);
  const given = validateSecret(bodyObject(req.body).signingSecret);
  endpoint.signingSecret = given ?? generateSigningSecret(req.deps.randomBytes);
  endpoint.updatedAt = isoSeconds(req.deps.now());
  return { status: 200, body: { endpoint: endpointJson(endpoint), signingSecretPlaintext: endpoint.signingSecret } };
}

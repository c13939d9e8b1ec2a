/** Create (documented), list, get, update and delete (inferred) of Alerting webhook endpoints. */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { alertingCodes, alertingError } from './alerting-errors.js';
import { endpointIdFor, generateSigningSecret, isoSeconds } from './alerting-format.js';
import { endpointJson } from './alerting-serialize.js';
import type { AlertingEndpoint, AlertingState } from './alerting-state.js';
import { validateCreate, validateUpdate } from './alerting-validate.js';

type Req = ProfileRequest<AlertingState>;

export function createEndpoint(req: Req): ProfileResponse {
  const input = validateCreate(req.body, req.deps.env);
  const now = isoSeconds(req.deps.now());
  const endpoint: AlertingEndpoint = {
    id: endpointIdFor(req.state.nextNumber),
    name: input.name,
    url: input.url,
    signingEnabled: input.signingEnabled,
    signingSecret: input.signingSecret ?? generateSigningSecret(req.deps.randomBytes),
    createdAt: now,
    updatedAt: now,
  };
  req.state.nextNumber += 1;
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
  const endpoint = state.endpoints.find((e) => e.id === id);
  if (!endpoint) throw alertingError(404, alertingCodes.notFound, `Webhook endpoint ${id ?? ''} not found.`, 'id');
  return endpoint;
}

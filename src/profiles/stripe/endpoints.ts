/** `/v1/webhook_endpoints`: create, list, retrieve, update, delete. */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { stripeCodes, stripeErrors } from './errors.js';
import { newEndpointId, newWebhookSecret } from './ids.js';
import { listPage } from './list.js';
import { applyMetadata, params } from './params.js';
import { endpointJson } from './serialize.js';
import type { StripeEndpoint, StripeState } from './state.js';
import { validateCreate, validateUpdate } from './validate.js';
import { findOr404 } from '../kit/index.js';

type Req = ProfileRequest<StripeState>;

/** Stripe allows 16 webhook endpoints per account (per mode). */
export const ENDPOINTS_MAX = 16;

export function findEndpoint(state: StripeState, id: string | undefined): StripeEndpoint {
  return findOr404(
    state.endpoints,
    (e) => e.id === id,
    () => stripeErrors.error(404, stripeCodes.resourceMissing, `No such webhook endpoint: '${id ?? ''}'`, 'id'),
  );
}

export function createEndpoint(req: Req): ProfileResponse {
  const input = validateCreate(req.body, req.deps.env);
  if (req.state.endpoints.length >= ENDPOINTS_MAX) {
    throw stripeErrors.error(
      400,
      stripeCodes.invalidRequest,
      `You have reached the maximum of ${ENDPOINTS_MAX} test webhook endpoints on this account; delete one first.`,
    );
  }
  const endpoint: StripeEndpoint = {
    id: newEndpointId(req.deps.randomBytes),
    url: input.url,
    description: input.description ?? null,
    enabled_events: input.enabled_events,
    status: 'enabled',
    secret: newWebhookSecret(req.deps.randomBytes),
    api_version: input.api_version ?? null,
    metadata: input.metadata ? applyMetadata({}, input.metadata) : {},
    created: Math.floor(req.deps.now() / 1000),
  };
  req.state.endpoints.push(endpoint);
  return { status: 200, body: endpointJson(endpoint, { withSecret: true }) };
}

export function listEndpoints(req: Req): ProfileResponse {
  const newestFirst = [...req.state.endpoints].reverse();
  return { status: 200, body: listPage(newestFirst, req.query, '/v1/webhook_endpoints', 'webhook endpoint', (e) => endpointJson(e)) };
}

export function getEndpoint(req: Req): ProfileResponse {
  return { status: 200, body: endpointJson(findEndpoint(req.state, req.params.id)) };
}

export function updateEndpoint(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req.state, req.params.id);
  const input = validateUpdate(req.body, req.deps.env);
  if (input.url !== undefined) endpoint.url = input.url;
  if (input.enabled_events !== undefined) endpoint.enabled_events = input.enabled_events;
  if (input.description !== undefined) endpoint.description = input.description;
  if (input.metadata !== undefined) endpoint.metadata = applyMetadata(endpoint.metadata, input.metadata);
  if (input.disabled !== undefined) endpoint.status = input.disabled ? 'disabled' : 'enabled';
  return { status: 200, body: endpointJson(endpoint) };
}

export function deleteEndpoint(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req.state, req.params.id);
  params(req.body, []);
  req.state.endpoints = req.state.endpoints.filter((e) => e !== endpoint);
  return { status: 200, body: { id: endpoint.id, object: 'webhook_endpoint', deleted: true } };
}

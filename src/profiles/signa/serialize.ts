/** The seed's response shape: `secret` only on create and rotate-secret, `request_id` on every response. */
import { copyJson } from '../shared/json-values.js';
import type { SignaEndpoint } from './state.js';

export function endpointJson(endpoint: SignaEndpoint, requestId: string, options: { withSecret: boolean }): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: endpoint.id,
    object: 'webhook_endpoint',
    url: endpoint.url,
    description: endpoint.description,
    enabled_events: [...endpoint.enabled_events],
    status: endpoint.status,
    secret_version: endpoint.secret_version,
  };
  if (options.withSecret) json.secret = endpoint.secret;
  Object.assign(json, {
    consecutive_failures: endpoint.consecutive_failures,
    last_success_at: endpoint.last_success_at,
    last_failure_at: endpoint.last_failure_at,
    metadata: copyJson(endpoint.metadata),
    created_at: endpoint.created_at,
    updated_at: endpoint.updated_at,
    request_id: requestId,
  });
  return json;
}

/** Endpoint json without `request_id`, for list items. */
export function listItemJson(endpoint: SignaEndpoint): Record<string, unknown> {
  const { request_id: _omit, ...rest } = endpointJson(endpoint, '', { withSecret: false });
  return rest;
}

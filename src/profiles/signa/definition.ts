/** Signa (seed 000_45f75e91f7297df8.txt): Stripe-style webhook endpoints under `/signa`. */
import { signaScheme } from './scheme.js';
import { signaDelivery } from './delivery.js';
import { testEndpoint } from './delivery-routes.js';
import { adoptFixed } from '../shared/adopt-endpoint.js';
import type { ProfileDefinition, RouteDef } from '../types.js';
import { signaErrors } from './errors.js';
import { withIdempotency } from './idempotency.js';
import { listEndpoints } from './list.js';
import { rotateSecret } from './endpoints.js';
import { initialSignaState, type SignaState } from './state.js';
import { signaNeutral, signaSigningSecrets } from './summary.js';
import { SIGNA_SUBSCRIBABLE_EVENTS, SIGNA_TEST_EVENT } from './validate.js';
import { createEndpoint, deleteEndpoint, getEndpoint, updateEndpoint } from './endpoints.js';
import { bearerAuth, controlRoutesFrom } from '../kit/index.js';
import { newSigningSecret } from './ids.js';

const SCOPE = 'portfolios:manage';

const routes: readonly RouteDef<SignaState>[] = [
  { method: 'POST', path: '/v1/webhooks/:id/test', operation: 'webhooks.test', role: 'test', scope: SCOPE, handler: testEndpoint },
  {
    method: 'POST',
    path: '/v1/webhooks',
    operation: 'webhooks.create',
    role: 'create',
    scope: SCOPE,
    handler: withIdempotency(createEndpoint),
  },
  { method: 'GET', path: '/v1/webhooks', operation: 'webhooks.list', role: 'list', scope: SCOPE, inferred: true, handler: listEndpoints },
  {
    method: 'GET',
    path: '/v1/webhooks/:id',
    operation: 'webhooks.retrieve',
    role: 'get',
    scope: SCOPE,
    inferred: true,
    handler: getEndpoint,
  },
  {
    method: 'POST',
    path: '/v1/webhooks/:id',
    operation: 'webhooks.update',
    role: 'update',
    scope: SCOPE,
    inferred: true,
    handler: withIdempotency(updateEndpoint),
  },
  {
    method: 'DELETE',
    path: '/v1/webhooks/:id',
    operation: 'webhooks.delete',
    role: 'delete',
    scope: SCOPE,
    inferred: true,
    handler: deleteEndpoint,
  },
  {
    method: 'POST',
    path: '/v1/webhooks/:id/rotate-secret',
    operation: 'webhooks.rotate_secret',
    role: 'rotate',
    scope: SCOPE,
    inferred: true,
    handler: withIdempotency(rotateSecret),
  },
];

export const signaProfile: ProfileDefinition<SignaState> = {
  id: 'signa',
  title: 'Signa',
  seed: '000_45f75e91f7297df8.txt',
  mount: '/signa',
  auth: bearerAuth(),
  ...signaErrors.definition,
  routes,
  initialState: initialSignaState,
  defaultApiKeys: [{ key: 'hy_signa_test', scopes: ['*'], label: 'Signa test key (all scopes)' }],
  events: { types: [...SIGNA_SUBSCRIBABLE_EVENTS, SIGNA_TEST_EVENT], testEvent: SIGNA_TEST_EVENT },
  deliveryScheme: signaScheme,
  secret: { generate: newSigningSecret, inResponse: 'secret' },
  ...signaNeutral,
  signingSecrets: signaSigningSecrets,
  controlRoutes: controlRoutesFrom(routes),

  adoptEndpoint: (state, createdId, fixed) => adoptFixed(state.endpoints, createdId, fixed, (e, secret) => (e.secret = secret)),
  delivery: signaDelivery,
  inferred: [
    'POST /v1/webhooks/{id}/test (named in the seed) delivers webhook.test at once and answers 200 {object:"webhook_test", webhook_id, event_id, event_type, delivered, response_status, error, request_id}.',
    "Routes GET /v1/webhooks (list), GET|POST|DELETE /v1/webhooks/{id} (retrieve, update, delete) and POST /v1/webhooks/{id}/rotate-secret follow Stripe's webhook-endpoint API; the seed documents only create.",
    'Create answers 200 (Stripe answers 200 for creates); update, rotate-secret and list answer 200; delete answers 200 {id, object:"webhook_endpoint", deleted:true, request_id}.',
    'List is a Stripe list object {object:"list", data, has_more, url:"/v1/webhooks", request_id}, newest first, with limit (1-100, default 10), starting_after and ending_before; items carry no secret and no request_id.',
    'Every response carries a fresh request_id "req_" + 14 alphanumerics, errors included.',
    'Endpoint ids are "whk_" + 24 alphanumerics; secrets "whsec_" + 32 base64url characters (24 random bytes), used as a UTF-8 HMAC key.',
    'Idempotency-Key on POST routes, scoped per API key, kept 24 h: the same key with the same method, path and JSON body replays the first 2xx response verbatim (same request_id) with header Idempotent-Replayed: true; with a different request it is 400 idempotency_error/idempotency_key_reused (Stripe). Failed requests are not recorded. Keys longer than 255 characters are 400 idempotency_key_invalid.',
    'Unknown body parameters are 400 parameter_unknown (Stripe); a missing required parameter is 400 parameter_missing; wrong types are 400 parameter_invalid with param naming the field (enabled_events[i] for a bad entry).',
    'Error types follow Stripe: invalid_request_error (400/404/413), authentication_error (401), permission_error (403, missing scope portfolios:manage), idempotency_error, rate_limit_error (429), api_error (5xx); param is omitted when no single parameter is at fault.',
    'Codes: url_invalid (bad or over-long URL), url_https_required (http:// in production), event_type_invalid (unknown type or webhook.test), resource_missing (unknown id, 404).',
    'Update (POST /v1/webhooks/{id}) takes url, description (null clears), enabled_events, metadata (merged; a null value removes that key, Stripe style) and disabled (true sets status "disabled", false "active").',
    'enabled_events is echoed as sent (duplicates kept). The production URL rule rejects only http://; private hosts are not rejected (the seed names no such rule).',
    "rotate-secret returns the endpoint with the new secret and secret_version + 1; the previous secret keeps signing deliveries (both v1 signatures sent) for 24 h (Stripe's default expiry), then stops.",
    'Timestamps are ISO 8601 with milliseconds (Date.toISOString).',
  ],
};

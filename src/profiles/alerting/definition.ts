/** Alerting (seed 002_53e388ad5c51eac9.txt): alert webhook endpoints with optional HMAC signing. */
import { alertingScheme } from './scheme.js';
import { alertingDelivery } from './delivery.js';
import { testEndpoint } from './delivery-routes.js';
import { adoptFixed } from '../shared/adopt-endpoint.js';
import type { ProfileDefinition, RouteDef } from '../types.js';
import { alertingErrors } from './errors.js';
import { rotateSecret } from './endpoints.js';
import { initialAlertingState, type AlertingState } from './state.js';
import { ALERTING_EVENTS, ALERTING_TEST_EVENT, alertingSigningSecrets, alertingNeutral } from './summary.js';
import { createEndpoint, deleteEndpoint, getEndpoint, listEndpoints, updateEndpoint } from './endpoints.js';
import { bearerAuth, controlRoutesFrom } from '../kit/index.js';
import { generateSigningSecret } from './ids.js';

const BASE = '/api/v1/alerting/webhook-endpoints';

const routes: readonly RouteDef<AlertingState>[] = [
  { method: 'POST', path: BASE, operation: 'CreateAlertWebhookEndpoint', role: 'create', handler: createEndpoint },
  { method: 'POST', path: `${BASE}/:id/test`, operation: 'TestAlertWebhookEndpoint', role: 'test', inferred: true, handler: testEndpoint },
  { method: 'GET', path: BASE, operation: 'ListAlertWebhookEndpoints', role: 'list', inferred: true, handler: listEndpoints },
  { method: 'GET', path: `${BASE}/:id`, operation: 'GetAlertWebhookEndpoint', role: 'get', inferred: true, handler: getEndpoint },
  { method: 'PUT', path: `${BASE}/:id`, operation: 'UpdateAlertWebhookEndpoint', role: 'update', inferred: true, handler: updateEndpoint },
  {
    method: 'DELETE',
    path: `${BASE}/:id`,
    operation: 'DeleteAlertWebhookEndpoint',
    role: 'delete',
    inferred: true,
    handler: deleteEndpoint,
  },
  {
    method: 'POST',
    path: `${BASE}/:id/rotate-secret`,
    operation: 'RotateAlertWebhookEndpointSecret',
    role: 'rotate',
    inferred: true,
    handler: rotateSecret,
  },
];

export const alertingProfile: ProfileDefinition<AlertingState> = {
  id: 'alerting',
  title: 'Alerting',
  seed: '002_53e388ad5c51eac9.txt',
  mount: '/alerting',
  auth: bearerAuth(),
  ...alertingErrors.definition,
  routes,
  initialState: initialAlertingState,
  defaultApiKeys: [{ key: 'hy_alerting_test', scopes: ['*'], label: 'Alerting test key (all scopes)' }],
  events: { types: [...ALERTING_EVENTS, ALERTING_TEST_EVENT], testEvent: ALERTING_TEST_EVENT },
  deliveryScheme: alertingScheme,
  secret: { generate: generateSigningSecret, inResponse: 'signingSecretPlaintext' },
  ...alertingNeutral,
  signingSecrets: (state, endpointId) => alertingSigningSecrets(state, endpointId),
  controlRoutes: controlRoutesFrom(routes),

  adoptEndpoint: (state, createdId, fixed) => adoptFixed(state.endpoints, createdId, fixed, (e, secret) => (e.signingSecret = secret)),
  delivery: alertingDelivery,
  inferred: [
    'POST /api/v1/alerting/webhook-endpoints/{id}/test sends alert.test and answers {endpointId, eventId, eventType, delivered, statusCode, error, signed}; deliveries are unsigned while signingEnabled is false but always carry X-Alerting-Delivery and X-Alerting-Event.',
    'Routes GET /api/v1/alerting/webhook-endpoints (list {endpoints:[...]}, creation order), GET|PUT|DELETE .../webhook-endpoints/{id} and POST .../webhook-endpoints/{id}/rotate-secret; the seed documents only create.',
    'signingSecret: an empty string, null or a missing field all auto-generate a secret (the seed marks the field Required yet says "auto-generated if empty"); name, url and signingEnabled are required.',
    'Generated secrets are "whsec_" + 32 lowercase hex characters, shaped like the seed\'s example "whsec_abc123def456"; a supplied secret is used as given (1-256 characters).',
    'With signingEnabled false a secret is still kept (generated if empty), shown once as signingSecretPlaintext and masked afterwards, so enabling signing later needs no new secret; deliveries are unsigned until then.',
    'signingSecretMasked is "****" + the last 4 characters; a secret shorter than 8 characters shows "****" alone so the mask never reveals most of it.',
    'Ids are sequential wh-001, wh-002, ... (wh-1000 after wh-999), never reused after a delete.',
    'Timestamps are ISO 8601 to the second with Z, as in the seed\'s example "2026-01-15T08:00:00Z".',
    'Validation: name a non-blank string (max 255); url an absolute http(s) URL (max 2048); signingEnabled a boolean; unknown fields are ignored. Errors are 400 {"error":{"code":"INVALID_ARGUMENT","message","field"}}; field is null when no single field is at fault.',
    'Production applies the common SaaS rule https + public host (the seed gives no URL rule); sandbox accepts http:// and private hosts.',
    'PUT updates any of name, url, signingEnabled (all optional); a non-empty signingSecret replaces the secret (not echoed back); answers 200 {endpoint}.',
    'DELETE answers 200 {"id","deleted":true}; unknown ids are 404 NOT_FOUND.',
    'rotate-secret takes an optional signingSecret (generated when empty), answers 200 {endpoint, signingSecretPlaintext}; the old secret stops signing at once (GitHub-style single signature).',
    'Endpoints have no event filter: each receives alert.triggered, alert.acknowledged and alert.resolved; alert.test is the test event.',
    'Error codes: INVALID_ARGUMENT (400), UNAUTHENTICATED (401), PERMISSION_DENIED (403), NOT_FOUND (404), PAYLOAD_TOO_LARGE (413), RATE_LIMITED (429), INTERNAL (500).',
  ],
};

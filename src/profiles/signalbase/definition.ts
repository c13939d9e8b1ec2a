/** Signalbase (seed 001_a25d17bda50d87e8.txt): the Webhooks API v2, OpenAPI documented. */
import { signalbaseScheme } from './scheme.js';
import { signalbaseDelivery } from './delivery.js';
import { adoptFixed } from '../shared/adopt-endpoint.js';
import type { ProfileDefinition, RouteDef } from '../types.js';
import { signalbaseNeutral, signalbaseSigningSecrets } from './summary.js';
import { signalbaseErrors } from './errors.js';
import { guarded, guardedAsync } from './rate-limit.js';
import { listDeliveries, retryDelivery, testEndpoint } from './delivery-routes.js';
import { initialSignalbaseState, type SignalbaseState } from './state.js';
import { SIGNALBASE_EVENTS } from './validate.js';
import { createEndpoint, deleteEndpoint, listEndpoints, getEndpoint, updateEndpoint } from './endpoints.js';
import { bearerAuth, controlRoutesFrom } from '../kit/index.js';
import { newSecret } from './ids.js';

const BASE = '/api/v2/webhooks';

const routes: readonly RouteDef<SignalbaseState>[] = [
  { method: 'POST', path: BASE, operation: 'webhooks.create', role: 'create', handler: guarded('webhooks.create', createEndpoint) },
  { method: 'GET', path: BASE, operation: 'webhooks.list', role: 'list', inferred: true, handler: guarded('webhooks.list', listEndpoints) },
  {
    method: 'GET',
    path: `${BASE}/:id`,
    operation: 'webhooks.retrieve',
    role: 'get',
    inferred: true,
    handler: guarded('webhooks.retrieve', getEndpoint),
  },
  {
    method: 'PATCH',
    path: `${BASE}/:id`,
    operation: 'webhooks.update',
    role: 'update',
    inferred: true,
    handler: guarded('webhooks.update', updateEndpoint),
  },
  {
    method: 'POST',
    path: `${BASE}/:id/test`,
    operation: 'webhooks.test',
    role: 'test',
    inferred: true,
    handler: guardedAsync('webhooks.test', testEndpoint),
  },
  {
    method: 'GET',
    path: `${BASE}/:id/deliveries`,
    operation: 'webhooks.deliveries.list',
    role: 'deliveries',
    inferred: true,
    handler: guardedAsync('webhooks.deliveries.list', listDeliveries),
  },
  {
    method: 'POST',
    path: `${BASE}/:id/deliveries/:deliveryId/retry`,
    operation: 'webhooks.deliveries.retry',
    role: 'retry',
    inferred: true,
    handler: guardedAsync('webhooks.deliveries.retry', retryDelivery),
  },
  {
    method: 'DELETE',
    path: `${BASE}/:id`,
    operation: 'webhooks.delete',
    role: 'delete',
    inferred: true,
    handler: guarded('webhooks.delete', deleteEndpoint),
  },
];

export const signalbaseProfile: ProfileDefinition<SignalbaseState> = {
  id: 'signalbase',
  title: 'Signalbase',
  seed: '001_a25d17bda50d87e8.txt',
  mount: '/signalbase',
  auth: bearerAuth(),
  ...signalbaseErrors.definition,
  routes,
  initialState: initialSignalbaseState,
  defaultApiKeys: [{ key: 'hy_signalbase_test', scopes: ['*'], label: 'Signalbase test key' }],
  events: { types: [...SIGNALBASE_EVENTS], testEvent: 'system.test' },
  deliveryScheme: signalbaseScheme,
  secret: { generate: newSecret, inResponse: 'data.secret' },
  ...signalbaseNeutral,
  signingSecrets: signalbaseSigningSecrets,
  controlRoutes: {
    ...controlRoutesFrom(routes),
    // Signalbase rotates through update with a flag.
    rotate: { method: 'PATCH', path: `${BASE}/:id`, body: { rotate_secret: true } },
  },

  adoptEndpoint: (state, createdId, fixed) => adoptFixed(state.webhooks, createdId, fixed, (e, secret) => (e.secret = secret)),
  delivery: signalbaseDelivery,
  inferred: [
    'POST /api/v2/webhooks/{id}/test (Send Test Event, the only way system.test is delivered), GET /api/v2/webhooks/{id}/deliveries (delivery attempts, newest first) and POST /api/v2/webhooks/{id}/deliveries/{deliveryId}/retry: routes and field names (delivery_id, event_id, event_type, status, attempts[{attempt, attempted_at, success, status_code, duration_ms, error, response_body}]) are inferred; the OpenAPI lists them but not their schemas.',
    'Deliveries honour filters (system.test excepted): countries, categories, funding and roundFlavor are comma lists matched case-insensitively; search is a case-insensitive substring of the company name or description; teamSize, fundingAmount, acquisitionAmount and healthScore take min-max, min+ or an exact number; dateFrom/dateTo are ISO dates compared with the event date. An event lacking the field a filter reads does not match.',
    'Routes GET /api/v2/webhooks (newest first, soft-deleted included, ?active=true|false), GET|PATCH|DELETE /api/v2/webhooks/{id}; the seed documents create and the Webhook schema. PATCH {"rotate_secret":true} rotates and returns the full secret; DELETE is a soft delete answering 200 with the webhook (active=false).',
    'snake_case wins when a field is sent in both spellings; event_types must hold at least one type; duplicates are removed keeping first-seen order.',
    'Unrecognized filter keys are dropped (not echoed); filter values are kept as given (the overview page with value formats is not in the seed); a non-string value is 400.',
    'The 10-active limit counts active webhooks only (soft-deleted do not count); re-activating with PATCH {"active":true} beyond it is 400.',
    'last_modified_by is user_ + 16 hex of the API key\'s SHA-256 (stable per key); last_modified_via is "api", or "dashboard" for changes made from the inspector or control API.',
    'Rate limit: 60 requests per 60 s per team and operation (the seed: "for this team and endpoint"; the figures are inferred); every answer carries X-RateLimit-Limit, -Remaining and -Reset (unix seconds); a 429 adds retryAfter and Retry-After.',
    "A key configured with flags.subscriptionExpired gets the seed's 403 subscription_expired on every route.",
    "The seed's code enum has no codes for 403 scope, 405 or 413: they answer subscription_expired / bad_request in the same envelope.",
    'Rotation invalidates the old secret at once (the seed documents no grace period).',
    "Teams: a key's team comes from its config (`team`); keys without one share the default team (the test key and the inspector). Limits, lists and reads are per team; another team's webhook is 404.",
    "A 403 subscription_expired is not counted against the rate limit but still carries X-RateLimit-*; a simulated 429 (Hookyard-Simulate) carries the seed example's retryAfter 60 with X-RateLimit-Remaining 0 and X-RateLimit-Reset 60, not the live window.",
  ],
};

/** PipAI (seed 003_8d5f61023b4b7902.txt): signed API requests, https-only webhooks with wildcards. */
import { pipaiScheme } from './scheme.js';
import { pipaiDelivery } from './delivery.js';
import { testEndpoint } from './delivery-routes.js';
import { adoptFixed } from '../shared/adopt-endpoint.js';
import type { ProfileDefinition, RouteDef } from '../types.js';
import { pipaiErrors } from './errors.js';
import { initialPipaiState, type PipaiState } from './state.js';
import { pipaiNeutral, pipaiSigningSecrets } from './summary.js';
import { PIPAI_EVENTS, PIPAI_TEST_EVENT } from './validate.js';
import { createEndpoint, deleteEndpoint, getEndpoint, listEndpoints, updateEndpoint } from './endpoints.js';
import { controlRoutesFrom, signedRequestAuth } from '../kit/index.js';
import { newSecret } from './ids.js';

const WRITE = 'webhooks:write';

const routes: readonly RouteDef<PipaiState>[] = [
  { method: 'POST', path: '/v1/webhooks', operation: 'webhooks.create', role: 'create', scope: WRITE, handler: createEndpoint },
  { method: 'GET', path: '/v1/webhooks', operation: 'webhooks.list', role: 'list', inferred: true, handler: listEndpoints },
  { method: 'GET', path: '/v1/webhooks/:id', operation: 'webhooks.retrieve', role: 'get', inferred: true, handler: getEndpoint },
  {
    method: 'PUT',
    path: '/v1/webhooks/:id',
    operation: 'webhooks.update',
    role: 'update',
    scope: WRITE,
    inferred: true,
    handler: updateEndpoint,
  },
  {
    method: 'POST',
    path: '/v1/webhooks/:id/test',
    operation: 'webhooks.test',
    role: 'test',
    scope: WRITE,
    inferred: true,
    handler: testEndpoint,
  },
  {
    method: 'DELETE',
    path: '/v1/webhooks/:id',
    operation: 'webhooks.delete',
    role: 'delete',
    scope: WRITE,
    inferred: true,
    handler: deleteEndpoint,
  },
];

export const pipaiProfile: ProfileDefinition<PipaiState> = {
  id: 'pipai',
  title: 'PipAI',
  seed: '003_8d5f61023b4b7902.txt',
  mount: '/pipai',
  auth: signedRequestAuth({
    headers: { key: 'X-PipAI-API-Key', timestamp: 'X-PipAI-Timestamp', signature: 'X-PipAI-Signature' },
    windowMs: 60_000,
  }),
  ...pipaiErrors.definition,
  routes,
  initialState: initialPipaiState,
  defaultApiKeys: [{ key: 'hy_pipai_test', scopes: ['*'], apiSecret: 'hy_pipai_secret', label: 'PipAI test key (all scopes)' }],
  events: { types: [...PIPAI_EVENTS, PIPAI_TEST_EVENT], testEvent: PIPAI_TEST_EVENT },
  deliveryScheme: pipaiScheme,
  secret: { generate: newSecret, inResponse: 'secret' },
  ...pipaiNeutral,
  signingSecrets: (state, id) => pipaiSigningSecrets(state, id),
  controlRoutes: controlRoutesFrom(routes),

  adoptEndpoint: (state, createdId, fixed) => adoptFixed(state.webhooks, createdId, fixed, (e, secret) => (e.secret = secret)),
  delivery: pipaiDelivery,
  inferred: [
    'POST /v1/webhooks/{id}/test sends webhook.test (which no subscription receives otherwise) and answers {id, event_id, event, delivered, status_code, error}; 410 or five days of failures set status "broken".',
    'Create answers 201 (the seed shows the body, not the status).',
    'Routes GET /v1/webhooks (a bare JSON array, creation order), GET|PUT|DELETE /v1/webhooks/{id}; DELETE answers 200 {"id","deleted":true}. The seed documents only create; there is no rotate route (the seed documents none).',
    'Reads need webhooks:read or webhooks:write; create, update and delete need webhooks:write (documented for create).',
    'Event types: the five in the seed\'s example and field notes (strategy.deployed, strategy.position_opened, strategy.error, backtest.job_done, account.balance_low); the "Payload Format" page is not in the seed. Test event: webhook.test.',
    'balance_low_threshold is required only when events lists account.balance_low literally (a wildcard does not make it required); otherwise it is ignored: not stored or echoed. When stored it is echoed back.',
    'DUPLICATE_URL compares the url string exactly; LIMIT_REACHED counts every webhook on the account, paused or broken included.',
    'created_at is ISO 8601 UTC to the second (like the example); ids are wh_ + 6 hex (up to 8 on a collision); the secret is 40 base64url characters (30 random bytes).',
    'PUT takes url, events, description, balance_low_threshold and status ("active" | "paused"; "broken" is set only by the delivery system), validated as create.',
    'Authentication failures answer 401 UNAUTHORIZED with the reason (missing headers, unknown key, stale timestamp, bad signature); X-PipAI-Timestamp must be within ±60 s.',
    'Errors: {"code","message","param"} with param null when no single field is at fault; 404 NOT_FOUND, 413 PAYLOAD_TOO_LARGE and 500 INTERNAL_ERROR are inferred codes.',
    'The url must be https:// and a public host in production; sandbox also accepts http:// and loopback/private hosts (no DNS or TLS check is made).',
  ],
};

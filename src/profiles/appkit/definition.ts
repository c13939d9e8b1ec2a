/** appkit (seed 004_f4505629fdcfd626.txt): app-scoped webhook endpoints, Standard Webhooks deliveries. */
import { appkitScheme } from './scheme.js';
import { appkitDelivery } from './delivery.js';
import { listDeliveries, testEndpoint } from './delivery-routes.js';
import { adoptFixed } from '../shared/adopt-endpoint.js';
import type { ProfileDefinition, RouteDef } from '../types.js';
import { appkitErrors } from './errors.js';
import { initialAppkitState, type AppkitState } from './state.js';
import { appkitSigningSecrets, appkitNeutral } from './summary.js';
import { APPKIT_EVENTS, APPKIT_TEST_EVENT } from './validate.js';
import { createEndpoint, deleteEndpoint, listEndpoints, rotateSecret, updateEndpoint } from './endpoints.js';
import { bearerAuth, controlRoutesFrom } from '../kit/index.js';
import { newAppkitSecret } from './ids.js';

const BASE = '/apps/:appId/webhooks';

const routes: readonly RouteDef<AppkitState>[] = [
  { method: 'POST', path: BASE, operation: 'webhooks.create', role: 'create', handler: createEndpoint },
  { method: 'GET', path: BASE, operation: 'webhooks.list', role: 'list', handler: listEndpoints },
  { method: 'PUT', path: `${BASE}/:webhookId`, operation: 'webhooks.update', role: 'update', handler: updateEndpoint },
  { method: 'DELETE', path: `${BASE}/:webhookId`, operation: 'webhooks.delete', role: 'delete', handler: deleteEndpoint },
  { method: 'POST', path: `${BASE}/:webhookId/test-ping`, operation: 'webhooks.test_ping', role: 'test', handler: testEndpoint },
  { method: 'GET', path: `${BASE}/:webhookId/deliveries`, operation: 'webhooks.deliveries', role: 'deliveries', handler: listDeliveries },
  { method: 'POST', path: `${BASE}/:webhookId/rotate-secret`, operation: 'webhooks.rotate_secret', role: 'rotate', handler: rotateSecret },
];

export const appkitProfile: ProfileDefinition<AppkitState> = {
  id: 'appkit',
  title: 'appkit',
  seed: '004_f4505629fdcfd626.txt',
  mount: '/appkit',
  auth: bearerAuth(),
  ...appkitErrors.definition,
  routes,
  initialState: initialAppkitState,
  defaultApiKeys: [{ key: 'hy_appkit_test', scopes: ['*'], label: 'appkit test key (all scopes)' }],
  events: { types: [...APPKIT_EVENTS, APPKIT_TEST_EVENT], testEvent: APPKIT_TEST_EVENT },
  deliveryScheme: appkitScheme,
  secret: { generate: newAppkitSecret, inResponse: 'data.secret' },
  defaultScope: { appId: 'app_hookyard' },
  ...appkitNeutral,
  signingSecrets: (state, endpointId) => appkitSigningSecrets(state, endpointId),
  controlRoutes: controlRoutesFrom(routes, 'webhookId'),

  adoptEndpoint: (state, createdId, fixed) => adoptFixed(state.endpoints, createdId, fixed, (e, secret) => (e.secret = secret)),
  delivery: appkitDelivery,
  inferred: [
    'test-ping sends webhook.ping and answers {success:true, data:{delivered, statusCode, error, durationMs, eventId, deliveryId}} (the seed\'s "Test ping response" section is empty).',
    'deliveries answers {success:true, data:{items:[{id, eventId, eventType, status, attempts, responseStatus, createdAt, lastAttemptAt, nextAttemptAt}], nextCursor, hasMore}}, newest first; status is success, failed or pending; limit 1-100 (default 20); cursor is the nextCursor of the previous page.',
    'Create answers 201 Created; list, update and rotate-secret answer 200; delete answers 204 with no body (documented).',
    'Any appId is accepted (there is no app registry in the mock); each app has its own endpoint list, and an endpoint is 404 NOT_FOUND under another app.',
    'Event catalogue: user.created, user.updated, user.deleted, message.created; an unknown type is 400; duplicates collapse (order kept). webhook.ping is the test-ping event and cannot be subscribed to.',
    'url: an absolute URL of at most 2048 characters; production requires https and a public host, sandbox accepts http:// and loopback/private hosts.',
    'Unknown body fields are ignored (create takes only url and events: an endpoint is created active).',
    'PUT takes any of url, events (min 1), active; an empty body changes nothing but updatedAt.',
    'Errors: {"success":false,"error":{"code","message"}} with VALIDATION_ERROR (400), UNAUTHORIZED (401), FORBIDDEN (403), NOT_FOUND (404), PAYLOAD_TOO_LARGE (413), RATE_LIMITED (429), INTERNAL_ERROR (500); the message names the field.',
    'List is newest-last (creation order), not paginated (the seed documents pagination for deliveries only).',
    'Secrets are "whsec_" + standard base64 (with padding) of 32 random bytes; ids are UUID v4; timestamps ISO 8601 with milliseconds.',
    'There is no retrieve route (the seed documents none): GET /apps/{appId}/webhooks/{id} is answered by the mount layer as an unsupported method.',
  ],
};

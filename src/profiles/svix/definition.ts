/** Svix: applications, endpoints, messages and attempts as the svix SDK calls them, under `/svix`. */
import { svixScheme } from '../../signing/presets/svix.js';
import type { ProfileDefinition, RouteDef } from '../types.js';
import { DEFAULT_APP_UID, createApp, deleteApp, getApp, listApps, updateApp } from './apps.js';
import { listAttemptsByEndpoint, listAttemptsByMessage, resendMessage } from './delivery-routes.js';
import { svixDelivery } from './delivery.js';
import { createEndpoint, deleteEndpoint, getEndpoint, getSecret, listEndpoints, rotateSecret, updateEndpoint } from './endpoints.js';
import { svixErrors } from './errors.js';
import { withIdempotency } from './idempotency.js';
import { SVIX_INFERRED } from './inferred.js';
import { createMessage, getMessage, listMessages } from './messages.js';
import { svixSdk } from './sdk.js';
import { initialSvixState, type SvixState } from './state.js';
import { svixNeutral, svixSigningSecrets } from './summary.js';
import { bearerAuth, controlRoutesFrom } from '../kit/index.js';
import { newSecret } from './ids.js';

const APP = '/api/v1/app/:appId';
const ENDPOINT = `${APP}/endpoint/:id`;

const routes: readonly RouteDef<SvixState>[] = [
  { method: 'POST', path: '/api/v1/app', operation: 'application.create', handler: withIdempotency(createApp) },
  { method: 'GET', path: '/api/v1/app', operation: 'application.list', handler: listApps },
  { method: 'GET', path: APP, operation: 'application.get', handler: getApp },
  { method: 'PUT', path: APP, operation: 'application.update', handler: updateApp },
  { method: 'PATCH', path: APP, operation: 'application.patch', handler: updateApp },
  { method: 'DELETE', path: APP, operation: 'application.delete', handler: deleteApp },
  { method: 'POST', path: `${APP}/endpoint`, operation: 'endpoint.create', role: 'create', handler: withIdempotency(createEndpoint) },
  { method: 'GET', path: `${APP}/endpoint`, operation: 'endpoint.list', role: 'list', handler: listEndpoints },
  { method: 'GET', path: ENDPOINT, operation: 'endpoint.get', role: 'get', handler: getEndpoint },
  { method: 'PUT', path: ENDPOINT, operation: 'endpoint.update', role: 'update', handler: updateEndpoint },
  { method: 'PATCH', path: ENDPOINT, operation: 'endpoint.patch', role: 'update', handler: updateEndpoint },
  { method: 'DELETE', path: ENDPOINT, operation: 'endpoint.delete', role: 'delete', handler: deleteEndpoint },
  { method: 'GET', path: `${ENDPOINT}/secret`, operation: 'endpoint.get_secret', handler: getSecret },
  {
    method: 'POST',
    path: `${ENDPOINT}/secret/rotate`,
    operation: 'endpoint.rotate_secret',
    role: 'rotate',
    handler: withIdempotency(rotateSecret),
  },
  { method: 'POST', path: `${APP}/msg`, operation: 'message.create', handler: withIdempotency(createMessage) },
  { method: 'GET', path: `${APP}/msg`, operation: 'message.list', handler: listMessages },
  { method: 'GET', path: `${APP}/msg/:msgId`, operation: 'message.get', handler: getMessage },
  {
    method: 'POST',
    path: `${APP}/msg/:msgId/endpoint/:id/resend`,
    operation: 'message_attempt.resend',
    role: 'retry',
    handler: withIdempotency(resendMessage),
  },
  {
    method: 'GET',
    path: `${APP}/attempt/endpoint/:id`,
    operation: 'message_attempt.list_by_endpoint',
    role: 'deliveries',
    handler: listAttemptsByEndpoint,
  },
  { method: 'GET', path: `${APP}/attempt/msg/:msgId`, operation: 'message_attempt.list_by_msg', handler: listAttemptsByMessage },
];

export const svixProfile: ProfileDefinition<SvixState> = {
  id: 'svix',
  title: 'Svix',
  seed: 'https://api.svix.com/docs',
  mount: '/svix',
  sdk: svixSdk,
  auth: bearerAuth(),
  ...svixErrors.definition,
  routes,
  initialState: initialSvixState,
  defaultApiKeys: [{ key: 'hy_svix_test', scopes: ['*'], label: 'Svix test auth token' }],
  events: { types: ['order.created', 'order.shipped'], testEvent: 'order.created', openTypes: true },
  deliveryScheme: svixScheme,
  secret: { generate: newSecret },
  ...svixNeutral,
  signingSecrets: svixSigningSecrets,
  // The control API's partial update is Svix's PATCH (PUT replaces the whole endpoint).
  controlRoutes: controlRoutesFrom(routes, { createIn: { appId: DEFAULT_APP_UID }, methods: { update: 'PATCH' } }),
  adoptEndpoint(state, createdId, fixed) {
    const endpoint = state.endpoints.find((e) => e.id === createdId);
    if (!endpoint || (fixed.id && state.endpoints.some((e) => e.id === fixed.id && e !== endpoint))) return false;
    if (fixed.id) endpoint.id = fixed.id;
    if (fixed.secret) endpoint.secret = fixed.secret;
    return true;
  },
  delivery: svixDelivery,
  inferred: SVIX_INFERRED,
};

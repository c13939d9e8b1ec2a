/** Stripe: webhook endpoints and events as stripe-node calls them, at `/v1` (root) and `/stripe/v1`. */
import { stripeScheme } from '../../signing/presets/stripe.js';
import { adoptFixed } from '../shared/adopt-endpoint.js';
import type { ProfileDefinition, RouteDef } from '../types.js';
import { stripeDelivery } from './delivery.js';
import { stripeErrors } from './errors.js';
import { listEvents, retrieveEvent } from './events.js';
import { withIdempotency } from './idempotency.js';
import { stripeSdk } from './sdk.js';
import { newRequestId } from './ids.js';
import { initialStripeState, type StripeState } from './state.js';
import { stripeNeutral, stripeSigningSecrets } from './summary.js';
import { createEndpoint, deleteEndpoint, listEndpoints, getEndpoint, updateEndpoint } from './endpoints.js';
import { STRIPE_INFERRED } from './inferred.js';
import { bearerAuth, controlRoutesFrom } from '../kit/index.js';
import { newWebhookSecret } from './ids.js';

/** The events hookyard has sample payloads for (fixtures/events/stripe/). */
export const STRIPE_FIRED_EVENTS = [
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'charge.succeeded',
  'charge.refunded',
  'customer.created',
  'checkout.session.completed',
  'invoice.paid',
  'customer.subscription.created',
] as const;

const stripeRoutes: readonly RouteDef<StripeState>[] = [
  {
    method: 'POST',
    path: '/v1/webhook_endpoints',
    operation: 'webhook_endpoints.create',
    role: 'create',
    handler: withIdempotency(createEndpoint),
  },
  { method: 'GET', path: '/v1/webhook_endpoints', operation: 'webhook_endpoints.list', role: 'list', handler: listEndpoints },
  { method: 'GET', path: '/v1/webhook_endpoints/:id', operation: 'webhook_endpoints.retrieve', role: 'get', handler: getEndpoint },
  {
    method: 'POST',
    path: '/v1/webhook_endpoints/:id',
    operation: 'webhook_endpoints.update',
    role: 'update',
    handler: withIdempotency(updateEndpoint),
  },
  { method: 'DELETE', path: '/v1/webhook_endpoints/:id', operation: 'webhook_endpoints.delete', role: 'delete', handler: deleteEndpoint },
  { method: 'GET', path: '/v1/events', operation: 'events.list', handler: listEvents },
  { method: 'GET', path: '/v1/events/:id', operation: 'events.retrieve', handler: retrieveEvent },
];

/** Stripe answers every request with a `Request-Id` (stripe-node's `lastResponse.requestId`). */
const routes: readonly RouteDef<StripeState>[] = stripeRoutes.map((route) => ({
  ...route,
  handler: async (req) => {
    const response = await route.handler(req);
    return { ...response, headers: { 'Request-Id': newRequestId(req.deps.randomBytes), ...(response.headers ?? {}) } };
  },
}));

export const stripeProfile: ProfileDefinition<StripeState> = {
  id: 'stripe',
  title: 'Stripe',
  seed: 'https://docs.stripe.com/api/webhook_endpoints',
  mount: '/stripe',
  rootAliases: ['/v1'],
  bodyFormats: ['form'],
  sdk: stripeSdk,
  auth: bearerAuth({ basic: true }),
  ...stripeErrors.definition,
  routes,
  initialState: initialStripeState,
  defaultApiKeys: [{ key: 'hy_stripe_test', scopes: ['*'], label: 'Stripe test key (a secret key, sk_test_ style)' }],
  events: { types: [...STRIPE_FIRED_EVENTS], testEvent: 'payment_intent.succeeded' },
  deliveryScheme: stripeScheme,
  secret: { generate: newWebhookSecret, inResponse: 'secret' },
  ...stripeNeutral,
  signingSecrets: stripeSigningSecrets,
  controlRoutes: controlRoutesFrom(routes),

  adoptEndpoint: (state, createdId, fixed) => adoptFixed(state.endpoints, createdId, fixed, (e, secret) => (e.secret = secret)),
  delivery: stripeDelivery,
  inferred: STRIPE_INFERRED,
};

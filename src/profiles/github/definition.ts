/** GitHub: repository and organization webhooks as @octokit/rest calls them, under `/github`. */
import { githubScheme } from '../../signing/presets/github.js';
import type { ProfileDefinition, RouteDef } from '../types.js';
import { getDelivery, listDeliveries, pingEndpoint, redeliver, testEndpoint } from './delivery-routes.js';
import { githubDelivery } from './delivery.js';
import { githubErrors } from './errors.js';
import { GITHUB_FIRED_EVENTS } from './events.js';
import {
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  getEndpointConfig,
  listEndpoints,
  updateEndpoint,
  updateEndpointConfig,
} from './endpoints.js';
import { GITHUB_INFERRED } from './inferred.js';
import { newRequestId } from './ids.js';
import { githubSdk } from './sdk.js';
import { initialGithubState, type GithubState } from './state.js';
import { githubSigningSecrets, githubNeutral } from './summary.js';
import { bearerAuth, controlRoutesFrom } from '../kit/index.js';

type Route = RouteDef<GithubState>;

/** The same hook routes under a repository and an organization (`repos.*Webhook`, `orgs.*Webhook`). */
function hookRoutes(base: string, ns: 'repos' | 'orgs'): Route[] {
  const hook = `${base}/hooks/:id`;
  return [
    { method: 'POST', path: `${base}/hooks`, operation: `${ns}.create_webhook`, role: 'create', handler: createEndpoint },
    { method: 'GET', path: `${base}/hooks`, operation: `${ns}.list_webhooks`, role: 'list', handler: listEndpoints },
    { method: 'GET', path: hook, operation: `${ns}.get_webhook`, role: 'get', handler: getEndpoint },
    { method: 'PATCH', path: hook, operation: `${ns}.update_webhook`, role: 'update', handler: updateEndpoint },
    { method: 'DELETE', path: hook, operation: `${ns}.delete_webhook`, role: 'delete', handler: deleteEndpoint },
    { method: 'GET', path: `${hook}/config`, operation: `${ns}.get_webhook_config`, handler: getEndpointConfig },
    { method: 'PATCH', path: `${hook}/config`, operation: `${ns}.update_webhook_config`, handler: updateEndpointConfig },
    { method: 'POST', path: `${hook}/pings`, operation: `${ns}.ping_webhook`, role: 'test', handler: pingEndpoint },
    { method: 'GET', path: `${hook}/deliveries`, operation: `${ns}.list_webhook_deliveries`, role: 'deliveries', handler: listDeliveries },
    { method: 'GET', path: `${hook}/deliveries/:deliveryId`, operation: `${ns}.get_webhook_delivery`, handler: getDelivery },
    {
      method: 'POST',
      path: `${hook}/deliveries/:deliveryId/attempts`,
      operation: `${ns}.redeliver_webhook_delivery`,
      role: 'retry',
      handler: redeliver,
    },
  ];
}

/** GitHub answers every request with an `X-GitHub-Request-Id` (Octokit logs it). */
function withRequestId(route: Route): Route {
  return {
    ...route,
    handler: async (req) => {
      const response = await route.handler(req);
      return { ...response, headers: { 'X-GitHub-Request-Id': newRequestId(req.deps.randomBytes), ...(response.headers ?? {}) } };
    },
  };
}

const testRoute: Route = {
  method: 'POST',
  path: '/repos/:owner/:repo/hooks/:id/tests',
  operation: 'repos.test_push_webhook',
  role: 'test',
  handler: testEndpoint,
};

const routes: readonly Route[] = [...hookRoutes('/repos/:owner/:repo', 'repos'), testRoute, ...hookRoutes('/orgs/:org', 'orgs')].map(
  withRequestId,
);

/** Where the control API and hookyard.config.json create hooks (GitHub needs a repository). */
const DEFAULT_REPO = { owner: 'hookyard', repo: 'sandbox' };

export const githubProfile: ProfileDefinition<GithubState> = {
  id: 'github',
  title: 'GitHub',
  seed: 'https://docs.github.com/rest/repos/webhooks',
  mount: '/github',
  sdk: githubSdk,
  auth: bearerAuth({ schemes: ['Bearer', 'token'] }),
  ...githubErrors.definition,
  routes,
  initialState: initialGithubState,
  defaultApiKeys: [{ key: 'hy_github_test', scopes: ['*'], label: 'GitHub test token (admin:repo_hook, admin:org_hook)' }],
  events: { types: [...GITHUB_FIRED_EVENTS], testEvent: 'push' },
  deliveryScheme: githubScheme,
  ...githubNeutral,
  signingSecrets: githubSigningSecrets,
  // Repository hooks first; a hook under an organization has no :owner, so it takes the org route.
  controlRoutes: controlRoutesFrom(routes, { createIn: DEFAULT_REPO }),
  adoptEndpoint(state, createdId, fixed) {
    const hook = state.hooks.find((h) => String(h.id) === createdId);
    if (!hook) return false;
    if (fixed.id !== undefined) {
      if (!/^\d{1,15}$/.test(fixed.id)) return false;
      const id = Number(fixed.id);
      if (state.hooks.some((h) => h.id === id && h !== hook)) return false;
      hook.id = id;
      state.nextHookId = Math.max(state.nextHookId, id + 1);
    }
    if (fixed.secret) hook.config.secret = fixed.secret;
    return true;
  },
  delivery: githubDelivery,
  inferred: GITHUB_INFERRED,
};

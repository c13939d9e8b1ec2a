/** Repository and organization hooks: create, list, get, update, delete, and the hook config. */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { deliveriesOf } from '../shared/deliveries.js';
import { githubCodes, notFound, validationFailed } from './errors.js';
import { newEventId, newHookId } from './ids.js';
import { pageLinks, perPage } from './pages.js';
import { pingPayload } from './payloads.js';
import { apiBase, configJson, githubTime, hookJson, sameTarget, targetPath } from './serialize.js';
import { checkHookLimit } from './hook-limit.js';
import type { GithubHook, GithubState, GithubTarget } from './state.js';
import { bodyObject, validateActive, validateConfig, validateEvents, validateName } from './validate.js';
import { findOr404 } from '../kit/index.js';

type Req = ProfileRequest<GithubState>;

export function targetOf(req: Req): GithubTarget {
  const { owner, repo, org } = req.params;
  return org !== undefined ? { kind: 'orgs', org } : { kind: 'repos', owner: owner!, repo: repo! };
}

export function findEndpoint(req: Req): GithubHook {
  const raw = req.params.id ?? '';
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  const target = targetOf(req);
  return findOr404(req.state.hooks, (h) => h.id === id && sameTarget(h.target, target), notFound);
}

/** GitHub pings a new hook right away; the create answer does not wait for that delivery. */
export function sendPing(req: Req, hook: GithubHook): Promise<void> {
  return deliveriesOf(req, githubCodes.internal).send('github', {
    id: newEventId(req.deps.randomBytes),
    type: 'ping',
    body: pingPayload(hook, apiBase(req.headers.host), req.deps.randomBytes),
    endpointIds: [String(hook.id)],
  });
}

export function createEndpoint(req: Req): ProfileResponse {
  const target = targetOf(req);
  const b = bodyObject(req.body);
  const name = validateName(b.name, target.kind === 'orgs');
  if (b.config === undefined) throw validationFailed([{ resource: 'Hook', code: 'missing_field', field: 'config' }]);
  const config = validateConfig(b.config, req.deps.env);
  const events = b.events === undefined ? ['push'] : validateEvents(b.events);
  const active = b.active === undefined ? true : validateActive(b.active);
  if (req.state.hooks.some((h) => sameTarget(h.target, target) && h.config.url === config.url)) {
    const where = target.kind === 'orgs' ? 'organization' : 'repository';
    throw validationFailed([{ resource: 'Hook', code: 'custom', message: `Hook already exists on this ${where}` }]);
  }
  checkHookLimit(req.state, target, events);
  const now = githubTime(req.deps.now());
  const hook: GithubHook = {
    id: newHookId(req.state),
    target,
    name,
    active,
    events,
    config,
    created_at: now,
    updated_at: now,
    last_response: { code: null, status: 'unused', message: null },
  };
  req.state.hooks.push(hook);
  if (hook.active && req.deps.deliveries) sendPing(req, hook).catch(() => undefined);
  return {
    status: 201,
    body: hookJson(hook, apiBase(req.headers.host)),
    headers: { Location: `${apiBase(req.headers.host)}${targetPath(target)}/hooks/${hook.id}` },
  };
}

export function listEndpoints(req: Req): ProfileResponse {
  const target = targetOf(req);
  const hooks = req.state.hooks.filter((h) => sameTarget(h.target, target));
  const size = perPage(req.query, 30);
  const page = pageNumber(req.query.get('page'));
  const slice = hooks.slice((page - 1) * size, page * size);
  const link = pageLinks(req, hooks.length, size, page);
  return { status: 200, body: slice.map((h) => hookJson(h, apiBase(req.headers.host))), headers: link ? { Link: link } : {} };
}

function pageNumber(raw: string | null): number {
  const n = raw !== null && /^\d+$/.test(raw) ? Number(raw) : 1;
  return Math.max(1, n);
}

export function getEndpoint(req: Req): ProfileResponse {
  return { status: 200, body: hookJson(findEndpoint(req), apiBase(req.headers.host)) };
}

export function updateEndpoint(req: Req): ProfileResponse {
  const hook = findEndpoint(req);
  const b = bodyObject(req.body);
  // The API replaces the config ("provide the same secret … or the secret will be removed");
  // the dashboard (control API, inspector) edits fields and keeps the secret, as github.com's form does.
  const config =
    b.config === undefined ? undefined : validateConfig(b.config, req.deps.env, req.via === 'dashboard' ? hook.config : undefined);
  let events = b.events === undefined ? [...hook.events] : validateEvents(b.events);
  if (hook.target.kind === 'repos') {
    if (b.add_events !== undefined) events = [...new Set([...events, ...validateEvents(b.add_events, 'add_events')])];
    if (b.remove_events !== undefined) {
      const drop = validateEvents(b.remove_events, 'remove_events');
      events = events.filter((e) => !drop.includes(e));
    }
  }
  const active = b.active === undefined ? hook.active : validateActive(b.active);
  checkHookLimit(req.state, hook.target, events, hook);
  if (config) hook.config = config;
  hook.events = events;
  hook.active = active;
  hook.updated_at = githubTime(req.deps.now());
  return { status: 200, body: hookJson(hook, apiBase(req.headers.host)) };
}

export function deleteEndpoint(req: Req): ProfileResponse {
  const hook = findEndpoint(req);
  req.state.hooks = req.state.hooks.filter((h) => h !== hook);
  return { status: 204 };
}

export function getEndpointConfig(req: Req): ProfileResponse {
  return { status: 200, body: configJson(findEndpoint(req).config) };
}

export function updateEndpointConfig(req: Req): ProfileResponse {
  const hook = findEndpoint(req);
  hook.config = validateConfig(bodyObject(req.body), req.deps.env, hook.config);
  hook.updated_at = githubTime(req.deps.now());
  return { status: 200, body: configJson(hook.config) };
}

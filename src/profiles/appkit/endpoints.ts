/** `/apps/:appId/webhooks`: create, list, update, delete, rotate-secret. */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { notFound } from './errors.js';
import { newAppkitSecret, newEndpointId } from './ids.js';
import { createdJson, listedJson, ok, updatedJson } from './serialize.js';
import type { AppkitEndpoint, AppkitState } from './state.js';
import { validateCreate, validateUpdate } from './validate.js';
import { findOr404 } from '../kit/index.js';

type Req = ProfileRequest<AppkitState>;

export function createEndpoint(req: Req): ProfileResponse {
  const input = validateCreate(req.body, req.deps.env);
  const now = new Date(req.deps.now()).toISOString();
  const endpoint: AppkitEndpoint = {
    appId: req.params.appId ?? '',
    id: newEndpointId(req.deps.randomBytes),
    url: input.url,
    events: input.events,
    active: true,
    secret: newAppkitSecret(req.deps.randomBytes),
    createdAt: now,
    updatedAt: now,
  };
  req.state.endpoints.push(endpoint);
  return { status: 201, body: ok(createdJson(endpoint)) };
}

export function listEndpoints(req: Req): ProfileResponse {
  const mine = req.state.endpoints.filter((e) => e.appId === req.params.appId);
  return { status: 200, body: ok(mine.map(listedJson)) };
}

export function updateEndpoint(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req);
  const input = validateUpdate(req.body, req.deps.env);
  if (input.url !== undefined) endpoint.url = input.url;
  if (input.events !== undefined) endpoint.events = input.events;
  if (input.active !== undefined) endpoint.active = input.active;
  endpoint.updatedAt = new Date(req.deps.now()).toISOString();
  return { status: 200, body: ok(updatedJson(endpoint)) };
}

export function deleteEndpoint(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req);
  req.state.endpoints = req.state.endpoints.filter((e) => e !== endpoint);
  return { status: 204 };
}

/** A new secret; the old one is invalidated immediately (no grace period). Returns only `{secret}`. */
export function rotateSecret(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req);
  endpoint.secret = newAppkitSecret(req.deps.randomBytes);
  endpoint.updatedAt = new Date(req.deps.now()).toISOString();
  return { status: 200, body: ok({ secret: endpoint.secret }) };
}

/** The endpoint named by `:appId` and `:webhookId`, or appkit's 404. */
export function findEndpoint(req: Req): AppkitEndpoint {
  const { appId, webhookId } = req.params;
  return findOr404(
    req.state.endpoints,
    (e) => e.appId === appId && e.id === webhookId,
    () => notFound(`Webhook endpoint ${webhookId ?? ''} not found in app ${appId ?? ''}.`),
  );
}

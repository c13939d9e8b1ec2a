/** `/api/v1/app/{app_id}/endpoint`: endpoints with filterTypes, channels and disabled; the secret routes. */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { findOr404 } from '../kit/index.js';
import { conflict, invalid, notFound } from './errors.js';
import { findApp } from './apps.js';
import { newEndpointId, newSecret } from './ids.js';
import { listPage, ordered } from './list.js';
import type { SvixEndpoint, SvixState } from './state.js';
import {
  bodyObject,
  booleanField,
  metadataField,
  nameField,
  nameList,
  optionalString,
  positiveInt,
  secretField,
  urlField,
} from './validate.js';

type Req = ProfileRequest<SvixState>;

/** The previous secret keeps signing this long after a rotation (Svix: 24 h). */
export const ROTATION_GRACE_MS = 24 * 3600_000;

export function endpointJson(e: SvixEndpoint): Record<string, unknown> {
  return {
    id: e.id,
    uid: e.uid,
    url: e.url,
    version: e.version,
    description: e.description,
    filterTypes: e.filterTypes,
    channels: e.channels,
    disabled: e.disabled,
    rateLimit: e.rateLimit,
    metadata: { ...e.metadata },
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function findEndpoint(req: Req): SvixEndpoint {
  const app = findApp(req);
  const key = req.params.id;
  return findOr404(req.state.endpoints, (e) => e.appId === app.id && (e.id === key || (e.uid !== null && e.uid === key)), notFound);
}

type Fields = Pick<
  SvixEndpoint,
  'url' | 'uid' | 'version' | 'description' | 'filterTypes' | 'channels' | 'disabled' | 'rateLimit' | 'metadata'
>;

/** A full body (create, PUT) or, with `base`, the fields sent (PATCH). */
function endpointFields(req: Req, b: Record<string, unknown>, base?: SvixEndpoint): Fields {
  return {
    url: b.url === undefined && base ? base.url : urlField(b.url ?? '', req.deps.env),
    uid: b.uid === undefined ? (base?.uid ?? null) : b.uid === null ? null : nameField(b.uid, 'uid', 256),
    version: b.version === undefined || b.version === null ? (base?.version ?? 1) : positiveInt(b.version, 'version'),
    description: b.description === undefined ? (base?.description ?? '') : (optionalString(b.description, 'description', 4096) ?? ''),
    filterTypes: b.filterTypes === undefined ? (base?.filterTypes ?? null) : (nameList(b.filterTypes, 'filterTypes', 1000, 256) ?? null),
    channels: b.channels === undefined ? (base?.channels ?? null) : (nameList(b.channels, 'channels', 10, 128) ?? null),
    disabled: b.disabled === undefined || b.disabled === null ? (base?.disabled ?? false) : booleanField(b.disabled, 'disabled'),
    rateLimit: b.rateLimit === undefined ? (base?.rateLimit ?? null) : b.rateLimit === null ? null : positiveInt(b.rateLimit, 'rateLimit'),
    metadata: b.metadata === undefined ? (base?.metadata ?? {}) : metadataField(b.metadata),
  };
}

function uidTaken(req: Req, appId: string, uid: string | null, self?: SvixEndpoint): void {
  if (uid !== null && req.state.endpoints.some((e) => e !== self && e.appId === appId && e.uid === uid))
    throw conflict('An endpoint with this uid already exists');
}

export function createEndpoint(req: Req): ProfileResponse {
  const app = findApp(req);
  const b = bodyObject(req.body);
  const fields = endpointFields(req, b);
  const secret = b.secret === undefined || b.secret === null ? newSecret(req.deps.randomBytes) : secretField(b.secret);
  uidTaken(req, app.id, fields.uid);
  const now = new Date(req.deps.now()).toISOString();
  const endpoint: SvixEndpoint = {
    id: newEndpointId(req.deps.randomBytes),
    appId: app.id,
    ...fields,
    secret,
    previousSecrets: [],
    createdAt: now,
    updatedAt: now,
  };
  req.state.endpoints.push(endpoint);
  return { status: 201, body: endpointJson(endpoint) };
}

export function listEndpoints(req: Req): ProfileResponse {
  const app = findApp(req);
  const items = req.state.endpoints.filter((e) => e.appId === app.id);
  return { status: 200, body: listPage(req, ordered(items, req, 'ascending'), endpointJson) };
}

export function getEndpoint(req: Req): ProfileResponse {
  return { status: 200, body: endpointJson(findEndpoint(req)) };
}

/** PUT replaces (url required); PATCH changes the fields sent (and may set a new secret). */
export function updateEndpoint(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req);
  const b = bodyObject(req.body);
  const fields = endpointFields(req, b, req.method === 'PATCH' ? endpoint : undefined);
  uidTaken(req, endpoint.appId, fields.uid, endpoint);
  if (req.method === 'PATCH' && b.secret !== undefined && b.secret !== null)
    rotate(req, endpoint, secretField(b.secret), ROTATION_GRACE_MS);
  Object.assign(endpoint, fields, { updatedAt: new Date(req.deps.now()).toISOString() });
  return { status: 200, body: endpointJson(endpoint) };
}

export function deleteEndpoint(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req);
  req.state.endpoints = req.state.endpoints.filter((e) => e !== endpoint);
  return { status: 204 };
}

export function getSecret(req: Req): ProfileResponse {
  return { status: 200, body: { key: findEndpoint(req).secret } };
}

/** `{"key"?, "gracePeriodSeconds"?}`: a new (or given) secret; the old one signs too until the grace ends. */
export function rotateSecret(req: Req): ProfileResponse {
  const endpoint = findEndpoint(req);
  const b = req.body === undefined ? {} : bodyObject(req.body);
  const key = b.key === undefined || b.key === null ? newSecret(req.deps.randomBytes) : secretField(b.key, 'key');
  let graceMs = ROTATION_GRACE_MS;
  if (b.gracePeriodSeconds !== undefined && b.gracePeriodSeconds !== null) {
    const seconds = b.gracePeriodSeconds;
    if (!Number.isInteger(seconds) || (seconds as number) < 0 || (seconds as number) > 7 * 86400) {
      throw invalid('gracePeriodSeconds', 'ensure this value is an integer between 0 and 604800');
    }
    graceMs = (seconds as number) * 1000;
  }
  rotate(req, endpoint, key, graceMs);
  endpoint.updatedAt = new Date(req.deps.now()).toISOString();
  return { status: 204 };
}

function rotate(req: Req, endpoint: SvixEndpoint, key: string, graceMs: number): void {
  const now = req.deps.now();
  endpoint.previousSecrets = [
    { key: endpoint.secret, expiresAt: now + graceMs },
    ...endpoint.previousSecrets.filter((p) => p.expiresAt > now),
  ];
  endpoint.secret = key;
}

/** Current secret first, then the rotated-away ones still in their grace period. */
export function activeSecrets(endpoint: SvixEndpoint, now: number): string[] {
  return [endpoint.secret, ...endpoint.previousSecrets.filter((p) => p.expiresAt > now).map((p) => p.key)];
}

/** `/api/v1/app`: applications, addressed by id or uid. */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { conflict, notFound } from './errors.js';
import { newAppId } from './ids.js';
import { listPage, ordered } from './list.js';
import type { SvixApp, SvixState } from './state.js';
import { bodyObject, metadataField, nameField, positiveInt, requiredString } from './validate.js';

type Req = ProfileRequest<SvixState>;

/** Where the control API and hookyard.config.json put endpoints (created on first use). */
export const DEFAULT_APP_UID = 'hookyard';

export function appJson(app: SvixApp): Record<string, unknown> {
  return {
    id: app.id,
    uid: app.uid,
    name: app.name,
    rateLimit: app.rateLimit,
    metadata: { ...app.metadata },
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
  };
}

export function findApp(req: Req): SvixApp {
  const key = req.params.appId;
  const app = req.state.apps.find((a) => a.id === key || (a.uid !== null && a.uid === key));
  if (app) return app;
  if (req.via === 'dashboard' && key === DEFAULT_APP_UID) return insertApp(req, { name: 'hookyard', uid: DEFAULT_APP_UID });
  throw notFound();
}

function insertApp(
  req: Req,
  fields: { name: string; uid: string | null; metadata?: Record<string, string>; rateLimit?: number | null },
): SvixApp {
  const now = new Date(req.deps.now()).toISOString();
  const app: SvixApp = {
    id: newAppId(req.deps.randomBytes),
    uid: fields.uid,
    name: fields.name,
    metadata: fields.metadata ?? {},
    rateLimit: fields.rateLimit ?? null,
    createdAt: now,
    updatedAt: now,
  };
  req.state.apps.push(app);
  return app;
}

function appFields(
  b: Record<string, unknown>,
  base?: SvixApp,
): { name: string; uid: string | null; metadata: Record<string, string>; rateLimit: number | null } {
  return {
    name: b.name === undefined && base ? base.name : requiredString(b, 'name'),
    uid: b.uid === undefined ? (base?.uid ?? null) : b.uid === null ? null : nameField(b.uid, 'uid', 256),
    metadata: b.metadata === undefined ? (base?.metadata ?? {}) : metadataField(b.metadata),
    rateLimit: b.rateLimit === undefined ? (base?.rateLimit ?? null) : b.rateLimit === null ? null : positiveInt(b.rateLimit, 'rateLimit'),
  };
}

function uidTaken(req: Req, uid: string | null, self?: SvixApp): void {
  if (uid !== null && req.state.apps.some((a) => a !== self && a.uid === uid))
    throw conflict('An application with this uid already exists');
}

export function createApp(req: Req): ProfileResponse {
  const fields = appFields(bodyObject(req.body));
  const existing = fields.uid === null ? undefined : req.state.apps.find((a) => a.uid === fields.uid);
  if (existing && req.query.get('get_if_exists') === 'true') return { status: 200, body: appJson(existing) };
  uidTaken(req, fields.uid);
  return { status: 201, body: appJson(insertApp(req, fields)) };
}

export function listApps(req: Req): ProfileResponse {
  return { status: 200, body: listPage(req, ordered(req.state.apps, req, 'ascending'), appJson) };
}

export function getApp(req: Req): ProfileResponse {
  return { status: 200, body: appJson(findApp(req)) };
}

/** PUT replaces (name required); PATCH changes the fields sent. */
export function updateApp(req: Req): ProfileResponse {
  const app = findApp(req);
  const b = bodyObject(req.body);
  const fields = req.method === 'PUT' ? appFields(b) : appFields(b, app);
  uidTaken(req, fields.uid, app);
  Object.assign(app, fields, { updatedAt: new Date(req.deps.now()).toISOString() });
  return { status: 200, body: appJson(app) };
}

export function deleteApp(req: Req): ProfileResponse {
  const app = findApp(req);
  req.state.apps = req.state.apps.filter((a) => a !== app);
  req.state.endpoints = req.state.endpoints.filter((e) => e.appId !== app.id);
  req.state.messages = req.state.messages.filter((m) => m.appId !== app.id);
  return { status: 204 };
}

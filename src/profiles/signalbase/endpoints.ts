/** Signalbase webhook handlers: create (documented in full), list / retrieve / update / delete. */
import type { ProfileError, ProfileRequest, ProfileResponse } from '../types.js';
import { badRequest, signalbaseCodes, signalbaseErrors } from './errors.js';
import { newSecret, newWebhookId } from './ids.js';
import { userFor } from './user.js';
import type { SignalbaseState, SignalbaseWebhook } from './state.js';
import { validateCreate, validateUpdate } from './validate.js';
import { findOr404 } from '../kit/index.js';
import { teamWebhooks } from './team-index.js';

export const MAX_ACTIVE = 10;
type Req = ProfileRequest<SignalbaseState>;

/** Every read shows `secret_preview` ("…" + last 4); create and rotation show `secret` instead. */
export function serialize(webhook: SignalbaseWebhook, withSecret: boolean): Record<string, unknown> {
  const { secret, deleted_at: _deleted, team: _team, ...rest } = webhook;
  return withSecret ? { ...rest, secret } : { ...rest, secret_preview: `…${secret.slice(-4)}` };
}

function envelope(status: number, endpoint: string, data: unknown): ProfileResponse {
  return { status, body: { success: true, data, meta: { endpoint, creditsUsed: 0 } } };
}

export function teamOf(req: Req): string {
  return req.apiKey.team ?? 'default';
}

/** The caller's team's webhook named by `:id` (deleted ones too), or Signalbase's 404. */
export function findEndpoint(req: Req): SignalbaseWebhook {
  const team = teamOf(req);
  return findOr404(
    teamWebhooks(req.state, team),
    (w) => w.id === req.params.id,
    () => signalbaseErrors.error(404, signalbaseCodes.notFound, `Webhook ${req.params.id} not found.`),
  );
}

function activeCount(state: SignalbaseState, team: string): number {
  let count = 0;
  for (const w of teamWebhooks(state, team)) if (w.active) count++;
  return count;
}

function limitError(): ProfileError {
  return badRequest(`Webhook limit reached: a team may have at most ${MAX_ACTIVE} active webhooks. Delete or deactivate one first.`);
}

export function createEndpoint(req: Req): ProfileResponse {
  const input = validateCreate(req.body, req.deps.env);
  if (activeCount(req.state, teamOf(req)) >= MAX_ACTIVE) throw limitError();
  const now = new Date(req.deps.now()).toISOString();
  const webhook: SignalbaseWebhook = {
    id: newWebhookId(req.deps.randomBytes),
    team: teamOf(req),
    endpoint_url: input.endpoint_url,
    event_types: input.event_types,
    filters: input.filters,
    active: true,
    created_at: now,
    updated_at: now,
    last_modified_by: userFor(req.apiKey),
    last_modified_via: req.via,
    stats: {
      total_deliveries: 0,
      successful_deliveries: 0,
      failed_deliveries: 0,
      last_success_at: null,
      last_failure_at: null,
      consecutive_failures: 0,
    },
    secret: newSecret(req.deps.randomBytes),
  };
  req.state.webhooks.push(webhook);
  return envelope(201, 'webhooks.create', serialize(webhook, true));
}

export function listEndpoints(req: Req): ProfileResponse {
  const active = req.query.get('active');
  if (active !== null && active !== 'true' && active !== 'false') throw badRequest('active must be "true" or "false".', 'active');
  const items = [...teamWebhooks(req.state, teamOf(req))].reverse().filter((w) => active === null || String(w.active) === active);
  return envelope(
    200,
    'webhooks.list',
    items.map((w) => serialize(w, false)),
  );
}

export function getEndpoint(req: Req): ProfileResponse {
  return envelope(200, 'webhooks.retrieve', serialize(findEndpoint(req), false));
}

export function updateEndpoint(req: Req): ProfileResponse {
  const webhook = findEndpoint(req);
  const input = validateUpdate(req.body, req.deps.env);
  if (input.active === true && !webhook.active && activeCount(req.state, webhook.team) >= MAX_ACTIVE) throw limitError();
  if (input.endpoint_url !== undefined) webhook.endpoint_url = input.endpoint_url;
  if (input.event_types !== undefined) webhook.event_types = input.event_types;
  if (input.filters !== undefined) webhook.filters = input.filters;
  if (input.active !== undefined) {
    webhook.active = input.active;
    if (input.active) delete webhook.deleted_at;
  }
  if (input.rotate_secret) webhook.secret = newSecret(req.deps.randomBytes);
  webhook.updated_at = new Date(req.deps.now()).toISOString();
  webhook.last_modified_by = userFor(req.apiKey);
  webhook.last_modified_via = req.via;
  return envelope(200, 'webhooks.update', serialize(webhook, input.rotate_secret === true));
}

/** Soft delete: the webhook stays retrievable with active=false. */
export function deleteEndpoint(req: Req): ProfileResponse {
  const webhook = findEndpoint(req);
  const now = new Date(req.deps.now()).toISOString();
  webhook.active = false;
  webhook.deleted_at = now;
  webhook.updated_at = now;
  webhook.last_modified_by = userFor(req.apiKey);
  webhook.last_modified_via = req.via;
  return envelope(200, 'webhooks.delete', serialize(webhook, false));
}

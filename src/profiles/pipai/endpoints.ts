/** PipAI webhook handlers: create (documented), list / retrieve / update / delete (inferred). */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { isoSeconds } from '../kit/index.js';
import { notFound, pipaiCodes, pipaiErrors } from './errors.js';
import { newSecret, newWebhookId } from './ids.js';
import type { PipaiState, PipaiWebhook } from './state.js';
import { validateCreate, validateUpdate } from './validate.js';
import { findOr404 } from '../kit/index.js';

export const PIPAI_MAX_WEBHOOKS = 25;
const SECRET_WARNING = 'Store this secret immediately — it will not be retrievable later.';

/** Reads omit `secret` and `_secret_warning` (the seed: "subsequent reads will not include it"). */
export function publicView(webhook: PipaiWebhook): Record<string, unknown> {
  const { secret: _secret, ...rest } = webhook;
  return rest;
}

function readAllowed(req: ProfileRequest<PipaiState>): void {
  const scopes = req.apiKey.scopes;
  if (!scopes.includes('*') && !scopes.includes('webhooks:read') && !scopes.includes('webhooks:write')) {
    throw pipaiErrors.error(403, pipaiCodes.insufficientPermission, 'The API key lacks the webhooks:read (or webhooks:write) scope.');
  }
}

/** The webhook named by `:id`, or PipAI's 404. */
export function findEndpoint(req: ProfileRequest<PipaiState>): PipaiWebhook {
  return findOr404(
    req.state.webhooks,
    (w) => w.id === req.params.id,
    () => notFound(req.params.id ?? ''),
  );
}

export function createEndpoint(req: ProfileRequest<PipaiState>): ProfileResponse {
  const input = validateCreate(req.body, req.deps.env);
  if (req.state.webhooks.some((w) => w.url === input.url)) {
    throw pipaiErrors.error(409, pipaiCodes.duplicateUrl, `A webhook with url ${input.url} is already registered on the account.`, 'url');
  }
  if (req.state.webhooks.length >= PIPAI_MAX_WEBHOOKS) {
    throw pipaiErrors.error(
      429,
      pipaiCodes.limitReached,
      `The account already has ${PIPAI_MAX_WEBHOOKS} webhooks (the per-account maximum). Delete an existing webhook before creating another.`,
    );
  }
  const webhook: PipaiWebhook = {
    id: newWebhookId(req.deps.randomBytes, (id) => req.state.webhooks.some((w) => w.id === id)),
    url: input.url,
    events: input.events,
    description: input.description ?? null,
    ...(input.balance_low_threshold !== undefined ? { balance_low_threshold: input.balance_low_threshold } : {}),
    status: 'active',
    consecutive_failures: 0,
    last_delivery_at: null,
    last_success_at: null,
    created_at: isoSeconds(req.deps.now()),
    secret: newSecret(req.deps.randomBytes),
  };
  req.state.webhooks.push(webhook);
  return { status: 201, body: { ...publicView(webhook), secret: webhook.secret, _secret_warning: SECRET_WARNING } };
}

export function listEndpoints(req: ProfileRequest<PipaiState>): ProfileResponse {
  readAllowed(req);
  return { status: 200, body: req.state.webhooks.map(publicView) };
}

export function getEndpoint(req: ProfileRequest<PipaiState>): ProfileResponse {
  readAllowed(req);
  return { status: 200, body: publicView(findEndpoint(req)) };
}

export function updateEndpoint(req: ProfileRequest<PipaiState>): ProfileResponse {
  const webhook = findEndpoint(req);
  const input = validateUpdate(req.body, req.deps.env, webhook);
  if (input.url !== undefined && input.url !== webhook.url && req.state.webhooks.some((w) => w.url === input.url)) {
    throw pipaiErrors.error(409, pipaiCodes.duplicateUrl, `A webhook with url ${input.url} is already registered on the account.`, 'url');
  }
  if (input.url !== undefined) webhook.url = input.url;
  if (input.events !== undefined) webhook.events = input.events;
  if (input.description !== undefined) webhook.description = input.description;
  if (input.status !== undefined) webhook.status = input.status;
  if (input.balance_low_threshold !== undefined) webhook.balance_low_threshold = input.balance_low_threshold;
  if (!webhook.events.includes('account.balance_low')) delete webhook.balance_low_threshold;
  else if (webhook.balance_low_threshold === undefined) {
    throw pipaiErrors.error(
      400,
      pipaiCodes.invalidParameter,
      'balance_low_threshold is required when events includes account.balance_low.',
      'balance_low_threshold',
    );
  }
  return { status: 200, body: publicView(webhook) };
}

export function deleteEndpoint(req: ProfileRequest<PipaiState>): ProfileResponse {
  const webhook = findEndpoint(req);
  req.state.webhooks = req.state.webhooks.filter((w) => w !== webhook);
  return { status: 200, body: { id: webhook.id, deleted: true } };
}

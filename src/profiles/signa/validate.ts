/** Validation of Signa request bodies, with Stripe-style codes and `param`s. */
import type { DeployEnv } from '../types.js';
import { checkDestinationUrl } from '../shared/url-rules.js';
import { describeType, isPlainObject } from '../shared/json-values.js';
import { signaCodes, signaErrors } from './errors.js';
import { bodyObject as kitBodyObject, onlyMembers } from '../kit/index.js';

export const SIGNA_SUBSCRIBABLE_EVENTS = ['alert.created'] as const;
export const SIGNA_TEST_EVENT = 'webhook.test';
const URL_MAX = 2048;
const DESCRIPTION_MAX = 2000;
const EVENTS_MIN = 1;
const EVENTS_MAX = 20;

export interface SignaCreateInput {
  url: string;
  description: string | null;
  enabled_events: string[];
  metadata: Record<string, unknown>;
}

export interface SignaUpdateInput {
  url?: string;
  description?: string | null;
  enabled_events?: string[];
  /** Merged into the stored metadata; a `null` value removes that key (Stripe style). */
  metadata?: Record<string, unknown>;
  disabled?: boolean;
}

/** The body as an object (no body = `{}`), rejecting parameters the route does not take. */
export function bodyObject(body: unknown, allowed: readonly string[]): Record<string, unknown> {
  const object = kitBodyObject(body, (got) =>
    signaErrors.error(400, signaCodes.invalidRequest, `The request body must be a JSON object, got ${got}.`),
  );
  const hint = allowed.length > 0 ? ` Accepted parameters: ${allowed.join(', ')}.` : ' This request takes no parameters.';
  return onlyMembers(object, allowed, (name) =>
    signaErrors.error(400, signaCodes.parameterUnknown, `Received unknown parameter: ${name}.${hint}`, name),
  );
}

export function validateCreate(body: unknown, env: DeployEnv): SignaCreateInput {
  const b = bodyObject(body, ['url', 'description', 'enabled_events', 'metadata']);
  if (b.url === undefined) throw signaErrors.error(400, signaCodes.parameterMissing, 'Missing required param: url.', 'url');
  const url = validateUrl(b.url, env);
  if (b.enabled_events === undefined) {
    throw signaErrors.error(
      400,
      signaCodes.parameterMissing,
      'Missing required param: enabled_events (e.g. ["alert.created"]).',
      'enabled_events',
    );
  }
  return {
    url,
    description: validateDescription(b.description),
    enabled_events: validateEvents(b.enabled_events),
    metadata: b.metadata === undefined ? {} : validateMetadata(b.metadata),
  };
}

export function validateUpdate(body: unknown, env: DeployEnv): SignaUpdateInput {
  const b = bodyObject(body, ['url', 'description', 'enabled_events', 'metadata', 'disabled']);
  const input: SignaUpdateInput = {};
  if (b.url !== undefined) input.url = validateUrl(b.url, env);
  if (b.description !== undefined) input.description = validateDescription(b.description);
  if (b.enabled_events !== undefined) input.enabled_events = validateEvents(b.enabled_events);
  if (b.metadata !== undefined) input.metadata = validateMetadata(b.metadata);
  if (b.disabled !== undefined) {
    if (typeof b.disabled !== 'boolean') {
      throw signaErrors.error(400, signaCodes.parameterInvalid, `disabled must be a boolean, got ${describeType(b.disabled)}.`, 'disabled');
    }
    input.disabled = b.disabled;
  }
  return input;
}

function validateUrl(value: unknown, env: DeployEnv): string {
  const verdict = checkDestinationUrl(value, { env, maxLength: URL_MAX, httpsInProduction: true, publicHostInProduction: false });
  if (verdict.ok) return value as string;
  if (verdict.problem === 'missing')
    throw signaErrors.error(400, signaCodes.urlInvalid, 'Invalid URL: url must not be empty; send an absolute https:// URL.', 'url');
  const code = verdict.problem === 'https_required' ? signaCodes.urlHttpsRequired : signaCodes.urlInvalid;
  throw signaErrors.error(400, code, `Invalid URL: ${verdict.message}.`, 'url');
}

function validateDescription(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    throw signaErrors.error(400, signaCodes.parameterInvalid, `description must be a string, got ${describeType(value)}.`, 'description');
  }
  if (value.length > DESCRIPTION_MAX) {
    throw signaErrors.error(
      400,
      signaCodes.parameterInvalid,
      `description is ${value.length} characters long; the maximum is ${DESCRIPTION_MAX}.`,
      'description',
    );
  }
  return value;
}

function validateEvents(value: unknown): string[] {
  if (!Array.isArray(value)) {
    throw signaErrors.error(
      400,
      signaCodes.parameterInvalid,
      `enabled_events must be an array of event types (e.g. ["alert.created"]), got ${describeType(value)}.`,
      'enabled_events',
    );
  }
  if (value.length < EVENTS_MIN || value.length > EVENTS_MAX) {
    throw signaErrors.error(
      400,
      signaCodes.parameterInvalid,
      `enabled_events must have ${EVENTS_MIN} to ${EVENTS_MAX} entries, got ${value.length}.`,
      'enabled_events',
    );
  }
  value.forEach((event: unknown, i) => {
    const param = `enabled_events[${i}]`;
    if (typeof event !== 'string') {
      throw signaErrors.error(
        400,
        signaCodes.eventTypeInvalid,
        `${param} must be an event type string, got ${describeType(event)}.`,
        param,
      );
    }
    if (event === SIGNA_TEST_EVENT) {
      throw signaErrors.error(
        400,
        signaCodes.eventTypeInvalid,
        `${SIGNA_TEST_EVENT} cannot be subscribed to: it is delivered only when you call POST /v1/webhooks/{id}/test. Use "alert.created".`,
        param,
      );
    }
    if (!(SIGNA_SUBSCRIBABLE_EVENTS as readonly string[]).includes(event)) {
      throw signaErrors.error(
        400,
        signaCodes.eventTypeInvalid,
        `Unknown event type '${event}'. The only subscribable event is 'alert.created'.`,
        param,
      );
    }
  });
  return [...(value as string[])];
}

function validateMetadata(value: unknown): Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw signaErrors.error(400, signaCodes.parameterInvalid, `metadata must be a JSON object, got ${describeType(value)}.`, 'metadata');
  }
  return value;
}

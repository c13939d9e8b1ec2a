/** Validation of appkit request bodies. Unknown fields are ignored. */
import type { DeployEnv } from '../types.js';
import { checkDestinationUrl } from '../shared/url-rules.js';
import { describeType } from '../shared/json-values.js';
import { validationError } from './errors.js';
import { describeValue } from '../../guard/index.js';
import { bodyObject as kitBodyObject } from '../kit/index.js';

export const APPKIT_EVENTS = ['user.created', 'user.updated', 'user.deleted', 'message.created'] as const;
export const APPKIT_TEST_EVENT = 'webhook.ping';
const URL_MAX = 2048;

export interface AppkitCreateInput {
  url: string;
  events: string[];
}

export interface AppkitUpdateInput {
  url?: string;
  events?: string[];
  active?: boolean;
}

function bodyObject(body: unknown): Record<string, unknown> {
  return kitBodyObject(body, (got) => validationError(`The request body must be a JSON object, got ${got}.`));
}

export function validateCreate(body: unknown, env: DeployEnv): AppkitCreateInput {
  const b = bodyObject(body);
  if (b.url === undefined) throw validationError('url is required: the HTTPS URL to receive events.', 'url');
  const url = validateUrl(b.url, env);
  if (b.events === undefined) throw validationError(`events is required: at least 1 of ${APPKIT_EVENTS.join(', ')}.`, 'events');
  return { url, events: validateEvents(b.events) };
}

export function validateUpdate(body: unknown, env: DeployEnv): AppkitUpdateInput {
  const b = bodyObject(body);
  const input: AppkitUpdateInput = {};
  if (b.url !== undefined) input.url = validateUrl(b.url, env);
  if (b.events !== undefined) input.events = validateEvents(b.events);
  if (b.active !== undefined) {
    if (typeof b.active !== 'boolean') throw validationError(`active must be a boolean, got ${describeType(b.active)}.`, 'active');
    input.active = b.active;
  }
  return input;
}

function validateUrl(value: unknown, env: DeployEnv): string {
  const verdict = checkDestinationUrl(value, { env, maxLength: URL_MAX, httpsInProduction: true, publicHostInProduction: true });
  if (verdict.ok) return value as string;
  throw validationError(`${verdict.message}.`, 'url');
}

/** At least one known event type; duplicates collapse (order kept). */
function validateEvents(value: unknown): string[] {
  if (!Array.isArray(value)) {
    throw validationError(`events must be an array of event types (e.g. ["user.created"]), got ${describeType(value)}.`, 'events');
  }
  if (value.length === 0) throw validationError(`events must contain at least 1 event type (${APPKIT_EVENTS.join(', ')}).`, 'events');
  for (const [i, event] of value.entries()) {
    if (typeof event !== 'string') throw validationError(`events[${i}] must be a string, got ${describeType(event)}.`, 'events');
    if (!(APPKIT_EVENTS as readonly string[]).includes(event)) {
      throw validationError(
        `events[${i}]: unknown event type ${describeValue(event)}. Known types: ${APPKIT_EVENTS.join(', ')}.`,
        'events',
      );
    }
  }
  return [...new Set(value as string[])];
}

/** Signalbase request bodies: snake_case canonical, camelCase accepted (snake_case wins). */
import type { DeployEnv } from '../types.js';
import { checkDestinationUrl } from '../shared/url-rules.js';
import { describeType, isPlainObject } from '../shared/json-values.js';
import { badRequest } from './errors.js';
import { describeValue } from '../../guard/index.js';
import { SIGNALBASE_FILTER_KEYS } from './state.js';

export const SIGNALBASE_EVENTS = [
  'funding.created',
  'acquisition.created',
  'job_change.created',
  'hiring.created',
  'new_company.created',
  'system.test',
] as const;
const URL_MAX = 500;

export interface SignalbaseInput {
  endpoint_url?: string;
  event_types?: string[];
  filters?: Record<string, string>;
  active?: boolean;
  rotate_secret?: boolean;
}

function pick(body: Record<string, unknown>, snake: string, camel: string): unknown {
  return body[snake] !== undefined ? body[snake] : body[camel];
}

function url(value: unknown, env: DeployEnv): string {
  if (value === '' || value === null)
    throw badRequest('endpoint_url is required: a valid http/https URL of at most 500 characters.', 'endpoint_url');
  if (typeof value !== 'string')
    throw badRequest(
      `endpoint_url must be a string (a valid http/https URL of at most 500 characters), got ${describeType(value)}.`,
      'endpoint_url',
    );
  const verdict = checkDestinationUrl(value, { env, maxLength: URL_MAX, httpsInProduction: false, publicHostInProduction: true });
  if (verdict.ok) return value;
  // The seed's own message for the production rule.
  if (verdict.problem === 'private_host') throw badRequest('Webhook URL must be a public address', 'endpoint_url');
  throw badRequest(`Invalid endpoint_url: ${verdict.message.replace(/^url /, '')}.`, 'endpoint_url');
}

function eventTypes(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0)
    throw badRequest(
      `event_types must be a non-empty array of: ${SIGNALBASE_EVENTS.join(', ')}; got ${describeType(value)}.`,
      'event_types',
    );
  for (const v of value)
    if (typeof v !== 'string' || !(SIGNALBASE_EVENTS as readonly string[]).includes(v))
      throw badRequest(`Invalid event type ${describeValue(v)}; use one of ${SIGNALBASE_EVENTS.join(', ')} in event_types.`, 'event_types');
  return [...new Set(value as string[])];
}

function filters(value: unknown): Record<string, string> {
  if (!isPlainObject(value))
    throw badRequest(`filters must be an object of string values (e.g. {"countries":"US,GB"}), got ${describeType(value)}.`, 'filters');
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw badRequest(`filters.${key} must be a string (e.g. "US,GB"), got ${describeType(v)}.`, 'filters');
    // Unrecognized keys are silently ignored (seed); "round" is not a key, "funding" is.
    if ((SIGNALBASE_FILTER_KEYS as readonly string[]).includes(key)) out[key] = v;
  }
  return out;
}

function body(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw badRequest(`Invalid request body: expected a JSON object, got ${describeType(value)}.`);
  return value;
}

export function validateCreate(raw: unknown, env: DeployEnv): Required<Pick<SignalbaseInput, 'endpoint_url' | 'event_types' | 'filters'>> {
  const b = body(raw);
  const endpoint = pick(b, 'endpoint_url', 'endpointUrl');
  const types = pick(b, 'event_types', 'eventTypes');
  if (endpoint === undefined)
    throw badRequest('endpoint_url is required: a valid http/https URL of at most 500 characters.', 'endpoint_url');
  if (types === undefined) throw badRequest(`event_types is required: an array of ${SIGNALBASE_EVENTS.join(', ')}.`, 'event_types');
  const f = pick(b, 'filters', 'filters');
  return { endpoint_url: url(endpoint, env), event_types: eventTypes(types), filters: f === undefined ? {} : filters(f) };
}

export function validateUpdate(raw: unknown, env: DeployEnv): SignalbaseInput {
  const b = body(raw);
  const input: SignalbaseInput = {};
  const endpoint = pick(b, 'endpoint_url', 'endpointUrl');
  if (endpoint !== undefined) input.endpoint_url = url(endpoint, env);
  const types = pick(b, 'event_types', 'eventTypes');
  if (types !== undefined) input.event_types = eventTypes(types);
  if (b.filters !== undefined) input.filters = filters(b.filters);
  if (b.active !== undefined) {
    if (typeof b.active !== 'boolean') throw badRequest(`active must be a boolean, got ${describeType(b.active)}.`, 'active');
    input.active = b.active;
  }
  const rotate = pick(b, 'rotate_secret', 'rotateSecret');
  if (rotate !== undefined) {
    if (typeof rotate !== 'boolean') throw badRequest(`rotate_secret must be a boolean, got ${describeType(rotate)}.`, 'rotate_secret');
    input.rotate_secret = rotate;
  }
  return input;
}

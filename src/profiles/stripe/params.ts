/**
 * Stripe's parameter rules for bodies decoded from a form (strings, bracket arrays and hashes)
 * or from JSON (the control API): the same messages and `param`s either way.
 */
import { describeType, isPlainObject } from '../shared/json-values.js';
import { stripeCodes, stripeErrors } from './errors.js';

/** The body as an object, rejecting parameters the route does not take (`parameter_unknown`). */
export function params(body: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (body === undefined) return {};
  if (!isPlainObject(body))
    throw stripeErrors.error(
      400,
      stripeCodes.invalidRequest,
      `The request body must be form-encoded parameters, got ${describeType(body)}.`,
    );
  for (const name of Object.keys(body)) {
    if (!allowed.includes(name)) throw stripeErrors.error(400, stripeCodes.parameterUnknown, `Received unknown parameter: ${name}`, name);
  }
  return body;
}

export function requireParam(b: Record<string, unknown>, name: string): unknown {
  const value = b[name];
  if (value === undefined) throw stripeErrors.error(400, stripeCodes.parameterMissing, `Missing required param: ${name}.`, name);
  return value;
}

export function stringParam(value: unknown, name: string, maxLength: number): string {
  if (typeof value !== 'string')
    throw stripeErrors.error(
      400,
      stripeCodes.invalidRequest,
      `Invalid string: ${name} must be a string, got ${describeType(value)}.`,
      name,
    );
  if (value.length > maxLength)
    throw stripeErrors.error(
      400,
      stripeCodes.invalidRequest,
      `Invalid string: ${name} is ${value.length} characters long; the maximum is ${maxLength}.`,
      name,
    );
  return value;
}

/** Stripe's "emptyable" strings: an empty value clears the field. */
export function emptyableString(value: unknown, name: string, maxLength: number): string | null {
  if (value === '' || value === null) return null;
  return stringParam(value, name, maxLength);
}

export function booleanParam(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw stripeErrors.error(
    400,
    stripeCodes.invalidRequest,
    `Invalid boolean: ${typeof value === 'string' ? value : describeType(value)}`,
    name,
  );
}

/** A form list (`name[]=a` or `name[0]=a`) or a JSON array of strings. */
export function stringList(value: unknown, name: string): string[] {
  if (!Array.isArray(value)) throw stripeErrors.error(400, stripeCodes.invalidRequest, 'Invalid array', name);
  return value.map((item: unknown, i) => {
    if (typeof item !== 'string')
      throw stripeErrors.error(400, stripeCodes.invalidRequest, `Invalid ${name}[${i}]: must be a string`, `${name}[${i}]`);
    return item;
  });
}

const METADATA_KEYS_MAX = 50;
const METADATA_KEY_MAX = 40;
const METADATA_VALUE_MAX = 500;

/**
 * `metadata[k]=v` pairs. An empty value unsets that key; `metadata=` (empty) unsets them all.
 * Returns the changes: `null` = unset.
 */
export function metadataParam(value: unknown): Record<string, string | null> | 'clear' {
  if (value === '' || value === null) return 'clear';
  if (!isPlainObject(value))
    throw stripeErrors.error(
      400,
      stripeCodes.invalidRequest,
      `Invalid object: metadata must be a hash of keys and values, got ${describeType(value)}.`,
      'metadata',
    );
  const entries = Object.entries(value);
  if (entries.length > METADATA_KEYS_MAX)
    throw stripeErrors.error(
      400,
      stripeCodes.invalidRequest,
      `Invalid metadata: at most ${METADATA_KEYS_MAX} keys, got ${entries.length}.`,
      'metadata',
    );
  const out: Record<string, string | null> = {};
  for (const [key, raw] of entries) {
    const param = `metadata[${key}]`;
    if (key.length > METADATA_KEY_MAX)
      throw stripeErrors.error(
        400,
        stripeCodes.invalidRequest,
        `Invalid metadata: keys can be at most ${METADATA_KEY_MAX} characters; ${key} is ${key.length}.`,
        param,
      );
    if (raw === '' || raw === null) out[key] = null;
    else if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
      const text = String(raw);
      if (text.length > METADATA_VALUE_MAX)
        throw stripeErrors.error(
          400,
          stripeCodes.invalidRequest,
          `Invalid metadata: values can be at most ${METADATA_VALUE_MAX} characters; ${param} is ${text.length}.`,
          param,
        );
      out[key] = text;
    } else
      throw stripeErrors.error(
        400,
        stripeCodes.invalidRequest,
        `Invalid metadata: ${param} must be a string, got ${describeType(raw)}.`,
        param,
      );
  }
  return out;
}

export function applyMetadata(target: Record<string, string>, change: Record<string, string | null> | 'clear'): Record<string, string> {
  if (change === 'clear') return {};
  const next = { ...target };
  for (const [key, value] of Object.entries(change)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** `expand[]` is accepted and ignored: webhook endpoints and events have nothing to expand. */
export function expandParam(value: unknown): void {
  if (value !== undefined) stringList(value, 'expand');
}

import { describeValue, hasLoneSurrogate } from '../../guard/index.js';
import { ControlInputError } from './control-error.js';

/** Field checks for control-API bodies: each failure is a 400 naming the field. */

function fail(field: string, message: string): never {
  throw new ControlInputError(field, `"${field}" ${message}.`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Refuses members the route does not know, so a typo is a 400 rather than silently ignored. */
export function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], prefix = ''): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`${prefix}${key}`, `is not a field of this body (fields: ${allowed.join(', ')})`);
  }
}

function wellFormed(text: string, field: string): string {
  if (hasLoneSurrogate(text)) fail(field, 'contains a lone UTF-16 surrogate');
  return text;
}

export function requireString(value: unknown, field: string, hint = 'must be a string'): string {
  if (typeof value !== 'string') fail(field, `${hint}, got ${describeValue(value)}`);
  return wellFormed(value, field);
}

export function optionalString(value: unknown, field: string, hint?: string): string | undefined {
  return value === undefined ? undefined : requireString(value, field, hint);
}

export function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') fail(field, `must be true or false, got ${describeValue(value)}`);
  return value;
}

export function optionalInteger(value: unknown, field: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    fail(field, `must be a whole number from ${min} to ${max}, got ${describeValue(value)}`);
  return value;
}

export function optionalObject(value: unknown, field: string): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) fail(field, `must be a JSON object, got ${describeValue(value)}`);
  return value;
}

export function stringArray(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) fail(field, `must be an array of strings, got ${describeValue(value)}`);
  return value.map((v, i) => requireString(v, `${field}[${i}]`));
}

export { fail as controlFail };

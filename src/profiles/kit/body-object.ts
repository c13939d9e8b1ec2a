import { describeType, isPlainObject } from '../shared/json-values.js';
import type { ProfileError } from '../types.js';

export interface BodyObjectOptions {
  /** An absent body is an error too (default: it reads as `{}`). */
  required?: boolean;
}

/**
 * The parsed body as a JSON object, or the profile's own 400: `reject` gets what was received
 * ("an array", "a string", "nothing") and builds the error in the profile's envelope.
 */
export function bodyObject(
  body: unknown,
  reject: (received: string) => ProfileError,
  options: BodyObjectOptions = {},
): Record<string, unknown> {
  if (body === undefined && !options.required) return {};
  if (!isPlainObject(body)) throw reject(body === undefined ? 'nothing' : describeType(body));
  return body;
}

/** Rejects the first member not in `allowed` (Stripe-style `parameter_unknown`). */
export function onlyMembers(
  body: Record<string, unknown>,
  allowed: readonly string[],
  reject: (name: string) => ProfileError,
): Record<string, unknown> {
  for (const name of Object.keys(body)) if (!allowed.includes(name)) throw reject(name);
  return body;
}

import type { SchemeSpec, SignedHeaders, SignInput } from './types.js';
import { resolveScheme } from './registry.js';
import { signWith } from './engine/sign.js';

/** Signs a body with a scheme (preset id or description); returns the headers to send. */
export function sign(scheme: SchemeSpec | string, input: SignInput): SignedHeaders {
  return signWith(resolveScheme(scheme), input);
}

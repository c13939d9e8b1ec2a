import type { SchemeSpec, Verdict, VerifyInput } from './types.js';
import { resolveScheme } from './registry.js';
import { verifyWith } from './engine/verify.js';

/** Verifies a received request; never throws for bad input (an unknown preset id does throw). */
export function verify(scheme: SchemeSpec | string, input: VerifyInput): Verdict {
  return verifyWith(resolveScheme(scheme), input);
}

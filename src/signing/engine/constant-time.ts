import { timingSafeEqual } from 'node:crypto';

/** Constant-time equality; lengths are checked first because timingSafeEqual throws on a mismatch. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}

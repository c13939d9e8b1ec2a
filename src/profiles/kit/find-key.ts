import { constantTimeEqual } from '../../signing/engine/constant-time.js';
import type { ApiKey } from '../types.js';

// Keyed by the key list itself: the workbench replaces a profile's list when a key is added,
// so a changed list is a new index and no entry goes stale.
const indexes = new WeakMap<readonly ApiKey[], Map<string, ApiKey>>();

/** Looks the key up by value, then confirms it in constant time. */
export function findKey(keys: readonly ApiKey[], presented: string): ApiKey | undefined {
  let index = indexes.get(keys);
  if (!index) indexes.set(keys, (index = new Map(keys.map((k) => [k.key, k]))));
  const key = index.get(presented);
  return key && constantTimeEqual(Buffer.from(key.key), Buffer.from(presented)) ? key : undefined;
}

import type { ProfileError } from '../types.js';

/** The first item that matches, or the profile's own 404 (built by `missing`). */
export function findOr404<T>(items: Iterable<T>, match: (item: T) => boolean, missing: () => ProfileError): T {
  for (const item of items) if (match(item)) return item;
  throw missing();
}

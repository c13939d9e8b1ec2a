import { createHash } from 'node:crypto';

/** The "user" behind an API key, stable per key: `user_` + 16 hex of its SHA-256 (inferred). */
export function userFor(apiKey: { key: string }): string {
  return `user_${createHash('sha256').update(apiKey.key).digest('hex').slice(0, 16)}`;
}

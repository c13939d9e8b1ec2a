import { createHash } from 'node:crypto';

/** The "user" behind an API key, stable per key: `user_` + 16 hex (inferred). Memoised: hashing on every request is measurable in the server bench. */
const users = new Map<string, string>();

export function userFor(key: string): string {
  let user = users.get(key);
  if (user === undefined) {
    user = `user_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
    if (users.size > 10_000) users.clear();
    users.set(key, user);
  }
  return user;
}

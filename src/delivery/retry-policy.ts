/** Immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: Svix's schedule (Standard Webhooks), the one the README promises. */
export const DEFAULT_SCHEDULE_MS: readonly number[] = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

/** Five days of nothing but failures disables an endpoint. */
export const AUTO_DISABLE_AFTER_MS = 5 * 24 * 3600_000;

/** A Retry-After longer than a day is treated as a day: a typo must not park a delivery for weeks. */
const MAX_RETRY_AFTER_MS = 24 * 3600_000;

/** `Retry-After: <seconds>` or an HTTP date → ms from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}

/** The delay before attempt `nextNumber` (2 = first retry), or null when the schedule is spent. */
export function nextDelay(
  nextNumber: number,
  retryAfterMs: number | null,
  schedule: readonly number[] = DEFAULT_SCHEDULE_MS,
): number | null {
  const planned = schedule[nextNumber - 1];
  if (planned === undefined) return null;
  return retryAfterMs ?? planned;
}

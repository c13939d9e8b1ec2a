/** Timestamp formats the providers document (always from the injected clock, in unix ms). */

/** ISO 8601 UTC with milliseconds (`2026-04-29T12:00:00.123Z`). */
export function isoMillis(ms: number): string {
  return new Date(ms).toISOString();
}

/** ISO 8601 UTC to the second (`2026-04-29T12:00:00Z`), as seeds that show no fractions. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Unix seconds (Stripe's `created`). */
export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

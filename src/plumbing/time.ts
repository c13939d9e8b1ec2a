/** A unix-ms instant as ISO 8601 with milliseconds (`2026-12-01T22:40:15.000Z`): the stamp of hub events and records. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** Alerting's time and masking formats. */

/** ISO 8601 to the second, as in the seed's `2026-01-15T08:00:00Z`. */
export { isoSeconds } from '../kit/index.js';

const VISIBLE = 4;
/** Secrets shorter than this show no characters, so the mask never reveals most of a secret. */
const MIN_LENGTH_TO_REVEAL = 8;

/** "****" + the last 4 characters (`****abc1`). */
export function maskSecret(secret: string): string {
  return secret.length >= MIN_LENGTH_TO_REVEAL ? `****${secret.slice(-VISIBLE)}` : '****';
}

/** Alerting's id, secret, time and masking formats. */

/** `wh-001` ... `wh-999`, then `wh-1000` (the seed's example is `wh-001`). */
export function endpointIdFor(n: number): string {
  return `wh-${String(n).padStart(3, '0')}`;
}

/** `whsec_` + 32 lowercase hex characters, shaped like the seed's `whsec_abc123def456`. */
export const generateSigningSecret = randomSecret('whsec_', 16, 'hex');

/** ISO 8601 to the second, as in the seed's `2026-01-15T08:00:00Z`. */
export { isoSeconds } from '../kit/index.js';
import { randomSecret } from '../kit/index.js';

const VISIBLE = 4;
/** Secrets shorter than this show no characters, so the mask never reveals most of a secret. */
const MIN_LENGTH_TO_REVEAL = 8;

/** "****" + the last 4 characters (`****abc1`). */
export function maskSecret(secret: string): string {
  return secret.length >= MIN_LENGTH_TO_REVEAL ? `****${secret.slice(-VISIBLE)}` : '****';
}

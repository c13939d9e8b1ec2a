/** Alerting's id and secret formats. */
import { randomEncoded, sequentialId, uuidV4 } from '../kit/index.js';
import type { AlertingState } from './state.js';

const nextNumber = sequentialId('nextNumber');

/** `wh-001` ... `wh-999`, then `wh-1000` (the seed's example is `wh-001`). */
export function newEndpointId(state: AlertingState): string {
  return `wh-${String(nextNumber(state)).padStart(3, '0')}`;
}

/** `whsec_` + 32 lowercase hex characters, shaped like the seed's `whsec_abc123def456`. */
export const generateSigningSecret = randomEncoded('whsec_', 16, 'hex');

export const newEventId = uuidV4;

import type { DeliveryMetaView } from '../api.js';
import { formatTime } from '../dom.js';

const ERROR_WORDS: Record<string, string> = {
  timeout: 'no answer in time',
  refused: 'connection refused',
  dns: 'host not found',
  tls: 'TLS error',
  reset: 'connection reset',
  redirect: 'answered with a redirect',
  destination_blocked: 'destination not allowed',
  invalid_url: 'not a valid URL',
};

/**
 * What happened to a delivery, in words: "delivered, 200 in 12 ms", "failed: 500, next retry at
 * 10:42:05", "failed: connection refused, no more retries".
 */
export function deliveryOutcome(delivery: DeliveryMetaView): string {
  const last = delivery.attempts.at(-1);
  if (!last) return delivery.nextAttemptAt ? `queued, first attempt at ${formatTime(delivery.nextAttemptAt).slice(0, 8)}` : 'queued';
  if (last.ok) return `delivered, ${last.status} in ${Math.round(last.durationMs)} ms`;
  const why = last.errorKind && last.errorKind !== 'http' ? (ERROR_WORDS[last.errorKind] ?? last.errorKind) : String(last.status);
  const next = delivery.nextAttemptAt
    ? `next retry at ${formatTime(delivery.nextAttemptAt).slice(0, 8)}`
    : delivery.state === 'disabled'
      ? 'the endpoint was disabled'
      : 'no more retries';
  return `failed: ${why}, ${next}`;
}

export function outcomeOk(delivery: DeliveryMetaView): boolean {
  return delivery.attempts.at(-1)?.ok === true;
}

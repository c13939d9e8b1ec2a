import { AUTO_DISABLE_AFTER_MS, nextDelay, parseRetryAfter } from './retry-policy.js';

export type AttemptOutcome =
  | { state: 'succeeded' }
  | { state: 'pending'; retryAt: number }
  | { state: 'failed'; reason: string }
  /** `disable` is the reason the provider's endpoint is disabled with. */
  | { state: 'disabled'; reason: string; disable: string };

export interface AttemptFacts {
  ok: boolean;
  status: number | null;
  retryAfter: string | undefined;
  now: number;
  /** When the endpoint's current run of failures began (undefined after a success). */
  failingSince: number | undefined;
  /** Attempts made so far, duplicates not counted. */
  attempts: number;
  /** A manual retry of a delivery that had finished: one extra attempt, not a new schedule. */
  extraAttempt: boolean;
  schedule: readonly number[] | undefined;
}

/** What a delivery becomes after an attempt: 410 and five failing days disable the endpoint, else retry while the schedule lasts. */
export function attemptOutcome(facts: AttemptFacts): AttemptOutcome {
  if (facts.ok) return { state: 'succeeded' };
  if (facts.status === 410) return { state: 'disabled', reason: 'the endpoint answered 410 Gone: it is disabled', disable: '410 Gone' };
  if (facts.failingSince !== undefined && facts.now - facts.failingSince >= AUTO_DISABLE_AFTER_MS)
    return { state: 'disabled', reason: 'five days of failed deliveries: the endpoint is disabled', disable: 'failing for 5 days' };
  const delay = nextDelay(facts.attempts + 1, parseRetryAfter(facts.retryAfter, facts.now), facts.schedule);
  if (facts.extraAttempt) return { state: 'failed', reason: 'the manual retry failed' };
  if (delay === null) return { state: 'failed', reason: 'the retry schedule is spent' };
  return { state: 'pending', retryAt: facts.now + delay };
}

/**
 * Stripe's `Idempotency-Key` on POST: the same key (per API key, kept 24 h) with the same path
 * and parameters replays the first response with `Idempotent-Replayed: true`; with other
 * parameters it is a 400 idempotency_error. Validation failures are not saved (Stripe saves a
 * result only once the endpoint began executing).
 */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { withIdempotency as idempotent, type IdempotencyRules } from '../kit/index.js';
import { stripeCodes, stripeErrors } from './errors.js';
import type { StripeState } from './state.js';

const RULES: IdempotencyRules = {
  ttlMs: 24 * 3600_000,
  keyMax: 255,
  invalidKey: (message) => stripeErrors.error(400, stripeCodes.invalidRequest, message),
  mismatch: (key) =>
    stripeErrors.error(
      400,
      stripeCodes.idempotencyMismatch,
      `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    ),
  saves: (status) => status < 500,
  replayHeaders: (key) => ({ 'Idempotent-Replayed': 'true', 'Idempotency-Key': key }),
  answerHeaders: (key) => ({ 'Idempotency-Key': key }),
};

type Handler = (req: ProfileRequest<StripeState>) => ProfileResponse | Promise<ProfileResponse>;

export const withIdempotency = (handler: Handler): Handler => idempotent(RULES, handler);

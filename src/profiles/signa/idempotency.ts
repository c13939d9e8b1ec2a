/**
 * Stripe-style idempotency for Signa's POST routes: the same `Idempotency-Key` (per API key) with
 * the same method, path and body replays the first successful response verbatim (same
 * `request_id`) with `Idempotent-Replayed: true`; with a different request it is a 400
 * `idempotency_error`. Records live 24 h. Failed requests are not recorded, so a corrected retry
 * may reuse the key (Stripe saves no result when validation fails).
 */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { withIdempotency as idempotent, type IdempotencyRules } from '../kit/index.js';
import { signaCodes, signaErrors } from './errors.js';
import type { SignaState } from './state.js';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

const RULES: IdempotencyRules = {
  ttlMs: IDEMPOTENCY_TTL_MS,
  keyMax: 255,
  invalidKey: (message) => signaErrors.error(400, signaCodes.idempotencyKeyInvalid, message),
  mismatch: (key) =>
    signaErrors.error(
      400,
      signaCodes.idempotencyKeyReused,
      `Keys for idempotent requests can only be used with the same parameters they were first used with. Try a key other than '${key}' if you meant to execute a different request.`,
    ),
  saves: (status) => status >= 200 && status < 300,
  replayHeaders: () => ({ 'Idempotent-Replayed': 'true' }),
};

type Handler = (req: ProfileRequest<SignaState>) => ProfileResponse | Promise<ProfileResponse>;

export const withIdempotency = (handler: Handler): Handler => idempotent(RULES, handler);

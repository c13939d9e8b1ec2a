/**
 * Stripe's `Idempotency-Key` on POST: the same key (per API key, kept 24 h) with the same path
 * and parameters replays the first response with `Idempotent-Replayed: true`; with other
 * parameters it is a 400 idempotency_error. Validation failures are not saved (Stripe saves a
 * result only once the endpoint began executing).
 */
import { createHash } from 'node:crypto';
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { canonicalJson, copyJson } from '../shared/json-values.js';
import { stripeCodes, stripeError } from './errors.js';
import type { StripeState } from './state.js';

const TTL_MS = 24 * 3600_000;
const KEY_MAX = 255;

type Handler = (req: ProfileRequest<StripeState>) => ProfileResponse | Promise<ProfileResponse>;

export function withIdempotency(handler: Handler): Handler {
  return async (req) => {
    const key = req.headers['idempotency-key'];
    if (key === undefined || req.method !== 'POST') return handler(req);
    if (key.length === 0 || key.length > KEY_MAX) {
      throw stripeError(400, stripeCodes.invalidRequest, `Idempotency-Key must be 1 to ${KEY_MAX} characters, got ${key.length}.`);
    }
    const now = req.deps.now();
    req.state.idempotency = req.state.idempotency.filter((r) => now - r.createdAt < TTL_MS);
    const apiKeyHash = createHash('sha256').update(req.apiKey.key).digest('hex');
    const fingerprint = `${req.method} ${req.path} ${canonicalJson(req.body ?? {})}`;
    const previous = req.state.idempotency.find((r) => r.apiKeyHash === apiKeyHash && r.key === key);
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        throw stripeError(
          400,
          stripeCodes.idempotencyMismatch,
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        );
      }
      return {
        status: previous.status,
        body: copyJson(previous.body),
        headers: { 'Idempotent-Replayed': 'true', 'Idempotency-Key': key },
      };
    }
    const response = await handler(req);
    if (response.status < 500) {
      req.state.idempotency.push({
        apiKeyHash,
        key,
        fingerprint,
        status: response.status,
        body: copyJson(response.body),
        createdAt: now,
      });
    }
    return { ...response, headers: { ...(response.headers ?? {}), 'Idempotency-Key': key } };
  };
}

/**
 * Stripe-style idempotency for Signa's POST routes: the same `Idempotency-Key` (per API key) with
 * the same method, path and body replays the first successful response verbatim (same
 * `request_id`) with `Idempotent-Replayed: true`; with a different request it is a 400
 * `idempotency_error`. Records live 24 h. Failed requests are not recorded, so a corrected retry
 * may reuse the key (Stripe saves no result when validation fails).
 */
import { createHash } from 'node:crypto';
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { canonicalJson, copyJson } from '../shared/json-values.js';
import { signaCodes, signaError } from './errors.js';
import type { SignaState } from './state.js';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_MAX = 255;

type Handler = (req: ProfileRequest<SignaState>) => ProfileResponse | Promise<ProfileResponse>;

export function withIdempotency(handler: Handler): Handler {
  return async (req) => {
    const key = req.headers['idempotency-key'];
    if (key === undefined || req.method !== 'POST') return handler(req);
    if (key.length === 0 || key.length > KEY_MAX) {
      throw signaError(400, signaCodes.idempotencyKeyInvalid, `Idempotency-Key must be 1 to ${KEY_MAX} characters, got ${key.length}.`);
    }
    const now = req.deps.now();
    const state = req.state;
    state.idempotency = state.idempotency.filter((r) => now - r.createdAt < IDEMPOTENCY_TTL_MS);
    const apiKeyHash = sha256(req.apiKey.key);
    const fingerprint = `${req.method} ${req.path} ${canonicalJson(req.body ?? {})}`;
    const previous = state.idempotency.find((r) => r.apiKeyHash === apiKeyHash && r.key === key);
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        throw signaError(
          400,
          signaCodes.idempotencyKeyReused,
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try a key other than '${key}' if you meant to execute a different request.`,
        );
      }
      return { status: previous.status, body: copyJson(previous.body), headers: { 'Idempotent-Replayed': 'true' } };
    }
    const response = await handler(req);
    if (response.status >= 200 && response.status < 300) {
      state.idempotency.push({
        apiKeyHash,
        key,
        fingerprint,
        status: response.status,
        body: copyJson(response.body),
        createdAt: now,
      });
    }
    return response;
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

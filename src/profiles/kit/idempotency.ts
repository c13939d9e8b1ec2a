import { createHash } from 'node:crypto';
import type { ProfileError, ProfileRequest, ProfileResponse } from '../types.js';
import { canonicalJson, copyJson } from '../shared/json-values.js';

/** One saved answer. Keys are scoped by a hash, so the API key itself is never stored. */
export interface IdempotencyRecord {
  apiKeyHash: string;
  key: string;
  /** Method, path and canonical body of the first request, when a reuse must match it. */
  fingerprint?: string;
  status: number;
  body: unknown;
  /** Unix ms. */
  createdAt: number;
}

export interface IdempotencyRules {
  ttlMs: number;
  /** What a key is scoped to, besides the API key (Svix: the path). */
  scopeByPath?: boolean;
  /** Longest key taken; a key outside 1..keyMax is refused with `invalidKey`. */
  keyMax?: number;
  invalidKey?: (message: string) => ProfileError;
  /** Reusing a key with other parameters; without it the first answer is replayed whatever was sent. */
  mismatch?: (key: string) => ProfileError;
  /** Which answers are saved (Stripe saves whatever began executing; others only successes). */
  saves: (status: number) => boolean;
  /** Headers on a replayed answer and on a first answer. */
  replayHeaders?: (key: string) => Record<string, string>;
  answerHeaders?: (key: string) => Record<string, string>;
}

type State = { idempotency: IdempotencyRecord[] };
type Handler<S extends State> = (req: ProfileRequest<S>) => ProfileResponse | Promise<ProfileResponse>;

// Expired records are swept at most this often: a sweep rewrites the collection in the state log,
// and between sweeps an expired record is simply not matched.
const SWEEP_EVERY_MS = 3600_000;

/** `Idempotency-Key` on POST: the same key replays the first saved answer for `ttlMs`. */
export function withIdempotency<S extends State>(rules: IdempotencyRules, handler: Handler<S>): Handler<S> {
  return async (req) => {
    const key = req.headers['idempotency-key'];
    if (key === undefined || req.method !== 'POST') return handler(req);
    if (rules.keyMax !== undefined && (key.length === 0 || key.length > rules.keyMax)) {
      const message = `Idempotency-Key must be 1 to ${rules.keyMax} characters, got ${key.length}.`;
      if (rules.invalidKey) throw rules.invalidKey(message);
    }
    if (key.length === 0) return handler(req);
    const now = req.deps.now();
    const records = req.state.idempotency;
    if (records.length > 0 && now - records[0]!.createdAt >= rules.ttlMs + SWEEP_EVERY_MS) {
      req.state.idempotency = records.filter((r) => now - r.createdAt < rules.ttlMs);
    }
    const apiKeyHash = createHash('sha256')
      .update(rules.scopeByPath ? `${req.apiKey.key} ${req.path}` : req.apiKey.key)
      .digest('hex');
    const fingerprint = rules.mismatch ? `${req.method} ${req.path} ${canonicalJson(req.body ?? {})}` : undefined;
    const previous = req.state.idempotency.find((r) => r.apiKeyHash === apiKeyHash && r.key === key && now - r.createdAt < rules.ttlMs);
    if (previous) {
      if (rules.mismatch && previous.fingerprint !== fingerprint) throw rules.mismatch(key);
      const headers = rules.replayHeaders?.(key);
      return { status: previous.status, body: copyJson(previous.body), ...(headers ? { headers } : {}) };
    }
    const response = await handler(req);
    if (rules.saves(response.status)) {
      req.state.idempotency.push({
        apiKeyHash,
        key,
        ...(fingerprint !== undefined ? { fingerprint } : {}),
        status: response.status,
        body: copyJson(response.body),
        createdAt: now,
      });
    }
    const extra = rules.answerHeaders?.(key);
    return extra ? { ...response, headers: { ...(response.headers ?? {}), ...extra } } : response;
  };
}

/**
 * `idempotency-key` on POST (the SDK sends `auto_<uuid>` on every POST): the same key replays the
 * first 2xx response for 12 h, as Svix documents.
 */
import { copyJson } from '../shared/json-values.js';
import { createHash } from 'node:crypto';
import type { ProfileRequest, ProfileResponse } from '../types.js';
import type { SvixState } from './state.js';

const TTL_MS = 12 * 3600_000;

type Handler = (req: ProfileRequest<SvixState>) => ProfileResponse | Promise<ProfileResponse>;

export function withIdempotency(handler: Handler): Handler {
  return async (req) => {
    const key = req.headers['idempotency-key'];
    if (!key || req.method !== 'POST') return handler(req);
    const now = req.deps.now();
    req.state.idempotency = req.state.idempotency.filter((r) => now - r.createdAt < TTL_MS);
    const apiKeyHash = createHash('sha256').update(`${req.apiKey.key} ${req.path}`).digest('hex');
    const previous = req.state.idempotency.find((r) => r.apiKeyHash === apiKeyHash && r.key === key);
    if (previous) return { status: previous.status, body: copyJson(previous.body) };
    const response = await handler(req);
    if (response.status >= 200 && response.status < 300) {
      req.state.idempotency.push({ apiKeyHash, key, status: response.status, body: copyJson(response.body), createdAt: now });
    }
    return response;
  };
}

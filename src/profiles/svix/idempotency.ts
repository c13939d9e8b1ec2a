/**
 * `idempotency-key` on POST (the SDK sends `auto_<uuid>` on every POST): the same key replays the
 * first 2xx response for 12 h, as Svix documents.
 */
import type { ProfileRequest, ProfileResponse } from '../types.js';
import { withIdempotency as idempotent, type IdempotencyRules } from '../kit/index.js';
import type { SvixState } from './state.js';

const RULES: IdempotencyRules = {
  ttlMs: 12 * 3600_000,
  scopeByPath: true,
  saves: (status) => status >= 200 && status < 300,
};

type Handler = (req: ProfileRequest<SvixState>) => ProfileResponse | Promise<ProfileResponse>;

export const withIdempotency = (handler: Handler): Handler => idempotent(RULES, handler);

import { ProfileError, type ProfileRequest, type ProfileResponse } from '../types.js';
import { signalbaseCodes, signalbaseErrors, SUBSCRIPTION_EXPIRED_MESSAGE } from './errors.js';
import type { SignalbaseState } from './state.js';

/** Inferred figures: 60 requests per 60 s; the window is per team and endpoint (operation), as the seed says. */
export const RATE_LIMIT = 60;
export const RATE_WINDOW_MS = 60_000;

type Handler = (req: ProfileRequest<SignalbaseState>) => ProfileResponse;
type AsyncHandler = (req: ProfileRequest<SignalbaseState>) => Promise<ProfileResponse>;

/**
 * Every Signalbase answer carries X-RateLimit-*; over the limit it is a 429 with `retryAfter`.
 * A key flagged `subscriptionExpired` gets the seed's 403.
 */
export function guarded(operation: string, handler: Handler): Handler {
  return (req) => {
    const headers = admit(req, operation);
    try {
      const response = handler(req);
      return { ...response, headers: { ...headers, ...(response.headers ?? {}) } };
    } catch (error) {
      throw withHeaders(error, headers);
    }
  };
}

/** As `guarded`, for handlers that wait on a delivery. */
export function guardedAsync(operation: string, handler: AsyncHandler): AsyncHandler {
  return async (req) => {
    const headers = admit(req, operation);
    try {
      const response = await handler(req);
      return { ...response, headers: { ...headers, ...(response.headers ?? {}) } };
    } catch (error) {
      throw withHeaders(error, headers);
    }
  };
}

function withHeaders(error: unknown, headers: Record<string, string>): unknown {
  return error instanceof ProfileError
    ? new ProfileError(error.status, error.code, error.message, error.field, {
        body: error.extra?.body,
        headers: { ...headers, ...(error.extra?.headers ?? {}) },
      })
    : error;
}

function rateHeaders(window: { windowStart: number; count: number }): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(RATE_LIMIT),
    'X-RateLimit-Remaining': String(Math.max(0, RATE_LIMIT - window.count)),
    'X-RateLimit-Reset': String(Math.ceil((window.windowStart + RATE_WINDOW_MS) / 1000)),
  };
}

/** Checks the subscription and counts the request in its window; returns the X-RateLimit-* headers. */
function admit(req: ProfileRequest<SignalbaseState>, operation: string): Record<string, string> {
  const now = req.deps.now();
  // Seed: "Rate limit exceeded for this team and endpoint".
  const bucket = `${req.apiKey.team ?? 'default'}:${operation}`;
  let window = req.state.rate[bucket];
  if (!window || now - window.windowStart >= RATE_WINDOW_MS) window = { windowStart: now, count: 0 };
  // A refused subscription is not counted, but its answer still reports the window.
  if (req.apiKey.flags?.subscriptionExpired)
    throw signalbaseErrors.error(403, signalbaseCodes.subscriptionExpired, SUBSCRIPTION_EXPIRED_MESSAGE, undefined, {
      headers: rateHeaders(window),
    });
  req.state.rate[bucket] = window;
  window.count++;
  const headers = rateHeaders(window);
  if (window.count > RATE_LIMIT) {
    const retryAfter = Math.max(1, Math.ceil((window.windowStart + RATE_WINDOW_MS - now) / 1000));
    throw signalbaseErrors.error(429, signalbaseCodes.rateLimited, 'Too many requests. Please upgrade your plan or slow down.', undefined, {
      body: { retryAfter },
      headers: { ...headers, 'Retry-After': String(retryAfter) },
    });
  }
  return headers;
}

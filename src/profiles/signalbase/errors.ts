/** Signalbase's error envelope (seed ErrorResponse): `{"success":false,"error":"<message>","code":"<enum>"}`. */
import type { ProfileError, SimulatedError } from '../types.js';
import { errorTable } from '../kit/index.js';

export const signalbaseCodes = {
  badRequest: 'bad_request',
  invalidApiKey: 'invalid_api_key',
  subscriptionExpired: 'subscription_expired',
  notFound: 'not_found',
  conflict: 'conflict',
  rateLimited: 'rate_limited',
  internalServerError: 'internal_server_error',
  internalError: 'internal_error',
} as const;

const signalbaseErrorCodes = {
  badRequest: signalbaseCodes.badRequest,
  unauthorized: signalbaseCodes.invalidApiKey,
  // The seed's enum has no forbidden or too-large code: bad_request is the nearest documented one.
  forbidden: signalbaseCodes.subscriptionExpired,
  notFound: signalbaseCodes.notFound,
  payloadTooLarge: signalbaseCodes.badRequest,
  internal: signalbaseCodes.internalError,
};

function renderSignalbaseError(error: { code: string; message: string; extra?: Readonly<Record<string, unknown>> }): unknown {
  return { success: false, error: error.message, code: error.code, ...(error.extra ?? {}) };
}

export function badRequest(message: string, field?: string): ProfileError {
  return signalbaseErrors.error(400, signalbaseCodes.badRequest, message, field);
}

export const SUBSCRIPTION_EXPIRED_MESSAGE =
  'Subscription expired. Please upgrade your subscription: https://www.trysignalbase.com/#pricing';

const signalbaseSimulatedErrors: readonly SimulatedError[] = [
  { status: 400, code: signalbaseCodes.badRequest, message: 'Webhook URL must be a public address' },
  { status: 401, code: signalbaseCodes.invalidApiKey, message: 'Invalid API key. No key found.' },
  { status: 403, code: signalbaseCodes.subscriptionExpired, message: SUBSCRIPTION_EXPIRED_MESSAGE },
  { status: 404, code: signalbaseCodes.notFound, message: 'Webhook not found.' },
  { status: 409, code: signalbaseCodes.conflict, message: 'The webhook was changed by another request; retry.' },
  {
    status: 429,
    code: signalbaseCodes.rateLimited,
    message: 'Too many requests. Please upgrade your plan or slow down.',
    extra: {
      body: { retryAfter: 60 },
      headers: { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '60', 'Retry-After': '60' },
    },
  },
  { status: 500, code: signalbaseCodes.internalError, message: 'An unknown error occurred' },
  { status: 500, code: signalbaseCodes.internalServerError, message: 'An unknown error occurred' },
];

/** Codes, envelope and documented errors, as the definition takes them. */
export const signalbaseErrors = errorTable({
  codes: signalbaseCodes,
  mount: signalbaseErrorCodes,
  render: renderSignalbaseError,
  simulated: signalbaseSimulatedErrors,
});

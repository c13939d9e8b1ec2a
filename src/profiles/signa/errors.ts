/** Signa's error envelope (Stripe style): `{"error":{"type","code","message","param"},"request_id"}`. */
import type { ProfileDeps, SimulatedError } from '../types.js';
import { newRequestId } from './ids.js';
import { errorTable } from '../kit/index.js';

export const signaCodes = {
  parameterMissing: 'parameter_missing',
  parameterInvalid: 'parameter_invalid',
  parameterUnknown: 'parameter_unknown',
  urlInvalid: 'url_invalid',
  urlHttpsRequired: 'url_https_required',
  eventTypeInvalid: 'event_type_invalid',
  idempotencyKeyReused: 'idempotency_key_reused',
  idempotencyKeyInvalid: 'idempotency_key_invalid',
  invalidRequest: 'invalid_request',
  invalidApiKey: 'invalid_api_key',
  insufficientScope: 'insufficient_scope',
  resourceMissing: 'resource_missing',
  payloadTooLarge: 'payload_too_large',
  rateLimited: 'rate_limited',
  apiError: 'api_error',
} as const;

const signaErrorCodes = {
  badRequest: signaCodes.invalidRequest,
  unauthorized: signaCodes.invalidApiKey,
  forbidden: signaCodes.insufficientScope,
  notFound: signaCodes.resourceMissing,
  payloadTooLarge: signaCodes.payloadTooLarge,
  internal: signaCodes.apiError,
};

/** Stripe's error `type` for a status / code. */
export function signaErrorType(status: number, code: string): string {
  if (code.startsWith('idempotency_')) return 'idempotency_error';
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}

function renderSignaError(
  error: { status: number; code: string; message: string; field?: string; extra?: Readonly<Record<string, unknown>> },
  deps: ProfileDeps,
): unknown {
  const body: Record<string, unknown> = {
    type: signaErrorType(error.status, error.code),
    code: error.code,
    message: error.message,
  };
  // Stripe omits `param` when no single parameter is at fault.
  if (error.field !== undefined) body.param = error.field;
  return { error: body, request_id: newRequestId(deps.randomBytes) };
}

/** The seed's documented 400s plus the mount layer's errors, for `Hookyard-Simulate`. */
const signaSimulatedErrors: readonly SimulatedError[] = [
  { status: 400, code: signaCodes.urlInvalid, message: 'Invalid URL: url must be an absolute https:// URL (max 2048 characters).' },
  { status: 400, code: signaCodes.eventTypeInvalid, message: "Unknown event type. The only subscribable event is 'alert.created'." },
  {
    status: 400,
    code: signaCodes.urlHttpsRequired,
    message: 'url must use https:// in production; http:// is allowed in non-production environments only.',
  },
  { status: 400, code: signaCodes.parameterMissing, message: 'Missing required param: url.' },
  {
    status: 400,
    code: signaCodes.idempotencyKeyReused,
    message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.',
  },
  { status: 401, code: signaCodes.invalidApiKey, message: 'Invalid API key provided.' },
  { status: 403, code: signaCodes.insufficientScope, message: 'This API key lacks the required scope: portfolios:manage.' },
  { status: 404, code: signaCodes.resourceMissing, message: "No such webhook endpoint: 'whk_simulated'." },
  {
    status: 429,
    code: signaCodes.rateLimited,
    message: 'Too many requests. Retry after a short wait.',
    extra: { headers: { 'Retry-After': '1' } },
  },
  { status: 500, code: signaCodes.apiError, message: 'An internal error occurred. Retry the request.' },
];

/** Codes, envelope and documented errors, as the definition takes them. */
export const signaErrors = errorTable({
  codes: signaCodes,
  mount: signaErrorCodes,
  render: renderSignaError,
  simulated: signaSimulatedErrors,
});

/**
 * Stripe's error envelope `{"error":{"type","code","doc_url","message","param"}}`: stripe-node
 * raises StripeInvalidRequestError (400/404), StripeAuthenticationError (401, by status),
 * StripeIdempotencyError, StripeRateLimitError and StripeAPIError from it.
 */
import type { SimulatedError } from '../types.js';
import { errorTable } from '../kit/index.js';

export const stripeCodes = {
  parameterMissing: 'parameter_missing',
  parameterUnknown: 'parameter_unknown',
  parameterInvalidInteger: 'parameter_invalid_integer',
  parameterInvalidEmpty: 'parameter_invalid_empty',
  urlInvalid: 'url_invalid',
  resourceMissing: 'resource_missing',
  idempotencyKeyInUse: 'idempotency_key_in_use',
  rateLimit: 'rate_limit',
  /** Internal codes: rendered without `code`, as Stripe answers these. */
  invalidRequest: 'invalid_request',
  invalidApiKey: 'invalid_api_key',
  forbidden: 'forbidden',
  idempotencyMismatch: 'idempotency_mismatch',
  payloadTooLarge: 'payload_too_large',
  apiError: 'api_error',
} as const;

/** Codes Stripe itself sends in `code` (the others are hookyard's names for code-less errors). */
const PUBLIC_CODES = new Set<string>([
  stripeCodes.parameterMissing,
  stripeCodes.parameterUnknown,
  stripeCodes.parameterInvalidInteger,
  stripeCodes.parameterInvalidEmpty,
  stripeCodes.urlInvalid,
  stripeCodes.resourceMissing,
  stripeCodes.idempotencyKeyInUse,
  stripeCodes.rateLimit,
]);

const stripeErrorCodes = {
  badRequest: stripeCodes.invalidRequest,
  unauthorized: stripeCodes.invalidApiKey,
  forbidden: stripeCodes.forbidden,
  notFound: stripeCodes.resourceMissing,
  payloadTooLarge: stripeCodes.payloadTooLarge,
  internal: stripeCodes.apiError,
};

function errorType(status: number, code: string): string {
  if (code === stripeCodes.idempotencyMismatch) return 'idempotency_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'api_error';
  // Stripe answers a bad API key (401) with type invalid_request_error; stripe-node maps it by status.
  return 'invalid_request_error';
}

function renderStripeError(error: { status: number; code: string; message: string; field?: string }): unknown {
  const body: Record<string, unknown> = {};
  if (PUBLIC_CODES.has(error.code)) {
    body.code = error.code;
    body.doc_url = `https://stripe.com/docs/error-codes/${error.code.replace(/_/g, '-')}`;
  }
  body.message = error.message;
  if (error.field !== undefined) body.param = error.field;
  body.type = errorType(error.status, error.code);
  return { error: body };
}

const stripeSimulatedErrors: readonly SimulatedError[] = [
  { status: 400, code: stripeCodes.parameterMissing, message: 'Missing required param: url.' },
  { status: 400, code: stripeCodes.urlInvalid, message: 'Invalid URL: URL must be publicly accessible.' },
  {
    status: 400,
    code: stripeCodes.idempotencyMismatch,
    message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.',
  },
  { status: 401, code: stripeCodes.invalidApiKey, message: 'Invalid API Key provided: sk_test_****' },
  { status: 404, code: stripeCodes.resourceMissing, message: "No such webhook endpoint: 'we_simulated'" },
  {
    status: 409,
    code: stripeCodes.idempotencyKeyInUse,
    message: 'There is currently another in-progress request using this Idempotent Key.',
  },
  { status: 429, code: stripeCodes.rateLimit, message: 'Too many requests hit the API too quickly.' },
  { status: 500, code: stripeCodes.apiError, message: 'An unknown error occurred.' },
];

/** Codes, envelope and documented errors, as the definition takes them. */
export const stripeErrors = errorTable({
  codes: stripeCodes,
  mount: stripeErrorCodes,
  render: renderStripeError,
  simulated: stripeSimulatedErrors,
});

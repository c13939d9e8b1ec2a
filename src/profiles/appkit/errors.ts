/** appkit's error envelope: `{"success":false,"error":{"code","message"}}` (no field member: messages name the field). */
import type { ProfileError, SimulatedError } from '../types.js';
import { errorTable } from '../kit/index.js';

export const appkitCodes = {
  validation: 'VALIDATION_ERROR',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  rateLimited: 'RATE_LIMITED',
  internal: 'INTERNAL_ERROR',
} as const;

const appkitErrorCodes = {
  badRequest: appkitCodes.validation,
  unauthorized: appkitCodes.unauthorized,
  forbidden: appkitCodes.forbidden,
  notFound: appkitCodes.notFound,
  payloadTooLarge: appkitCodes.payloadTooLarge,
  internal: appkitCodes.internal,
};

function renderAppkitError(error: { status: number; code: string; message: string }): unknown {
  return { success: false, error: { code: error.code, message: error.message } };
}

export function validationError(message: string, field?: string): ProfileError {
  return appkitErrors.error(400, appkitCodes.validation, message, field);
}

export function notFound(message: string): ProfileError {
  return appkitErrors.error(404, appkitCodes.notFound, message);
}

const appkitSimulatedErrors: readonly SimulatedError[] = [
  { status: 400, code: appkitCodes.validation, message: 'url must be an HTTPS URL and events must list at least 1 known event type.' },
  { status: 401, code: appkitCodes.unauthorized, message: 'Missing or invalid API key.' },
  { status: 403, code: appkitCodes.forbidden, message: 'This API key cannot manage webhooks for this app.' },
  { status: 404, code: appkitCodes.notFound, message: 'Webhook endpoint not found.' },
  { status: 429, code: appkitCodes.rateLimited, message: 'Too many requests; retry later.', extra: { headers: { 'Retry-After': '1' } } },
  { status: 500, code: appkitCodes.internal, message: 'Internal error; retry the request.' },
];

/** Codes, envelope and documented errors, as the definition takes them. */
export const appkitErrors = errorTable({
  codes: appkitCodes,
  mount: appkitErrorCodes,
  render: renderAppkitError,
  simulated: appkitSimulatedErrors,
});

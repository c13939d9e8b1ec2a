/** Alerting's error envelope: `{"error":{"code","message","field"}}` (`field` null when no single field is at fault). */
import type { ProfileError, SimulatedError } from '../types.js';
import { errorTable } from '../kit/index.js';

export const alertingCodes = {
  invalidArgument: 'INVALID_ARGUMENT',
  unauthenticated: 'UNAUTHENTICATED',
  permissionDenied: 'PERMISSION_DENIED',
  notFound: 'NOT_FOUND',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  rateLimited: 'RATE_LIMITED',
  internal: 'INTERNAL',
} as const;

const alertingErrorCodes = {
  badRequest: alertingCodes.invalidArgument,
  unauthorized: alertingCodes.unauthenticated,
  forbidden: alertingCodes.permissionDenied,
  notFound: alertingCodes.notFound,
  payloadTooLarge: alertingCodes.payloadTooLarge,
  internal: alertingCodes.internal,
};

function renderAlertingError(error: { status: number; code: string; message: string; field?: string }): unknown {
  return { error: { code: error.code, message: error.message, field: error.field ?? null } };
}

export function invalidArgument(field: string, message: string): ProfileError {
  return alertingErrors.error(400, alertingCodes.invalidArgument, message, field);
}

/** The seed documents only the 200; these are the errors any client of it meets. */
const alertingSimulatedErrors: readonly SimulatedError[] = [
  { status: 400, code: alertingCodes.invalidArgument, message: 'url must be an absolute http(s) URL.' },
  { status: 401, code: alertingCodes.unauthenticated, message: 'Missing or invalid bearer token.' },
  { status: 403, code: alertingCodes.permissionDenied, message: 'This token may not manage alert webhook endpoints.' },
  { status: 404, code: alertingCodes.notFound, message: 'Webhook endpoint wh-000 not found.' },
  { status: 429, code: alertingCodes.rateLimited, message: 'Too many requests; retry later.', extra: { headers: { 'Retry-After': '1' } } },
  { status: 500, code: alertingCodes.internal, message: 'Internal error; retry the request.' },
];

/** Codes, envelope and documented errors, as the definition takes them. */
export const alertingErrors = errorTable({
  codes: alertingCodes,
  mount: alertingErrorCodes,
  render: renderAlertingError,
  simulated: alertingSimulatedErrors,
});

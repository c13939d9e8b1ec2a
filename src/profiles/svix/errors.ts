/**
 * Svix's error bodies: `{"code","detail"}` for 4xx, and FastAPI-style
 * `{"detail":[{"loc","msg","type"}]}` for 422 validation; the SDK raises ApiException(code, body).
 */
import type { ProfileError, SimulatedError } from '../types.js';
import { errorTable } from '../kit/index.js';

export const svixCodes = {
  validation: 'validation',
  badRequest: 'bad_request',
  unauthorized: 'authentication_failed',
  forbidden: 'insufficient_access',
  notFound: 'not_found',
  conflict: 'conflict',
  payloadTooLarge: 'payload_too_large',
  internal: 'internal',
} as const;

const svixErrorCodes = {
  badRequest: svixCodes.badRequest,
  unauthorized: svixCodes.unauthorized,
  forbidden: svixCodes.forbidden,
  notFound: svixCodes.notFound,
  payloadTooLarge: svixCodes.payloadTooLarge,
  internal: svixCodes.internal,
};

function renderSvixError(error: {
  status: number;
  code: string;
  message: string;
  field?: string;
  extra?: Readonly<Record<string, unknown>>;
}): unknown {
  if (error.status === 422) {
    return { detail: [{ loc: ['body', ...(error.field ? error.field.split('.') : [])], msg: error.message, type: 'value_error' }] };
  }
  return {
    code: error.code,
    detail:
      error.status === 404 && error.code === svixCodes.notFound && !error.message.startsWith('Entity') ? 'Entity not found' : error.message,
  };
}

/** 422: the body failed validation (`loc` names the field). */
export function invalid(field: string, message: string): ProfileError {
  return svixErrors.error(422, svixCodes.validation, message, field);
}

export function notFound(): ProfileError {
  return svixErrors.error(404, svixCodes.notFound, 'Entity not found');
}

export function conflict(detail: string): ProfileError {
  return svixErrors.error(409, svixCodes.conflict, detail);
}

const svixSimulatedErrors: readonly SimulatedError[] = [
  { status: 400, code: svixCodes.badRequest, message: 'Bad request' },
  { status: 401, code: svixCodes.unauthorized, message: 'Invalid token' },
  { status: 403, code: svixCodes.forbidden, message: 'Insufficient access for the given operation.' },
  { status: 404, code: svixCodes.notFound, message: 'Entity not found' },
  { status: 409, code: svixCodes.conflict, message: 'An entity with this uid already exists' },
  { status: 422, code: svixCodes.validation, message: 'field required' },
  { status: 429, code: 'rate_limited', message: 'Too many requests' },
  { status: 500, code: svixCodes.internal, message: 'Internal server error' },
];

/** Codes, envelope and documented errors, as the definition takes them. */
export const svixErrors = errorTable({
  codes: svixCodes,
  mount: svixErrorCodes,
  render: renderSvixError,
  simulated: svixSimulatedErrors,
});

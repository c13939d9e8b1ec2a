/** PipAI's error envelope `{"code","message","param"}` with the seed's UPPER_SNAKE codes. */
import type { ProfileError, SimulatedError } from '../types.js';
import { errorTable } from '../kit/index.js';

export const pipaiCodes = {
  invalidParameter: 'INVALID_PARAMETER',
  unauthorized: 'UNAUTHORIZED',
  insufficientPermission: 'INSUFFICIENT_PERMISSION',
  notFound: 'NOT_FOUND',
  duplicateUrl: 'DUPLICATE_URL',
  limitReached: 'LIMIT_REACHED',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  internal: 'INTERNAL_ERROR',
} as const;

const pipaiErrorCodes = {
  badRequest: pipaiCodes.invalidParameter,
  unauthorized: pipaiCodes.unauthorized,
  forbidden: pipaiCodes.insufficientPermission,
  notFound: pipaiCodes.notFound,
  payloadTooLarge: pipaiCodes.payloadTooLarge,
  internal: pipaiCodes.internal,
};

function renderPipaiError(error: { code: string; message: string; field?: string }): unknown {
  return { code: error.code, message: error.message, param: error.field ?? null };
}

export function invalidParameter(message: string, param: string): ProfileError {
  return pipaiErrors.error(400, pipaiCodes.invalidParameter, message, param);
}

export function notFound(id: string): ProfileError {
  return pipaiErrors.error(404, pipaiCodes.notFound, `No webhook with id "${id}" on this account.`);
}

const pipaiSimulatedErrors: readonly SimulatedError[] = [
  { status: 400, code: pipaiCodes.invalidParameter, message: 'url is missing, malformed, or uses http:// instead of https://.' },
  { status: 401, code: pipaiCodes.unauthorized, message: 'Missing or invalid request signature.' },
  { status: 403, code: pipaiCodes.insufficientPermission, message: 'The API key lacks the webhooks:write scope.' },
  { status: 404, code: pipaiCodes.notFound, message: 'No webhook with that id on this account.' },
  { status: 409, code: pipaiCodes.duplicateUrl, message: 'A webhook with this url is already registered on the account.' },
  {
    status: 429,
    code: pipaiCodes.limitReached,
    message: 'The account already has 25 webhooks (the per-account maximum). Delete an existing webhook before creating another.',
  },
  { status: 500, code: pipaiCodes.internal, message: 'Internal error; retry the request.' },
];

/** Codes, envelope and documented errors, as the definition takes them. */
export const pipaiErrors = errorTable({
  codes: pipaiCodes,
  mount: pipaiErrorCodes,
  render: renderPipaiError,
  simulated: pipaiSimulatedErrors,
});

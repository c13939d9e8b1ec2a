/**
 * GitHub's error body `{"message","errors"?,"documentation_url","status"}`; Octokit raises a
 * RequestError carrying the HTTP status and this body as `response.data`.
 */
import type { ProfileError, SimulatedError } from '../types.js';
import { errorTable } from '../kit/index.js';

export const githubCodes = {
  validation: 'validation_failed',
  badRequest: 'bad_request',
  unauthorized: 'bad_credentials',
  forbidden: 'forbidden',
  notFound: 'not_found',
  payloadTooLarge: 'payload_too_large',
  internal: 'internal',
} as const;

const DOCS = 'https://docs.github.com/rest/repos/webhooks';

const githubErrorCodes = {
  badRequest: githubCodes.badRequest,
  unauthorized: githubCodes.unauthorized,
  forbidden: githubCodes.forbidden,
  notFound: githubCodes.notFound,
  payloadTooLarge: githubCodes.payloadTooLarge,
  internal: githubCodes.internal,
};

export interface GithubFieldError {
  resource: string;
  code: string;
  field?: string;
  message?: string;
}

function renderGithubError(error: { status: number; code: string; message: string; extra?: Readonly<Record<string, unknown>> }): unknown {
  // GitHub never explains a 404 or a 401 beyond these words.
  const message =
    error.status === 404
      ? 'Not Found'
      : error.status === 401
        ? error.message.startsWith('Requires')
          ? error.message
          : 'Bad credentials'
        : error.message;
  const body: Record<string, unknown> = { message };
  if (Array.isArray(error.extra?.errors)) body.errors = error.extra.errors;
  body.documentation_url = error.status === 401 ? 'https://docs.github.com/rest' : DOCS;
  body.status = String(error.status);
  return body;
}

/** 422 Validation Failed with GitHub's `errors` list. */
export function validationFailed(errors: GithubFieldError[]): ProfileError {
  return githubErrors.error(422, githubCodes.validation, 'Validation Failed', errors[0]?.field, { body: { errors } });
}

export function notFound(): ProfileError {
  return githubErrors.error(404, githubCodes.notFound, 'Not Found');
}

export function badRequest(message: string): ProfileError {
  return githubErrors.error(400, githubCodes.badRequest, message);
}

const githubSimulatedErrors: readonly SimulatedError[] = [
  { status: 400, code: githubCodes.badRequest, message: 'Problems parsing JSON' },
  { status: 401, code: githubCodes.unauthorized, message: 'Bad credentials' },
  { status: 403, code: githubCodes.forbidden, message: 'Must have admin rights to Repository.' },
  { status: 404, code: githubCodes.notFound, message: 'Not Found' },
  {
    status: 422,
    code: githubCodes.validation,
    message: 'Validation Failed',
    extra: { body: { errors: [{ resource: 'Hook', code: 'custom', message: 'Hook already exists on this repository' }] } },
  },
  { status: 500, code: githubCodes.internal, message: 'Server Error' },
];

/** Codes, envelope and documented errors, as the definition takes them. */
export const githubErrors = errorTable({
  codes: githubCodes,
  mount: githubErrorCodes,
  render: renderGithubError,
  simulated: githubSimulatedErrors,
});

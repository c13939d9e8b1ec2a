import { ProfileError, type ProfileDefinition, type SimulatedError } from '../types.js';

export interface ErrorTableInput<Codes extends Record<string, string>> {
  /** The provider's own codes, by a name the profile's code uses. */
  codes: Codes;
  /** Which of them the mount layer answers with for its own errors (bad JSON, auth, 404, 413, 500). */
  mount: ProfileDefinition['errorCodes'];
  /** The provider's error envelope. */
  render: ProfileDefinition['renderError'];
  /** Every documented error, for `Hookyard-Simulate`. */
  simulated: readonly SimulatedError[];
}

export interface ErrorTable<Codes extends Record<string, string>> {
  codes: Codes;
  /** Spread into the definition: `renderError`, `errorCodes`, `simulatedErrors`. */
  definition: Pick<ProfileDefinition, 'renderError' | 'errorCodes' | 'simulatedErrors'>;
  /**
   * A `ProfileError` with one of the provider's codes: how its handlers raise errors
   * (`signaErrors.error(400, signaCodes.urlInvalid, message, 'url')`), so no provider wraps the constructor itself.
   */
  error(status: number, code: Codes[keyof Codes], message: string, field?: string, extra?: ProfileError['extra']): ProfileError;
}

/** One provider's error vocabulary (codes, envelope, documented errors) in the one shape every profile uses. */
export function errorTable<Codes extends Record<string, string>>(input: ErrorTableInput<Codes>): ErrorTable<Codes> {
  return {
    codes: input.codes,
    definition: { renderError: input.render, errorCodes: input.mount, simulatedErrors: input.simulated },
    error: (status, code, message, field, extra) => new ProfileError(status, code, message, field, extra),
  };
}

import { schemeFromArg, SchemeFileError, UnknownSchemeError, type SchemeSpec } from '../signing/index.js';
import { UsageError } from './io.js';

export function schemeOption(value: string | undefined, usage: string): SchemeSpec {
  if (!value) throw new UsageError('missing --scheme: a preset id (see `hookyard schemes`) or a scheme JSON file', usage);
  try {
    return schemeFromArg(value);
  } catch (error) {
    if (error instanceof UnknownSchemeError || error instanceof SchemeFileError) throw new UsageError(error.message, usage);
    throw error;
  }
}

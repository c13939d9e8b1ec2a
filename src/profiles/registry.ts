import type { ProfileDefinition } from './types.js';
import * as providers from './providers.js';

/** The providers hookyard mocks; adding one = its folder and one line in `providers.ts`. */
export function builtInProfiles(): ProfileDefinition<any>[] {
  return Object.values(providers);
}

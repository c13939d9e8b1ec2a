export * from './signing/index.js';
export { startHookyard } from './server/start-hookyard.js';
export type { HookyardHandle, StartOptions } from './server/start-hookyard.js';
export { builtInProfiles } from './profiles/registry.js';
export type { ProfileDefinition, EndpointSummary, ApiKey } from './profiles/types.js';
export { virtualClock, systemClock } from './clock/index.js';
export type { Clock, VirtualClock } from './clock/index.js';
import { builtInProfiles } from './profiles/registry.js';
import { listSchemes } from './signing/registry.js';

/** The signature schemes hookyard knows (presets). */
export const schemes = listSchemes();
/** The mocked providers. */
export const profiles = builtInProfiles();

export { appkitProfile } from './definition.js';
export type { AppkitEndpoint, AppkitState } from './state.js';

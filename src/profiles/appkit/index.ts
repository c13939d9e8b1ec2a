export { appkitProfile } from './appkit-profile.js';
export type { AppkitEndpoint, AppkitState } from './appkit-state.js';

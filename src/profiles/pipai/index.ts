export { pipaiProfile } from './pipai-profile.js';
export type { PipaiState, PipaiWebhook, PipaiStatus } from './pipai-state.js';

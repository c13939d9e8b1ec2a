export { pipaiProfile } from './definition.js';
export type { PipaiState, PipaiWebhook, PipaiStatus } from './state.js';

export { signaProfile } from './signa-profile.js';
export type { SignaEndpoint, SignaIdempotencyRecord, SignaPreviousSecret, SignaState, SignaStatus } from './signa-state.js';

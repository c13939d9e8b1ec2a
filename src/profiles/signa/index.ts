export { signaProfile } from './definition.js';
export type { SignaEndpoint, SignaIdempotencyRecord, SignaPreviousSecret, SignaState, SignaStatus } from './state.js';

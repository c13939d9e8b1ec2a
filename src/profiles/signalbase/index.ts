export { signalbaseProfile } from './signalbase-profile.js';
export type { SignalbaseState, SignalbaseWebhook, SignalbaseStats } from './signalbase-state.js';

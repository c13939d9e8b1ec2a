export { signalbaseProfile } from './definition.js';
export type { SignalbaseState, SignalbaseWebhook, SignalbaseStats } from './state.js';

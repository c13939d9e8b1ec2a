export { alertingProfile } from './definition.js';
export type { AlertingEndpoint, AlertingState } from './state.js';

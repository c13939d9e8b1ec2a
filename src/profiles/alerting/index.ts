export { alertingProfile } from './alerting-profile.js';
export type { AlertingEndpoint, AlertingState } from './alerting-state.js';

export { ChangeTracker } from './change-tracker.js';
export type { StateChange } from './change-tracker.js';
export { applyChanges, decodeChanges, encodeChanges } from './apply-changes.js';
export { StateLog } from './state-log.js';
export type { ReplayedLog } from './state-log.js';
export { StateAudit, auditRequested } from './state-audit.js';

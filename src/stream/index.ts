export { attachStream, checkUpgrade } from './stream-server.js';
export type { StreamOptions, UpgradeVerdict } from './stream-server.js';

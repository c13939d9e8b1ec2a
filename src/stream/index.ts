export { attachStream } from './stream-server.js';
export type { StreamOptions, UpgradeVerdict } from './stream-server.js';

export type { CapturesDocument, CorruptFileReport, DataDir, DocumentStore, StateDocument } from './types.js';
export { openDataDir } from './open-data-dir.js';
export type { OpenDataDirOptions } from './open-data-dir.js';
export { inMemoryDataDir } from './in-memory-data-dir.js';
export { DataDirLockedError } from './data-dir-lock.js';

export type { CorruptFileReport, DataDir, DocumentStore, StateDocument } from './types.js';
export { openDataDir } from './open-data-dir.js';
export type { OpenDataDirOptions, OpenedDataDir } from './open-data-dir.js';
export { inMemoryDataDir } from './in-memory-data-dir.js';
export { DataDirLockedError } from './data-dir-lock.js';
export { StorageHealth, StorageUnavailableError } from './storage-health.js';
export type { StorageFailure, StorageStatus } from './storage-health.js';
export type { JournalRef, JournalStore, ReplayReport } from './journal/index.js';
export type { LegacyData } from './legacy-format.js';

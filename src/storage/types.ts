import type { JournalStore } from './journal/journal-types.js';
import type { StorageStatus } from './storage-health.js';
import type { LegacyData } from './legacy-format.js';

/**
 * The state document: small, mutated in place. `changed()` schedules a group write; `commit()`
 * resolves once a write that contains every change made so far has completed.
 */
export interface DocumentStore<T> {
  readonly data: T;
  changed(): void;
  /** Rejects with StorageUnavailableError when the write fails (the change stays in memory and is retried). */
  commit(): Promise<void>;
  /** True while the last write failed. */
  readonly failing: boolean;
  /** Write now if dirty; resolves when on disk. */
  flush(): Promise<void>;
}

export interface CorruptFileReport {
  file: string;
  movedTo: string;
  reason: string;
}

export interface DataDir {
  /** Absolute path, or null under `memory`. */
  readonly dir: string | null;
  /** Endpoints, secrets, keys, channels, idempotency records, rate-limit windows, settings. */
  readonly state: DocumentStore<StateDocument>;
  /** The capture ring: append-only segments, bodies by reference. */
  readonly captures: JournalStore;
  /** Events, deliveries and attempts with their request and response bodies. */
  readonly history: JournalStore;
  /** Files found corrupt at open, moved aside. */
  readonly corrupt: readonly CorruptFileReport[];
  /** What opening the folder did that the user should hear about (conversions, cut records). */
  readonly notices: readonly string[];
  /** Data of the older single-document format, for the stores to take over once at start. */
  readonly legacy?: LegacyData | null;
  /** Whether writes currently succeed (`/_yard/api/health`, the inspector). */
  health(): StorageStatus;
  /** Flush everything and release the lock. */
  close(): Promise<void>;
}

export interface StateDocument {
  version: 1;
  /** Each profile's own state object, keyed by profile id. */
  profiles: Record<string, unknown>;
  /** Everything else the workbench keeps (channels, keys, failing-since marks …), keyed by area. */
  yard: Record<string, unknown>;
}

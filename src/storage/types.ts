/**
 * Persistence contract. The embedded implementation is lowdb JSON files under `.hookyard/`;
 * `memory: true` touches no disk. Documents are plain JSON objects mutated in place; `changed()`
 * schedules one coalesced write.
 */
export interface DocumentStore<T> {
  readonly data: T;
  /** Mark the document dirty; writes are coalesced (at most one in flight, one queued). */
  changed(): void;
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
  /** Endpoints, secrets, keys, idempotency records, events, deliveries. */
  readonly state: DocumentStore<StateDocument>;
  /** The capture ring buffer. */
  readonly captures: DocumentStore<CapturesDocument>;
  /** Files found corrupt at open, moved aside. */
  readonly corrupt: readonly CorruptFileReport[];
  /** Flush both documents and release the lock. */
  close(): Promise<void>;
}

export interface StateDocument {
  version: 1;
  /** Each profile's own state object, keyed by profile id. */
  profiles: Record<string, unknown>;
  /** Everything else the workbench keeps (events, deliveries, channels, keys ...), keyed by area. */
  yard: Record<string, unknown>;
}

export interface CapturesDocument {
  version: 1;
  captures: unknown[];
}

/** Where a record's bodies live: the segment and each blob's byte range in it, flat (offset, length, …). */
export interface JournalRef {
  segment: number;
  blobs: readonly number[];
}

export interface ReplayReport {
  records: number;
  segments: number;
  /** Human sentences: torn records cut, corrupt segments moved aside. */
  notices: string[];
}

/**
 * An append-only journal of small JSON records, each with optional bodies stored by reference.
 * Owners keep their own index of the records; the journal only keeps bytes and segments.
 */
export interface JournalStore {
  /**
   * Appends one record; resolves once its write call has completed. Appends of one tick go out in
   * one write. Rejects (StorageUnavailableError) when the write fails.
   */
  append(record: object, blobs?: readonly Uint8Array[]): Promise<JournalRef>;
  /** Reads one body back. */
  readBlob(ref: JournalRef, index: number): Promise<Buffer>;
  /** Visits every kept record in order (at start, to build the owner's index). */
  replay(visit: (record: unknown, ref: JournalRef) => void): Promise<ReplayReport>;
  /** The segment new appends go to (owners count live records per segment). */
  readonly currentSegment: number;
  /** Deletes every segment below `segment` (the owner holds nothing live in them). */
  dropBefore(segment: number): Promise<void>;
  /** Deletes every record (clear all). */
  reset(): Promise<void>;
  /** True while the last write failed. */
  readonly failing: boolean;
  close(): Promise<void>;
}

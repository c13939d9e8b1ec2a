import type { JournalRef } from '../storage/index.js';
import type { CaptureSummary } from './capture-types.js';

/** One capture: its summary and, flattened in (one object less per capture), where its bodies are. */
export interface IndexEntry extends JournalRef {
  summary: CaptureSummary;
  /** Position in `entries`; kept current when the array is compacted. */
  at: number;
}

/**
 * The capture ring's index in memory: summaries and where each body lives, never the bodies.
 * Adding, evicting and looking up cost the same whatever is stored; only listing walks it.
 */
export class CaptureIndex {
  private entries: Array<IndexEntry | null> = [];
  private head = 0;
  private holes = 0;
  private readonly byId = new Map<string, IndexEntry>();
  private readonly perSegment = new Map<number, number>();

  constructor(private readonly max: number) {}

  get size(): number {
    return this.byId.size;
  }

  get(id: string): IndexEntry | undefined {
    return this.byId.get(id);
  }

  /** Adds one entry; returns the ids evicted to keep the newest `max`. */
  add(summary: CaptureSummary, ref: JournalRef): void {
    const entry: IndexEntry = { summary, segment: ref.segment, blobs: ref.blobs, at: this.entries.length };
    const previous = this.byId.get(summary.id);
    if (previous) this.remove(summary.id);
    this.entries.push(entry);
    this.byId.set(summary.id, entry);
    this.perSegment.set(ref.segment, (this.perSegment.get(ref.segment) ?? 0) + 1);
    while (this.byId.size > this.max) this.evictOldest();
  }

  private evictOldest(): void {
    while (this.head < this.entries.length) {
      const entry = this.entries[this.head];
      this.entries[this.head++] = null;
      if (entry) {
        this.forget(entry);
        break;
      }
      this.holes--;
    }
    this.compactIfSparse();
  }

  private forget(entry: IndexEntry): void {
    this.byId.delete(entry.summary.id);
    const left = (this.perSegment.get(entry.segment) ?? 1) - 1;
    if (left > 0) this.perSegment.set(entry.segment, left);
    else this.perSegment.delete(entry.segment);
  }

  remove(id: string): boolean {
    const entry = this.byId.get(id);
    if (!entry) return false;
    this.entries[entry.at] = null;
    this.holes++;
    this.forget(entry);
    this.compactIfSparse();
    return true;
  }

  clear(): void {
    this.entries = [];
    this.head = 0;
    this.holes = 0;
    this.byId.clear();
    this.perSegment.clear();
  }

  /** The oldest segment that still holds a live capture (segments below it can go). */
  oldestLiveSegment(): number | undefined {
    let oldest: number | undefined;
    for (const segment of this.perSegment.keys()) if (oldest === undefined || segment < oldest) oldest = segment;
    return oldest;
  }

  private compactIfSparse(): void {
    const used = this.entries.length - this.head;
    if (this.head < 1024 && this.holes < 1024) return;
    if (this.head * 2 < this.entries.length && this.holes * 2 < used) return;
    const kept: IndexEntry[] = [];
    for (let i = this.head; i < this.entries.length; i++) {
      const entry = this.entries[i];
      if (entry) {
        entry.at = kept.length;
        kept.push(entry);
      }
    }
    this.entries = kept;
    this.head = 0;
    this.holes = 0;
  }

  /** Newest first, starting after `cursor` when given. */
  *newestFirst(cursor?: string): Generator<IndexEntry> {
    let i = this.entries.length - 1;
    if (cursor !== undefined) {
      const from = this.byId.get(cursor);
      if (!from) return;
      i = from.at - 1;
    }
    for (; i >= this.head; i--) {
      const entry = this.entries[i];
      if (entry) yield entry;
    }
  }

  *oldestFirst(): Generator<IndexEntry> {
    for (let i = this.head; i < this.entries.length; i++) {
      const entry = this.entries[i];
      if (entry) yield entry;
    }
  }
}

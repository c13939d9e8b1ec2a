import type { JournalRef, JournalStore, ReplayReport } from './journal-types.js';

/** `--memory`: the journal's interface over plain arrays; nothing touches the disk. */
export class MemoryJournal implements JournalStore {
  private readonly bodies = new Map<number, Buffer[]>();
  private segment = 1;
  private inSegment = 0;
  readonly failing = false;

  constructor(private readonly segmentRecords: number) {}

  get currentSegment(): number {
    return this.segment;
  }

  async replay(): Promise<ReplayReport> {
    return { records: 0, segments: 0, notices: [] };
  }

  async append(_record: object, blobs: readonly Uint8Array[] = []): Promise<JournalRef> {
    if (this.inSegment >= this.segmentRecords) {
      this.segment++;
      this.inSegment = 0;
    }
    this.inSegment++;
    let list = this.bodies.get(this.segment);
    if (!list) this.bodies.set(this.segment, (list = []));
    const ranges: number[] = [];
    for (const body of blobs) {
      ranges.push(list.length, body.byteLength);
      list.push(Buffer.from(body));
    }
    return { segment: this.segment, blobs: ranges };
  }

  async readBlob(ref: JournalRef, index: number): Promise<Buffer> {
    const at = ref.blobs[index * 2];
    const body = at === undefined ? undefined : this.bodies.get(ref.segment)?.[at];
    if (!body) throw new RangeError('that body is no longer kept');
    return body;
  }

  async dropBefore(segment: number): Promise<void> {
    for (const s of this.bodies.keys()) if (s < segment && s !== this.segment) this.bodies.delete(s);
  }

  async reset(): Promise<void> {
    this.bodies.clear();
    this.segment++;
    this.inSegment = 0;
  }

  async close(): Promise<void> {}
}

import { mkdir } from 'node:fs/promises';
import { StorageUnavailableError, type StorageHealth } from '../storage-health.js';
import type { JournalRef, JournalStore, ReplayReport } from './journal-types.js';
import { blobFile, listSegments, metaFile } from './segment-files.js';
import { readSegment } from './read-segment.js';
import { BlobReaders } from './blob-readers.js';
import { closeWriter, openSegment, removeFile, writeBatchFiles, type Writer } from './segment-writer.js';

export interface SegmentJournalOptions {
  /** Names the journal in notices ("captures"). */
  label: string;
  health: StorageHealth;
  /** Roll to a new segment after this many records … */
  segmentRecords: number;
  /** … or this many body bytes. */
  segmentBytes?: number;
  now: number;
}

interface Pending {
  record: object;
  blobs: readonly Uint8Array[];
  resolve(ref: JournalRef): void;
  reject(error: Error): void;
}

/**
 * The journal on disk: `<dir>/NNNNNN.jsonl` holds one JSON line per record, `<dir>/NNNNNN.blob` the
 * record's bodies back to back. A batch writes both files at once and is acknowledged when both
 * completed; replay keeps a line only if its bodies lie inside the body file.
 */
export class SegmentJournal implements JournalStore {
  private writer: Writer | null = null;
  private upcoming: Promise<Writer> | null = null;
  private queue: Pending[] = [];
  private scheduled = false;
  private writing: Promise<void> | null = null;
  private lastError: StorageUnavailableError | null = null;
  private mustRoll = false;
  private segments: number[] = [];
  private ready = false;
  private closed = false;

  private readonly readers: BlobReaders;

  constructor(
    private readonly dir: string,
    private readonly options: SegmentJournalOptions,
  ) {
    this.readers = new BlobReaders(dir);
  }

  get currentSegment(): number {
    return this.writer?.segment ?? this.segments.at(-1) ?? 1;
  }

  get failing(): boolean {
    return this.lastError !== null;
  }

  async replay(visit: (record: unknown, ref: JournalRef) => void): Promise<ReplayReport> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    this.segments = await listSegments(this.dir);
    const report: ReplayReport = { records: 0, segments: this.segments.length, notices: [] };
    let last: { segment: number; metaBytes: number; blobBytes: number; records: number } | null = null;
    for (const segment of this.segments) {
      const read = await readSegment(this.dir, segment, this.options.label, this.options.now);
      report.notices.push(...read.notices);
      for (const line of read.lines) visit(line.record, line.ref);
      report.records += read.lines.length;
      last = { segment, metaBytes: read.metaBytes, blobBytes: read.blobBytes, records: read.lines.length };
    }
    if (last) this.writer = await this.openWriter(last.segment, last.metaBytes, last.blobBytes, last.records);
    this.ready = true;
    return report;
  }

  append(record: object, blobs: readonly Uint8Array[] = []): Promise<JournalRef> {
    if (this.closed) return Promise.reject(new Error('the journal is closed'));
    return new Promise<JournalRef>((resolve, reject) => {
      this.queue.push({ record, blobs, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.pump());
      }
    });
  }

  private async pump(): Promise<void> {
    this.scheduled = false;
    if (this.writing) return;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      this.writing = this.writeBatch(batch);
      await this.writing;
      this.writing = null;
    }
  }

  private async openWriter(segment: number, metaBytes = 0, blobBytes = 0, records = 0): Promise<Writer> {
    const writer = await openSegment(this.dir, segment, metaBytes, blobBytes, records);
    if (!this.segments.includes(segment)) this.segments.push(segment);
    return writer;
  }

  private async currentWriter(): Promise<Writer> {
    if (!this.ready) await this.replay(() => undefined);
    const writer = this.writer;
    const full =
      writer && (writer.records >= this.options.segmentRecords || writer.blobBytes >= (this.options.segmentBytes ?? 64 * 1024 * 1024));
    if (writer && !full && !this.mustRoll) {
      // Open the next segment's files ahead, so rolling over never waits for them (a small ring
      // rolls every few hundred captures). Empty files left by a kill are harmless at replay.
      if (!this.upcoming && writer.records >= this.options.segmentRecords / 2) this.upcoming = openSegment(this.dir, writer.segment + 1);
      return writer;
    }
    const upcoming = this.upcoming;
    this.upcoming = null;
    const next = (this.segments.at(-1) ?? 0) + 1;
    const opened = (upcoming && (await upcoming.catch(() => null))) || null;
    const fresh = opened?.segment === next && !this.mustRoll ? opened : await this.openWriter(next);
    if (opened && opened !== fresh) void closeWriter(opened);
    if (!this.segments.includes(fresh.segment)) this.segments.push(fresh.segment);
    if (writer) void closeWriter(writer);
    this.writer = fresh;
    this.mustRoll = false;
    return fresh;
  }

  private async dropUpcoming(): Promise<void> {
    const upcoming = this.upcoming;
    this.upcoming = null;
    const opened = await upcoming?.catch(() => null);
    if (opened) await closeWriter(opened);
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    let writer: Writer;
    try {
      writer = await this.currentWriter();
    } catch (error) {
      return this.fail(batch, error);
    }
    const lines: string[] = [];
    const bodies: Uint8Array[] = [];
    const accepted: Array<{ pending: Pending; ref: JournalRef }> = [];
    let blobAt = writer.blobBytes;
    for (const pending of batch) {
      const ranges: number[] = [];
      for (const body of pending.blobs) {
        ranges.push(blobAt, body.byteLength);
        blobAt += body.byteLength;
      }
      let line: string;
      try {
        line = JSON.stringify(ranges.length ? { m: pending.record, b: ranges } : { m: pending.record });
      } catch (error) {
        // This one record cannot be stored; the rest of the batch can.
        for (const body of pending.blobs) blobAt -= body.byteLength;
        pending.reject(new StorageUnavailableError(this.options.health.failed(metaFile(this.dir, writer.segment), error)));
        continue;
      }
      lines.push(line);
      bodies.push(...pending.blobs);
      accepted.push({ pending, ref: { segment: writer.segment, blobs: ranges } });
    }
    if (accepted.length === 0) return;
    const text = Buffer.from(`${lines.join('\n')}\n`);
    try {
      await writeBatchFiles(writer, bodies, text);
    } catch (error) {
      // Cut back to what was whole, so the next batch appends after a clean end.
      await Promise.all([writer.blob.truncate(writer.blobBytes), writer.meta.truncate(writer.metaBytes)]).catch(() => {
        this.mustRoll = true;
      });
      return this.fail(
        accepted.map((a) => a.pending),
        error,
        writer.segment,
      );
    }
    writer.blobBytes = blobAt;
    writer.metaBytes += text.length;
    writer.records += accepted.length;
    if (this.lastError) {
      this.lastError = null;
      this.options.health.recovered(this.dir);
    }
    for (const { pending, ref } of accepted) pending.resolve(ref);
  }

  private fail(batch: Pending[], error: unknown, segment?: number): void {
    this.lastError = new StorageUnavailableError(this.options.health.failed(this.dir, error));
    if (segment === undefined) this.mustRoll = true;
    for (const pending of batch) pending.reject(this.lastError);
  }

  readBlob(ref: JournalRef, index: number): Promise<Buffer> {
    return this.readers.read(ref, index);
  }

  async dropBefore(segment: number): Promise<void> {
    const drop = this.segments.filter((s) => s < segment && s !== this.writer?.segment);
    if (drop.length === 0) return;
    this.segments = this.segments.filter((s) => !drop.includes(s));
    for (const s of drop) {
      await this.readers.close(s);
      await Promise.all([removeFile(metaFile(this.dir, s)), removeFile(blobFile(this.dir, s))]);
    }
  }

  async reset(): Promise<void> {
    if (this.writing) await this.writing;
    await this.dropUpcoming();
    // The next append opens a fresh segment after the deleted ones.
    this.mustRoll = true;
    await this.dropBefore(Number.MAX_SAFE_INTEGER);
    if (this.writer) {
      await Promise.allSettled([this.writer.meta.close(), this.writer.blob.close()]);
      await this.readers.close(this.writer.segment);
      await Promise.all([removeFile(metaFile(this.dir, this.writer.segment)), removeFile(blobFile(this.dir, this.writer.segment))]);
      this.segments = [this.writer.segment];
      this.writer = null;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    while (this.writing || this.queue.length) {
      if (this.writing) await this.writing;
      else await this.pump();
    }
    this.closed = true;
    await this.dropUpcoming();
    await this.readers.closeAll();
    if (this.writer) await Promise.allSettled([this.writer.meta.close(), this.writer.blob.close()]);
  }
}

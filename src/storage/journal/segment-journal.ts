import { mkdir, open, unlink, type FileHandle } from 'node:fs/promises';
import { StorageUnavailableError, type StorageHealth } from '../storage-health.js';
import type { JournalRef, JournalStore, ReplayReport } from './journal-types.js';
import { blobFile, listSegments, metaFile } from './segment-files.js';
import { readSegment } from './read-segment.js';
import { BlobReaders } from './blob-readers.js';

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

interface Writer {
  segment: number;
  meta: FileHandle;
  blob: FileHandle;
  metaBytes: number;
  blobBytes: number;
  records: number;
}

/**
 * The journal on disk: `<dir>/NNNNNN.jsonl` holds one JSON line per record, `<dir>/NNNNNN.blob` the
 * record's bodies back to back. A batch writes both files at once and is acknowledged when both
 * completed; replay keeps a line only if its bodies lie inside the body file.
 */
export class SegmentJournal implements JournalStore {
  private writer: Writer | null = null;
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
    const meta = await open(metaFile(this.dir, segment), 'a', 0o600);
    let blob: FileHandle;
    try {
      blob = await open(blobFile(this.dir, segment), 'a', 0o600);
    } catch (error) {
      await meta.close();
      throw error;
    }
    if (!this.segments.includes(segment)) this.segments.push(segment);
    return { segment, meta, blob, metaBytes, blobBytes, records };
  }

  private async currentWriter(): Promise<Writer> {
    if (!this.ready) await this.replay(() => undefined);
    const full =
      this.writer &&
      (this.writer.records >= this.options.segmentRecords || this.writer.blobBytes >= (this.options.segmentBytes ?? 64 * 1024 * 1024));
    if (this.writer && !full && !this.mustRoll) return this.writer;
    const next = (this.segments.at(-1) ?? 0) + 1;
    const writer = await this.openWriter(next);
    if (this.writer) await Promise.allSettled([this.writer.meta.close(), this.writer.blob.close()]);
    this.writer = writer;
    this.mustRoll = false;
    return writer;
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
      // Both files at once (measured: 0.45× → 0.55× of bare node:http for 1 KiB captures). A
      // record is acknowledged only when both writes completed, and replay keeps a record only if
      // its bodies lie inside the body file, so a kill between the two cannot yield a dangling one.
      await Promise.all([bodies.length ? writeAll(writer.blob, bodies) : undefined, writeAll(writer.meta, [text])]);
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
    await this.readers.closeAll();
    if (this.writer) await Promise.allSettled([this.writer.meta.close(), this.writer.blob.close()]);
  }
}

/** A plain unlink (rm's recursive walk costs an lstat per segment dropped); a file already gone is fine. */
async function removeFile(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** One logical write may take several write calls; none is acknowledged before all completed. */
async function writeAll(handle: FileHandle, buffers: Uint8Array[]): Promise<void> {
  const whole = buffers.length === 1 ? buffers[0]! : Buffer.concat(buffers);
  let written = 0;
  while (written < whole.byteLength) written += (await handle.write(whole, written, whole.byteLength - written)).bytesWritten;
}

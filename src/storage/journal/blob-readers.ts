import { open, type FileHandle } from 'node:fs/promises';
import type { JournalRef } from './journal-types.js';
import { blobFile } from './segment-files.js';

const READERS_KEPT = 8;

/** Open body files for reading, the most recently used few kept: a body is one positioned read. */
export class BlobReaders {
  private readonly handles = new Map<number, Promise<FileHandle>>();

  constructor(private readonly dir: string) {}

  async read(ref: JournalRef, index: number): Promise<Buffer> {
    const offset = ref.blobs[index * 2];
    const length = ref.blobs[index * 2 + 1];
    if (offset === undefined || length === undefined) throw new RangeError(`the record has no body #${index}`);
    const out = Buffer.allocUnsafe(length);
    if (length === 0) return out;
    const handle = await this.handle(ref.segment);
    const { bytesRead } = await handle.read(out, 0, length, offset);
    if (bytesRead !== length) throw new Error(`${blobFile(this.dir, ref.segment)} is shorter than its index says`);
    return out;
  }

  async close(segment: number): Promise<void> {
    const handle = this.handles.get(segment);
    this.handles.delete(segment);
    if (handle) await handle.then((h) => h.close()).catch(() => undefined);
  }

  async closeAll(): Promise<void> {
    for (const segment of [...this.handles.keys()]) await this.close(segment);
  }

  private handle(segment: number): Promise<FileHandle> {
    let handle = this.handles.get(segment);
    if (!handle) {
      if (this.handles.size >= READERS_KEPT) {
        const [oldest, promise] = this.handles.entries().next().value as [number, Promise<FileHandle>];
        this.handles.delete(oldest);
        void promise.then((h) => h.close()).catch(() => undefined);
      }
      handle = open(blobFile(this.dir, segment), 'r');
      handle.catch(() => this.handles.delete(segment));
      this.handles.set(segment, handle);
    }
    return handle;
  }
}

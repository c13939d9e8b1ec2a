import { writeSync } from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { blobFile, metaFile } from './segment-files.js';

/** The open files of the segment being appended to, and how much of each is whole. */
export interface Writer {
  segment: number;
  meta: FileHandle;
  blob: FileHandle;
  metaBytes: number;
  blobBytes: number;
  records: number;
}

export async function openSegment(dir: string, segment: number, metaBytes = 0, blobBytes = 0, records = 0): Promise<Writer> {
  const meta = await open(metaFile(dir, segment), 'a', 0o600);
  let blob: FileHandle;
  try {
    blob = await open(blobFile(dir, segment), 'a', 0o600);
  } catch (error) {
    await meta.close();
    throw error;
  }
  return { segment, meta, blob, metaBytes, blobBytes, records };
}

export async function closeWriter(writer: Writer): Promise<void> {
  await Promise.allSettled([writer.meta.close(), writer.blob.close()]);
}

/** A plain unlink (rm's recursive walk costs an lstat per segment dropped); a file already gone is fine. */
export async function removeFile(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** One logical write may take several write calls; none is acknowledged before all completed. */
export async function writeAll(handle: FileHandle, buffers: Uint8Array[]): Promise<void> {
  const whole = buffers.length === 1 ? buffers[0]! : Buffer.concat(buffers);
  let written = 0;
  while (written < whole.byteLength) written += (await handle.write(whole, written, whole.byteLength - written)).bytesWritten;
}

/**
 * Below this many bytes a batch is written with `writeSync`: a webhook of a few KiB costs less
 * written in place than handed to the thread pool and back (measured +13–33 % captures per second
 * on 2 cores). Larger batches (bodies of megabytes) go through the thread pool, so a slow disk
 * delays the answers waiting for them, not the whole process.
 */
const SYNC_BATCH_BYTES = 256 * 1024;

/** A batch's bodies and records; resolves once both files have all of it. */
export async function writeBatchFiles(writer: Writer, bodies: Uint8Array[], records: Buffer): Promise<void> {
  let size = records.byteLength;
  for (const body of bodies) size += body.byteLength;
  if (size <= SYNC_BATCH_BYTES) {
    if (bodies.length) writeAllSync(writer.blob, bodies);
    writeAllSync(writer.meta, [records]);
    return;
  }
  // Both files at once: replay keeps a record only if its bodies lie inside the body file.
  await Promise.all([bodies.length ? writeAll(writer.blob, bodies) : undefined, writeAll(writer.meta, [records])]);
}

function writeAllSync(handle: FileHandle, buffers: Uint8Array[]): void {
  const whole = buffers.length === 1 ? buffers[0]! : Buffer.concat(buffers);
  let written = 0;
  while (written < whole.byteLength) written += writeSync(handle.fd, whole, written, whole.byteLength - written);
}

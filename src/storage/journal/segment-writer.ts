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

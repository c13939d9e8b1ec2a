import { copyFile, readFile, rename, stat, truncate, writeFile } from 'node:fs/promises';
import { blobFile, metaFile } from './segment-files.js';
import type { JournalRef } from './journal-types.js';

export interface SegmentLine {
  record: unknown;
  ref: JournalRef;
}

export interface ReadSegment {
  lines: SegmentLine[];
  metaBytes: number;
  blobBytes: number;
  notices: string[];
}

type Blobs = Array<[number, number]>;

function parseLine(line: string, segment: number, blobSize: number): SegmentLine | null {
  let parsed: { m?: unknown; b?: unknown };
  try {
    parsed = JSON.parse(line) as { m?: unknown; b?: unknown };
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.m !== 'object' || parsed.m === null) return null;
  const blobs = (parsed.b ?? []) as Blobs;
  if (!Array.isArray(blobs)) return null;
  for (const range of blobs) {
    if (!Array.isArray(range) || range.length !== 2) return null;
    const [offset, length] = range;
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || offset + length > blobSize) return null;
  }
  return { record: parsed.m, ref: { segment, blobs } };
}

const stamp = (now: number): string => new Date(now).toISOString().replace(/:/g, '-');

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

/**
 * Reads one segment. A torn last record (a kill mid-write) is cut off; complete lines that do not
 * parse make the segment corrupt: its original index file is kept aside and the good records stay.
 */
export async function readSegment(dir: string, segment: number, label: string, now: number): Promise<ReadSegment> {
  const metaPath = metaFile(dir, segment);
  const blobPath = blobFile(dir, segment);
  const raw = await readFile(metaPath);
  const blobBytes = await sizeOf(blobPath);
  const notices: string[] = [];
  let end = raw.lastIndexOf(0x0a) + 1;
  if (end < raw.length) {
    notices.push(`${label}: cut a torn record (${raw.length - end} bytes) at the end of ${metaPath}`);
    await truncate(metaPath, end);
  }
  const lines: SegmentLine[] = [];
  const good: string[] = [];
  let bad = 0;
  let start = 0;
  while (start < end) {
    const newline = raw.indexOf(0x0a, start);
    const text = raw.toString('utf8', start, newline);
    start = newline + 1;
    if (text.length === 0) continue;
    const line = parseLine(text, segment, blobBytes);
    if (line) {
      lines.push(line);
      good.push(text);
    } else bad++;
  }
  if (bad > 0) {
    const aside = `${metaPath}.corrupt-${stamp(now)}`;
    await copyFile(metaPath, aside);
    const kept = good.length ? `${good.join('\n')}\n` : '';
    await writeFile(`${metaPath}.tmp`, kept, { mode: 0o600 });
    await rename(`${metaPath}.tmp`, metaPath);
    end = Buffer.byteLength(kept);
    notices.push(`${label}: ${bad} unreadable record(s) in ${metaPath}; kept the other ${good.length}, the original is at ${aside}`);
  }
  return { lines, metaBytes: end, blobBytes, notices };
}

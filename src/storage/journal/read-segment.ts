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

const NO_BLOBS: readonly number[] = [];

/** A parsed line is kept only when its bodies lie inside the segment's body file. */
function checkLine(parsed: unknown, segment: number, blobSize: number): SegmentLine | null {
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { m, b } = parsed as { m?: unknown; b?: unknown };
  if (typeof m !== 'object' || m === null) return null;
  const blobs = b ?? NO_BLOBS;
  if (!Array.isArray(blobs) || blobs.length % 2 !== 0) return null;
  for (let i = 0; i < blobs.length; i += 2) {
    const offset = blobs[i] as unknown;
    const length = blobs[i + 1] as unknown;
    if (
      !Number.isInteger(offset) ||
      !Number.isInteger(length) ||
      (offset as number) < 0 ||
      (length as number) < 0 ||
      (offset as number) + (length as number) > blobSize
    )
      return null;
  }
  return { record: m, ref: { segment, blobs: blobs as number[] } };
}

function parseLine(line: string, segment: number, blobSize: number): SegmentLine | null {
  try {
    return checkLine(JSON.parse(line), segment, blobSize);
  } catch {
    return null;
  }
}

/** How much of a segment one JSON.parse takes: the text copies made for it stay this small. */
const CHUNK_BYTES = 512 * 1024;

/**
 * The fast path: the segment parsed as JSON arrays of whole lines, a chunk at a time; null when
 * any line is bad (the slow path then finds which).
 */
function parseWhole(raw: Buffer, end: number, segment: number, blobSize: number): SegmentLine[] | null {
  const lines: SegmentLine[] = [];
  let start = 0;
  while (start < end) {
    const last = start + CHUNK_BYTES >= end ? end - 1 : raw.lastIndexOf(0x0a, start + CHUNK_BYTES);
    const stop = last < start ? raw.indexOf(0x0a, start) : last;
    let all: unknown[];
    try {
      all = JSON.parse(`[${raw.toString('utf8', start, stop).replaceAll('\n', ',')}]`) as unknown[];
    } catch {
      return null;
    }
    for (const parsed of all) {
      const line = checkLine(parsed, segment, blobSize);
      if (!line) return null;
      lines.push(line);
    }
    start = stop + 1;
  }
  return lines;
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
  const whole = raw.indexOf('\n\n') < 0 ? parseWhole(raw, end, segment, blobBytes) : null;
  if (whole) return { lines: whole, metaBytes: end, blobBytes, notices };
  const lines: SegmentLine[] = [];
  const good: string[] = [];
  let bad = 0;
  let start = 0;
  // Records at the very end whose bodies reach past the body file: the two files are written at
  // once, so a kill between them leaves these; they were never acknowledged and are cut, not corrupt.
  let tornFrom: number | null = null;
  let torn = 0;
  while (start < end) {
    const at = start;
    const newline = raw.indexOf(0x0a, start);
    const text = raw.toString('utf8', start, newline);
    start = newline + 1;
    if (text.length === 0) continue;
    const line = parseLine(text, segment, blobBytes);
    if (line) {
      if (tornFrom !== null) {
        bad += torn;
        tornFrom = null;
        torn = 0;
      }
      lines.push(line);
      good.push(text);
    } else if (parseLine(text, segment, Number.POSITIVE_INFINITY)) {
      tornFrom ??= at;
      torn++;
    } else bad++;
  }
  if (tornFrom !== null) {
    notices.push(
      `${label}: cut ${torn} record(s) whose bodies were not completely written (an interrupted write) at the end of ${metaPath}`,
    );
    await truncate(metaPath, tornFrom);
    end = tornFrom;
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

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const SEGMENT = /^(\d{6,})\.jsonl$/;

export const metaFile = (dir: string, segment: number): string => join(dir, `${String(segment).padStart(6, '0')}.jsonl`);
export const blobFile = (dir: string, segment: number): string => join(dir, `${String(segment).padStart(6, '0')}.blob`);

/** The segment numbers in a journal folder, oldest first. */
export async function listSegments(dir: string): Promise<number[]> {
  const names = await readdir(dir);
  return names
    .map((name) => SEGMENT.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

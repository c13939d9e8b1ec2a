import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorruptFileReport, StateDocument } from './types.js';

/** What a data folder of the single-document format (before the journal) still holds. */
export interface LegacyData {
  /** `captures.json`'s ring, oldest first. */
  captures: unknown[];
  /** `state.json`'s `yard.delivery` ({events, deliveries, failingSince}). */
  delivery: unknown;
  /** Marks the conversion done: the old file is renamed, the old key leaves the state document. */
  done(): Promise<void>;
}

/** Finds data of the old format; null when there is none. A corrupt old file is moved aside and reported. */
export async function readLegacy(dir: string, state: StateDocument, now: number, corrupt: CorruptFileReport[]): Promise<LegacyData | null> {
  const file = join(dir, 'captures.json');
  let captures: unknown[] = [];
  let found = false;
  let text: string | null = null;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text !== null) {
    let reason = 'valid JSON, but not a hookyard captures document';
    try {
      const parsed = JSON.parse(text) as { version?: unknown; captures?: unknown };
      if (parsed && parsed.version === 1 && Array.isArray(parsed.captures)) {
        captures = parsed.captures;
        found = true;
      }
    } catch (error) {
      reason = `not valid JSON (${(error as Error).message})`;
    }
    if (!found) {
      const movedTo = `${file}.corrupt-${new Date(now).toISOString().replace(/:/g, '-')}`;
      await rename(file, movedTo);
      corrupt.push({ file, movedTo, reason });
    }
  }
  const delivery = state.yard.delivery;
  if (!found && delivery === undefined) return null;
  return {
    captures,
    delivery,
    async done() {
      delete state.yard.delivery;
      if (found) await rename(file, `${file}.converted`).catch(() => undefined);
    },
  };
}

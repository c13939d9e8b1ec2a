import { chmod, readFile, rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { PrivateJsonFile } from './private-json-file.js';
import type { CorruptFileReport, DocumentStore } from './types.js';

export interface OpenedDocument<T> {
  store: DocumentStore<T>;
  corrupt?: CorruptFileReport;
}

/**
 * One JSON document on disk through lowdb (atomic temp-file writes), with coalesced writes and
 * 0600 permissions after every write. A corrupt file is moved aside and reported, never dropped.
 */
export async function openDocument<T extends object>(path: string, defaults: () => T, isValid: (value: unknown) => value is T, now: number, onWrite?: (path: string) => void, minIntervalMs = 100): Promise<OpenedDocument<T>> {
  let initial = defaults();
  let corrupt: CorruptFileReport | undefined;
  let text: string | null = null;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text !== null) {
    let reason: string | null = null;
    try {
      const parsed = JSON.parse(text) as unknown;
      if (isValid(parsed)) initial = parsed;
      else reason = 'valid JSON, but not a hookyard document of this kind';
    } catch (error) {
      reason = `not valid JSON (${(error as Error).message})`;
    }
    if (reason) {
      const movedTo = `${path}.corrupt-${new Date(now).toISOString().replace(/:/g, '-')}`;
      await rename(path, movedTo);
      corrupt = { file: path, movedTo, reason };
    }
  }
  // Compact JSON: the files are for hookyard, and pretty-printing large capture files costs time.
  const db = new Low<T>(new PrivateJsonFile<T>(path), initial);
  db.data = initial;

  let dirty = false;
  let scheduled = false;
  let writing: Promise<void> | null = null;
  const writeOnce = async (): Promise<void> => {
    dirty = false;
    await db.write();
    await chmod(path, 0o600);
    onWrite?.(path);
  };
  let lastWrite = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pump = async (): Promise<void> => {
    scheduled = false;
    timer = undefined;
    while (dirty && !writing) {
      writing = writeOnce();
      try {
        await writing;
      } finally {
        writing = null;
        lastWrite = Date.now();
      }
      // Under load the whole document would be rewritten back to back: space writes out instead.
      if (dirty) {
        schedule();
        return;
      }
    }
  };
  const schedule = (): void => {
    if (scheduled || writing) return;
    scheduled = true;
    const wait = Math.max(0, lastWrite + minIntervalMs - Date.now());
    if (wait === 0) setImmediate(() => void pump());
    else timer = setTimeout(() => void pump(), wait);
  };
  const store: DocumentStore<T> = {
    get data() {
      return db.data;
    },
    changed() {
      dirty = true;
      schedule();
    },
    async flush() {
      while (writing || dirty) {
        if (writing) {
          await writing.catch(() => undefined);
          continue;
        }
        if (timer) clearTimeout(timer);
        scheduled = false;
        await pump();
      }
    },
  };
  return { store, corrupt };
}

import { chmod, readFile, rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { CorruptFileReport, DocumentStore } from './types.js';

export interface OpenedDocument<T> {
  store: DocumentStore<T>;
  corrupt?: CorruptFileReport;
}

/**
 * One JSON document on disk through lowdb (atomic temp-file writes), with coalesced writes and
 * 0600 permissions after every write. A corrupt file is moved aside and reported, never dropped.
 */
export async function openDocument<T extends object>(path: string, defaults: () => T, isValid: (value: unknown) => value is T, now: number, onWrite?: (path: string) => void): Promise<OpenedDocument<T>> {
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
  const db = new Low<T>(new JSONFile<T>(path), initial);
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
  const pump = async (): Promise<void> => {
    scheduled = false;
    while (dirty) {
      writing = writeOnce();
      try {
        await writing;
      } finally {
        writing = null;
      }
    }
  };
  const store: DocumentStore<T> = {
    get data() {
      return db.data;
    },
    changed() {
      dirty = true;
      if (scheduled || writing) return;
      scheduled = true;
      setImmediate(() => void pump());
    },
    async flush() {
      while (writing || dirty) {
        if (writing) await writing;
        else await pump();
      }
    },
  };
  return { store, corrupt };
}

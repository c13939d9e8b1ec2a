import { readFile, rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { PrivateJsonFile } from './private-json-file.js';
import { StorageUnavailableError, type StorageHealth } from './storage-health.js';
import type { CorruptFileReport, DocumentStore } from './types.js';

export interface OpenedDocument<T> {
  store: DocumentStore<T>;
  corrupt?: CorruptFileReport;
}

export interface DocumentOptions<T> {
  defaults: () => T;
  isValid: (value: unknown) => value is T;
  /** Unix ms: names a corrupt file. */
  now: number;
  health: StorageHealth;
  onWrite?: (path: string) => void;
  /** Delay before retrying a failed write. */
  retryMs?: number;
}

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
}

/** Reads the file; a corrupt one is moved aside and reported, never dropped. */
async function readInitial<T>(path: string, options: DocumentOptions<T>): Promise<{ initial: T; corrupt?: CorruptFileReport }> {
  let text: string | null = null;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text === null) return { initial: options.defaults() };
  let reason: string;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (options.isValid(parsed)) return { initial: parsed };
    reason = 'valid JSON, but not a hookyard document of this kind';
  } catch (error) {
    reason = `not valid JSON (${(error as Error).message})`;
  }
  const movedTo = `${path}.corrupt-${new Date(options.now).toISOString().replace(/:/g, '-')}`;
  await rename(path, movedTo);
  return { initial: options.defaults(), corrupt: { file: path, movedTo, reason } };
}

/**
 * One JSON document on disk through lowdb (temp file + rename). Group commit: every change made in
 * one tick goes out in one write, and `commit()` resolves only once a write containing the
 * caller's change has completed, so a request is answered after its change is on disk.
 */
export async function openDocument<T extends object>(path: string, options: DocumentOptions<T>): Promise<OpenedDocument<T>> {
  const { initial, corrupt } = await readInitial(path, options);
  const db = new Low<T>(new PrivateJsonFile<T>(path), initial);
  db.data = initial;
  const retryMs = options.retryMs ?? 1000;
  const health = options.health;

  let dirty = false;
  let scheduled = false;
  let writing: Promise<void> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  // Waiters for the next write (changes made since the last write began).
  let nextWaiters: Waiter[] = [];
  let lastError: StorageUnavailableError | null = null;

  // One write at a time (measured best): changes made meanwhile form a larger next group, and
  // serializing the document is the cost that dominates.
  const writeOnce = async (): Promise<void> => {
    const waiters = nextWaiters;
    nextWaiters = [];
    dirty = false;
    try {
      await db.write();
    } catch (error) {
      dirty = true;
      lastError = new StorageUnavailableError(health.failed(path, error));
      for (const w of waiters) w.reject(lastError);
      retryTimer ??= setTimeout(() => {
        retryTimer = undefined;
        lastError = null;
        schedule();
      }, retryMs);
      retryTimer.unref?.();
      return;
    }
    lastError = null;
    health.recovered(path);
    options.onWrite?.(path);
    for (const w of waiters) w.resolve();
  };

  const pump = async (): Promise<void> => {
    scheduled = false;
    if (writing || !dirty || lastError) return;
    writing = writeOnce();
    await writing;
    writing = null;
    if (dirty && !lastError) schedule();
  };

  function schedule(): void {
    if (scheduled || writing) return;
    scheduled = true;
    setImmediate(() => void pump());
  }

  const store: DocumentStore<T> = {
    get data() {
      return db.data;
    },
    changed() {
      dirty = true;
      if (!lastError) schedule();
    },
    commit() {
      dirty = true;
      if (lastError) return Promise.reject(lastError);
      const done = new Promise<void>((resolve, reject) => nextWaiters.push({ resolve, reject }));
      schedule();
      return done;
    },
    get failing() {
      return lastError !== null;
    },
    async flush() {
      if (retryTimer) {
        clearTimeout(retryTimer);
        retryTimer = undefined;
        lastError = null;
      }
      if (writing) await writing;
      if (dirty) {
        writing = writeOnce();
        await writing;
        writing = null;
      }
      if (lastError) throw lastError;
    },
  };
  return { store, corrupt };
}

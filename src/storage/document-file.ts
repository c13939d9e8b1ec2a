import { readFile, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { PrivateJsonFile } from './private-json-file.js';
import { StorageUnavailableError, errorCode, type StorageHealth } from './storage-health.js';
import { ChangeTracker, StateAudit, StateLog, applyChanges, auditRequested } from './state-log/index.js';
import type { CorruptFileReport, DocumentStore } from './types.js';

export interface OpenedDocument<T> {
  store: DocumentStore<T>;
  corrupt?: CorruptFileReport;
  /** What replaying the change log found (a torn last record, skipped lines). */
  notices: string[];
  /** Releases the open log file; call after the last flush. */
  close(): Promise<void>;
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
  /** Told when the snapshot cannot be rewritten (the changes stay safe in the log). */
  warn?: (message: string) => void;
  /** The log is folded into a new snapshot once it passes this size and twice the snapshot's. */
  compactBytes?: number;
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
 * The state document: `state.json` is a lowdb snapshot (temp file + rename), and every group commit
 * appends only what changed to `state.NNNNNN.log`. `commit()` resolves once the append containing
 * the caller's change has completed, so a request is answered after its change is on disk, and a
 * group costs what it changed, not what is stored. When the log has grown past the snapshot, a new
 * snapshot is written and the old log removed; a clean close always leaves the snapshot complete.
 */
export async function openDocument<T extends object>(path: string, options: DocumentOptions<T>): Promise<OpenedDocument<T>> {
  const { initial, corrupt } = await readInitial(path, options);
  const { log, replayed } = await StateLog.open(dirname(path), options.now);
  for (const group of replayed.groups) applyChanges(initial, group);
  const tracker = new ChangeTracker(initial);
  const audit = auditRequested() ? new StateAudit(initial) : null;
  const db = new Low<T>(new PrivateJsonFile<T>(path), initial);
  db.data = initial;
  const retryMs = options.retryMs ?? 1000;
  const compactBytes = options.compactBytes ?? 1 << 20;
  const health = options.health;
  let snapshotBytes = await stat(path).then(
    (s) => s.size,
    () => 0,
  );

  let dirty = false;
  let scheduled = false;
  let writing: Promise<void> | null = null;
  let compacting: Promise<void> | null = null;
  let compactionFailedAt: number | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  // Waiters for the next write (changes made since the last write began).
  let nextWaiters: Waiter[] = [];
  let lastError: StorageUnavailableError | null = null;
  let failedFile: string | null = null;

  const compact = (): Promise<void> => {
    compacting ??= (async () => {
      const retired = log.rotate();
      try {
        // lowdb hands the data to the adapter synchronously, which serializes it before its first
        // await: the snapshot is the document at this moment, and later changes go to the new log.
        await db.write();
        await log.remove(retired);
        snapshotBytes = (await stat(path)).size;
        compactionFailedAt = null;
        options.onWrite?.(path);
      } catch (error) {
        log.keep(retired);
        if (compactionFailedAt === null) {
          options.warn?.(`storage: cannot rewrite ${path} (${errorCode(error)}); changes stay safe in the state log, retrying later`);
        }
        compactionFailedAt = log.size;
      } finally {
        compacting = null;
      }
    })();
    return compacting;
  };

  const compactionDue = (): boolean => {
    const threshold = Math.max(compactBytes, 2 * snapshotBytes);
    return log.size > threshold + (compactionFailedAt ?? 0);
  };

  // One write at a time: changes made meanwhile form the next group.
  const writeOnce = async (): Promise<void> => {
    const waiters = nextWaiters;
    nextWaiters = [];
    dirty = false;
    const changes = tracker.take();
    // Checked now: changes made while the append is in flight belong to the next group.
    const mismatch = audit?.check(tracker.raw, changes);
    try {
      if (changes.length > 0) await log.append(changes);
    } catch (error) {
      tracker.restore(changes);
      dirty = true;
      failedFile = log.path;
      lastError = new StorageUnavailableError(health.failed(log.path, error));
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
    if (failedFile !== null) health.recovered(failedFile);
    failedFile = null;
    if (changes.length > 0) options.onWrite?.(log.path);
    if (mismatch) {
      const error = new StorageUnavailableError({ file: log.path, code: 'AUDIT', message: mismatch, since: new Date().toISOString() });
      console.error(`state audit: a change was made without the tracker seeing it: ${mismatch}`);
      for (const w of waiters) w.reject(error);
      return;
    }
    for (const w of waiters) w.resolve();
    if (!tracker.dirty && compactionDue()) void compact();
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
      return tracker.data;
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
      if (dirty || tracker.dirty) {
        dirty = true;
        writing = writeOnce();
        await writing;
        writing = null;
      }
      if (lastError) throw lastError;
      if (compacting) await compacting;
      if (log.hasRecords) await compact();
    },
  };
  return { store, corrupt, notices: replayed.notices, close: () => log.close() };
}

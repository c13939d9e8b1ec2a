import type { DataDir, DocumentStore, StateDocument } from './types.js';
import { MemoryJournal } from './journal/index.js';
import { ChangeTracker, StateAudit, auditRequested } from './state-log/index.js';

function memoryStore<T extends object>(data: T): DocumentStore<T> {
  if (auditRequested()) return auditedMemoryStore(data);
  return { data, changed() {}, commit: async () => undefined, failing: false, flush: async () => undefined };
}

/**
 * Under the test suite's audit the memory store tracks changes as the disk store does, so every
 * test also proves that each change it makes would reach the state log.
 */
function auditedMemoryStore<T extends object>(initial: T): DocumentStore<T> {
  const tracker = new ChangeTracker(initial);
  const audit = new StateAudit(initial);
  // Once the log and the document part, every later commit fails too: a change made behind the
  // tracker is never mistaken for a passing test.
  let failure: Error | null = null;
  const check = (): void => {
    const mismatch = failure ? null : audit.check(tracker.raw, tracker.take());
    if (mismatch) {
      console.error(`state audit: a change was made without the tracker seeing it: ${mismatch}`);
      failure = new Error(`state audit: ${mismatch}`);
    }
    if (failure) throw failure;
  };
  let pending: Promise<void> | null = null;
  const next = (): Promise<void> => {
    pending ??= new Promise<void>((resolve, reject) =>
      setImmediate(() => {
        pending = null;
        try {
          check();
          resolve();
        } catch (error) {
          reject(error);
        }
      }),
    );
    return pending;
  };
  return {
    data: tracker.data,
    changed: () => void next().catch(() => undefined),
    commit: next,
    failing: false,
    flush: async () => check(),
  };
}

/** `--memory`: the same stores, nothing on disk. */
export function inMemoryDataDir(maxCaptures = 1000): DataDir {
  return {
    dir: null,
    state: memoryStore<StateDocument>({ version: 1, profiles: {}, yard: {} }),
    captures: new MemoryJournal(Math.max(16, Math.ceil(maxCaptures / 8))),
    history: new MemoryJournal(4000),
    corrupt: [],
    notices: [],
    health: () => ({ state: 'ok', failures: [] }),
    close: async () => undefined,
  };
}

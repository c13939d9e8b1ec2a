import type { DataDir, DocumentStore, StateDocument } from './types.js';
import { MemoryJournal } from './journal/index.js';

function memoryStore<T>(data: T): DocumentStore<T> {
  return { data, changed() {}, commit: async () => undefined, failing: false, flush: async () => undefined };
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

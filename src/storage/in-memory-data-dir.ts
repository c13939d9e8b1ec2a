import type { CapturesDocument, DataDir, DocumentStore, StateDocument } from './types.js';

function memoryStore<T>(data: T): DocumentStore<T> {
  return { data, changed() {}, flush: async () => undefined };
}

/** `--memory`: the same documents, nothing on disk. */
export function inMemoryDataDir(): DataDir {
  return {
    dir: null,
    state: memoryStore<StateDocument>({ version: 1, profiles: {}, yard: {} }),
    captures: memoryStore<CapturesDocument>({ version: 1, captures: [] }),
    corrupt: [],
    close: async () => undefined,
  };
}

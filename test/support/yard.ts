/** One workbench per test: started on demand on port 0 in memory, closed after the test with whatever else it opened. */
import { afterEach } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';

export type YardOptions = Parameters<typeof startHookyard>[0];

export interface Yard {
  /** Starts the test's workbench (`{ port: 0, memory: true }` plus `options`). */
  start(options?: YardOptions): Promise<HookyardHandle>;
  /** The workbench the running test started. */
  readonly handle: HookyardHandle;
  /** Closes `close` (a receiver app, say) after the test as well. */
  closeAfter(close: () => Promise<void>): void;
}

/** Registers the `afterEach` that closes what the test started; call once at the top of a test file. */
export function useYard(defaults: YardOptions = {}): Yard {
  let handle: HookyardHandle | undefined;
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
    for (const close of closers.splice(0)) await close();
  });
  return {
    async start(options = {}) {
      handle = await startHookyard({ port: 0, memory: true, ...defaults, ...options });
      return handle;
    },
    get handle() {
      if (!handle) throw new Error('useYard: no workbench started in this test');
      return handle;
    },
    closeAfter(close) {
      closers.push(close);
    },
  };
}

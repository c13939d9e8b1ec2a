import { vi } from 'vitest';

/**
 * Some provider libraries read the clock themselves (Date.now / new Date): their verifiers are
 * run with only Date faked, set to the instant under test, so timers and promises still work.
 */
export async function atTime<T>(nowMs: number, run: () => T | Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(nowMs);
  try {
    return await run();
  } finally {
    vi.useRealTimers();
  }
}

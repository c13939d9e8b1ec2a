import type { TimerHandle, VirtualClock } from './types.js';

interface Timer {
  id: number;
  at: number;
  fn: () => void | Promise<void>;
}

/** A clock tests drive: hours of retries run in milliseconds, with no real waiting. */
export function virtualClock(start: number): VirtualClock {
  let current = start;
  let next = 1;
  const timers: Timer[] = [];
  return {
    kind: 'virtual',
    now: () => current,
    setTimer(at, fn) {
      const timer = { id: next++, at, fn };
      timers.push(timer);
      return { id: timer.id };
    },
    clearTimer(handle: TimerHandle) {
      const index = timers.findIndex((t) => t.id === handle.id);
      if (index >= 0) timers.splice(index, 1);
    },
    async advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`advance(ms) needs a non-negative number of milliseconds, got ${ms}`);
      const target = current + ms;
      for (;;) {
        // Earliest due timer first; ties in scheduling order. Timers set by fired callbacks count too.
        let due: Timer | undefined;
        for (const t of timers) if (t.at <= target && (!due || t.at < due.at || (t.at === due.at && t.id < due.id))) due = t;
        if (!due) break;
        timers.splice(timers.indexOf(due), 1);
        current = Math.max(current, due.at);
        await due.fn();
        // Let promise chains the callback started settle before looking again.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      current = target;
    },
    pending: () => timers.length,
  };
}

import type { Clock, TimerHandle } from './types.js';

/**
 * Real time. With `timeScale` N only waits shrink: a 5-minute retry fires after 5/N minutes of
 * real time, while `now()` stays the real clock, so signatures carry real timestamps (which real
 * verifiers accept) and captures are judged against real time.
 */
export function systemClock(timeScale = 1, realNow: () => number = Date.now): Clock {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  let next = 1;
  return {
    now: realNow,
    setTimer(at, fn) {
      const id = next++;
      const fireAt = realNow() + Math.max(0, at - realNow()) / timeScale;
      // setTimeout caps at ~24.8 days; re-arm for longer waits.
      const arm = (): void => {
        const wait = Math.max(0, fireAt - realNow());
        timers.set(
          id,
          setTimeout(
            () => {
              if (fireAt - realNow() > 1) return arm();
              timers.delete(id);
              void fn();
            },
            Math.min(wait, 2 ** 31 - 1),
          ),
        );
      };
      arm();
      return { id };
    },
    clearTimer(handle: TimerHandle) {
      clearTimeout(timers.get(handle.id));
      timers.delete(handle.id);
    },
  };
}

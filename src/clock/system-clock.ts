import type { Clock, TimerHandle } from './types.js';

/**
 * Real time, optionally compressed: with `timeScale` N a 5-minute retry fires after 5/N minutes
 * and `now()` runs N× faster from the moment the clock was made, so recorded times stay
 * consistent with the schedule a person is watching.
 */
export function systemClock(timeScale = 1, realNow: () => number = Date.now): Clock {
  const origin = realNow();
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  let next = 1;
  const now = (): number => (timeScale === 1 ? realNow() : origin + (realNow() - origin) * timeScale);
  return {
    now,
    setTimer(at, fn) {
      const id = next++;
      const delay = Math.max(0, (at - now()) / timeScale);
      // setTimeout caps at ~24.8 days; re-arm for longer waits.
      const arm = (wait: number): void => {
        timers.set(id, setTimeout(() => {
          const remaining = (at - now()) / timeScale;
          if (remaining > 1) return arm(remaining);
          timers.delete(id);
          void fn();
        }, Math.min(wait, 2 ** 31 - 1)));
      };
      arm(delay);
      return { id };
    },
    clearTimer(handle: TimerHandle) {
      clearTimeout(timers.get(handle.id));
      timers.delete(handle.id);
    },
  };
}

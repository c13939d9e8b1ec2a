import { describe, expect, it } from 'vitest';
import { systemClock, virtualClock } from '../../src/clock/index.js';

describe('virtualClock', () => {
  it('fires due timers in time order, including ones set while advancing, and awaits their work', async () => {
    const clock = virtualClock(1000);
    const fired: string[] = [];
    clock.setTimer(3000, () => void fired.push('c'));
    clock.setTimer(2000, async () => {
      await Promise.resolve();
      fired.push('b');
      clock.setTimer(2500, () => void fired.push('b+'));
    });
    const cancelled = clock.setTimer(1500, () => void fired.push('x'));
    clock.clearTimer(cancelled);
    await clock.advance(2000);
    expect(fired).toEqual(['b', 'b+', 'c']);
    expect(clock.now()).toBe(3000);
    expect(clock.pending()).toBe(0);
  });

  it('refuses to go backwards', async () => {
    await expect(virtualClock(0).advance(-1)).rejects.toThrow(RangeError);
  });
});

describe('systemClock', () => {
  it('compresses time by the time scale', async () => {
    let real = 1_000_000;
    const clock = systemClock(60, () => real);
    real += 1000;
    expect(clock.now()).toBe(1_000_000 + 60_000);
    // A timer 60 s of clock time ahead fires after about one real second: here, when the real clock says so.
    const fired = new Promise<number>((resolve) => clock.setTimer(clock.now() + 60, () => resolve(clock.now())));
    real += 2;
    expect(await fired).toBeGreaterThanOrEqual(1_000_000 + 60_060);
  });
});

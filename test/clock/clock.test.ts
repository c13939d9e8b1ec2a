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
  it('keeps now() on real time and shrinks only the waits by the time scale', async () => {
    let real = 1_000_000;
    const clock = systemClock(60, () => real);
    real += 1000;
    // Signatures and verdicts read now(): it must stay the real clock, never run ahead.
    expect(clock.now()).toBe(1_001_000);
    // A timer 600 ms of clock time ahead fires after 10 real ms; the fake real clock jumps past it.
    const at = clock.now() + 600;
    const fired = new Promise<number>((resolve) => clock.setTimer(at, () => resolve(clock.now())));
    real += 11;
    const firedAt = await fired;
    expect(firedAt).toBe(1_001_011);
    expect(firedAt).toBeLessThan(at);
  });
});

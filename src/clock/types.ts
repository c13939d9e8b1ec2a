/** Time enters through this interface: nothing in delivery or signing reads `Date.now()`. */
export interface Clock {
  /** Unix ms. */
  now(): number;
  /** Runs `fn` at clock time `at` (unix ms). */
  setTimer(at: number, fn: () => void | Promise<void>): TimerHandle;
  clearTimer(handle: TimerHandle): void;
}

export interface TimerHandle {
  readonly id: number;
}

export interface VirtualClock extends Clock {
  readonly kind: 'virtual';
  /** Moves time forward, firing every due timer in time order and awaiting the work they start. */
  advance(ms: number): Promise<void>;
  /** Timers still waiting. */
  pending(): number;
}

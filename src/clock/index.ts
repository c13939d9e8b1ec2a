export type { Clock, TimerHandle, VirtualClock } from './types.js';
export { systemClock } from './system-clock.js';
export { virtualClock } from './virtual-clock.js';

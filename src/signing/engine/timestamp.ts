import type { TimestampUnit } from '../types.js';

/** Formats `nowMs` in the scheme's unit. */
export function formatTimestamp(unit: TimestampUnit, nowMs: number): string {
  if (unit === 'ms') return String(Math.floor(nowMs));
  if (unit === 's') return String(Math.floor(nowMs / 1000));
  return new Date(nowMs).toISOString();
}

export type ParsedTimestamp = { ok: true; ms: number } | { ok: false; message: string };

export function parseTimestamp(unit: TimestampUnit, text: string): ParsedTimestamp {
  if (unit === 'rfc3339') {
    const ms = Date.parse(text);
    return Number.isFinite(ms) && /^\d{4}-\d{2}-\d{2}T/.test(text)
      ? { ok: true, ms }
      : { ok: false, message: `"${text}" is not an RFC 3339 date-time (e.g. 2024-01-31T12:00:00.123Z)` };
  }
  if (!/^\d{1,16}$/.test(text)) {
    return { ok: false, message: `"${text}" is not a unix timestamp in ${unit === 's' ? 'seconds' : 'milliseconds'} (digits only)` };
  }
  const n = Number(text);
  return { ok: true, ms: unit === 's' ? n * 1000 : n };
}

export type WindowCheck =
  | { ok: true; deltaSeconds: number }
  | { ok: false; code: 'timestamp_too_old' | 'timestamp_in_future'; message: string; deltaSeconds: number };

function humanSeconds(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172800) return `${(s / 3600).toFixed(1)} h`;
  return `${(s / 86400).toFixed(1)} days`;
}

/** Hints at seconds/milliseconds confusion from the magnitude of the difference. */
function unitHint(unit: TimestampUnit, tsMs: number, nowMs: number): string {
  if (unit === 's' && tsMs > nowMs * 100) return ' The timestamp looks like milliseconds; this scheme expects unix seconds.';
  if (unit === 'ms' && tsMs * 1000 < nowMs * 1.5 && tsMs * 1000 > nowMs / 1.5)
    return ' The timestamp looks like seconds; this scheme expects unix milliseconds.';
  return '';
}

export function checkWindow(unit: TimestampUnit, tsMs: number, nowMs: number, toleranceSeconds: number): WindowCheck {
  const deltaSeconds = (nowMs - tsMs) / 1000;
  if (deltaSeconds > toleranceSeconds) {
    return {
      ok: false,
      code: 'timestamp_too_old',
      deltaSeconds,
      message: `the timestamp is ${humanSeconds(deltaSeconds)} old, beyond the ${toleranceSeconds} s tolerance: a replayed or delayed message, or a slow clock.${unitHint(unit, tsMs, nowMs)}`,
    };
  }
  if (-deltaSeconds > toleranceSeconds) {
    return {
      ok: false,
      code: 'timestamp_in_future',
      deltaSeconds,
      message: `the timestamp is ${humanSeconds(deltaSeconds)} in the future, beyond the ${toleranceSeconds} s tolerance: check the sender's and receiver's clocks.${unitHint(unit, tsMs, nowMs)}`,
    };
  }
  return { ok: true, deltaSeconds };
}

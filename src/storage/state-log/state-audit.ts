import { isDeepStrictEqual } from 'node:util';
import type { StateChange } from './change-tracker.js';
import { applyChanges } from './apply-changes.js';

/** Set in the test suite: every group of changes is checked against the document it describes. */
export const auditRequested = (): boolean => process.env.HOOKYARD_STATE_AUDIT === '1';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/**
 * A copy of the document built from the change log alone. After each group it must equal the
 * document: a change made without the tracker seeing it (a raw reference written later) shows
 * here, not as a loss after a crash.
 */
export class StateAudit {
  private readonly shadow: object;

  constructor(document: object) {
    this.shadow = plain(document) as object;
  }

  /** The first top-level area that differs, or null when the log describes the document. */
  check(document: object, changes: readonly StateChange[]): string | null {
    applyChanges(this.shadow, plain(changes) as StateChange[]);
    const actual = plain(document) as Record<string, unknown>;
    if (isDeepStrictEqual(actual, this.shadow)) return null;
    return firstDifference(actual, this.shadow as Record<string, unknown>, []);
  }
}

function firstDifference(actual: unknown, logged: unknown, path: string[]): string {
  if (typeof actual === 'object' && actual !== null && typeof logged === 'object' && logged !== null) {
    const keys = new Set([...Object.keys(actual), ...Object.keys(logged)]);
    for (const key of keys) {
      const a = (actual as Record<string, unknown>)[key];
      const b = (logged as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(a, b)) return firstDifference(a, b, [...path, key]);
    }
  }
  return `${path.join('.')}: the document has ${JSON.stringify(actual)?.slice(0, 200)}, the log ${JSON.stringify(logged)?.slice(0, 200)}`;
}

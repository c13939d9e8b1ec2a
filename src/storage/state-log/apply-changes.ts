import type { StateChange } from './change-tracker.js';

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Replays changes onto a document. Every change carries the value its path had when it was
 * written, so replaying a log in order onto any older copy of the document yields the newest one.
 */
export function applyChanges(root: object, changes: readonly StateChange[]): void {
  for (const change of changes) {
    if (change.path.length === 0 || change.path.some((key) => UNSAFE.has(key))) continue;
    let node = root as Record<string, unknown>;
    for (const key of change.path.slice(0, -1)) {
      const next = node[key];
      if (typeof next !== 'object' || next === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = change.path.at(-1)!;
    if ('deleted' in change) delete node[last];
    else node[last] = change.value;
  }
}

/** One line of the log: `[path, value]` per change, `[path]` for a removal. */
export function encodeChanges(changes: readonly StateChange[]): string {
  return JSON.stringify(changes.map((c) => ('deleted' in c ? [c.path] : [c.path, c.value])));
}

export function decodeChanges(line: string): StateChange[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const changes: StateChange[] = [];
  for (const item of parsed) {
    if (!Array.isArray(item) || (item.length !== 1 && item.length !== 2)) return null;
    const path: unknown = item[0];
    if (!Array.isArray(path) || !path.every((k): k is string => typeof k === 'string')) return null;
    changes.push(item.length === 1 ? { path, deleted: true } : { path, value: item[1] });
  }
  return changes;
}

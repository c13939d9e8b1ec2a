import type { HeaderNames, HeadersInput } from '../types.js';

/** Received headers, looked up case-insensitively, duplicates kept in arrival order. */
export interface HeaderBag {
  all(name: string): string[];
  /** Every received name (lower case), in first-seen order. */
  names(): string[];
}

export function toHeaderBag(input: HeadersInput): HeaderBag {
  const map = new Map<string, string[]>();
  const add = (name: string, value: unknown): void => {
    if (typeof value !== 'string') return;
    const key = name.toLowerCase();
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  if (typeof Headers !== 'undefined' && input instanceof Headers) {
    input.forEach((value, name) => add(name, value));
  } else if (Array.isArray(input)) {
    for (const pair of input) if (Array.isArray(pair) && pair.length >= 2) add(String(pair[0]), pair[1]);
  } else if (input && typeof input === 'object') {
    for (const [name, value] of Object.entries(input)) {
      if (Array.isArray(value)) for (const v of value) add(name, v);
      else add(name, value);
    }
  }
  return {
    all: (name) => map.get(name.toLowerCase()) ?? [],
    names: () => [...map.keys()],
  };
}

export type HeaderLookup =
  | { kind: 'found'; name: string; value: string }
  | { kind: 'missing'; tried: readonly string[] }
  | { kind: 'duplicate'; name: string; values: string[] };

/** Finds the first of `names` present; identical repeats count once, different repeats are reported. */
export function lookupHeader(bag: HeaderBag, names: HeaderNames): HeaderLookup {
  for (const name of names) {
    const values = bag.all(name);
    if (values.length === 0) continue;
    const distinct = [...new Set(values)];
    if (distinct.length > 1) return { kind: 'duplicate', name, values };
    return { kind: 'found', name, value: distinct[0]! };
  }
  return { kind: 'missing', tried: names };
}

import type { HeaderNames, HeadersInput } from '../types.js';

// Node defines the global Headers through a lazy getter; read it once, not per request.
const HeadersClass: typeof Headers | undefined = globalThis.Headers;

/** Received headers, looked up case-insensitively, duplicates kept in arrival order. */
export interface HeaderBag {
  all(name: string): string[];
  /** Every received name (lower case), in first-seen order. */
  names(): string[];
}

const EMPTY: string[] = [];

function pushValue(out: string[], value: unknown): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') out.push(v);
}

class HeadersObjectBag implements HeaderBag {
  constructor(private readonly headers: Headers) {}
  all(name: string): string[] {
    // Headers joins repeats with ", "; that joined value is all it keeps.
    const value = this.headers.get(name);
    return value === null ? EMPTY : [value];
  }
  names(): string[] {
    const out: string[] = [];
    this.headers.forEach((_, name) => out.push(name));
    return out;
  }
}

class PairsBag implements HeaderBag {
  constructor(private readonly pairs: ReadonlyArray<readonly [string, string]>) {}
  all(name: string): string[] {
    const lower = name.toLowerCase();
    const out: string[] = [];
    for (const pair of this.pairs)
      if (Array.isArray(pair) && typeof pair[0] === 'string' && pair[0].toLowerCase() === lower) pushValue(out, pair[1]);
    return out;
  }
  names(): string[] {
    return [...new Set(this.pairs.filter((p) => Array.isArray(p) && typeof p[0] === 'string').map((p) => p[0].toLowerCase()))];
  }
}

class RecordBag implements HeaderBag {
  constructor(private readonly record: Readonly<Record<string, unknown>>) {}
  all(name: string): string[] {
    const record = this.record;
    const lower = name.toLowerCase();
    let out: string[] | undefined;
    for (const key in record) {
      if (key.length === name.length && (key === name || key.toLowerCase() === lower)) pushValue((out ??= []), record[key]);
    }
    return out ?? EMPTY;
  }
  names(): string[] {
    return [
      ...new Set(
        Object.keys(this.record)
          .filter((k) => this.record[k] !== undefined)
          .map((k) => k.toLowerCase()),
      ),
    ];
  }
}

/** Looks names up on demand: verification reads two or three headers, so no index is built. */
export function toHeaderBag(input: HeadersInput): HeaderBag {
  if (HeadersClass !== undefined && input instanceof HeadersClass) return new HeadersObjectBag(input);
  if (Array.isArray(input)) return new PairsBag(input as ReadonlyArray<readonly [string, string]>);
  return new RecordBag((input && typeof input === 'object' ? input : {}) as Readonly<Record<string, unknown>>);
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
    if (values.length === 1) return { kind: 'found', name, value: values[0]! };
    const distinct = [...new Set(values)];
    if (distinct.length > 1) return { kind: 'duplicate', name, values };
    return { kind: 'found', name, value: distinct[0]! };
  }
  return { kind: 'missing', tried: names };
}

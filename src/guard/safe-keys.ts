/**
 * Keys that reach into an object's prototype chain when used in a property walk. Every walk over
 * user-supplied keys or dotted paths (bodies, `set`/`overrides`, merges, imports) refuses them.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A refused key; `field` is the path to it (`metadata.__proto__`, `set["__proto__.x"]`). */
export class ForbiddenKeyError extends Error {
  constructor(
    readonly field: string,
    readonly key: string,
  ) {
    super(`${field}: the key "${key}" is refused (hookyard refuses __proto__, constructor and prototype as keys and path segments)`);
    this.name = 'ForbiddenKeyError';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `a.b`, `a[0]`, or the key alone at the top. */
function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/**
 * The path to the first forbidden key in a parsed JSON value, own properties only, or null.
 * Iterative, so a deep value cannot overflow the stack here.
 */
export function findForbiddenKey(value: unknown, root = ''): { field: string; key: string } | null {
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (!isObject(current)) continue;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) if (isObject(current[i])) stack.push([current[i], childPath(path, i)]);
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return { field: childPath(path, key), key };
      const child = current[key];
      if (isObject(child)) stack.push([child, childPath(path, key)]);
    }
  }
  return null;
}

/** Throws `ForbiddenKeyError` when the value holds a forbidden key anywhere. */
export function assertSafeKeys(value: unknown, root = ''): void {
  const found = findForbiddenKey(value, root);
  if (found) throw new ForbiddenKeyError(found.field, found.key);
}

/**
 * Sets `value` at a dotted path inside `target`, creating plain objects on the way and walking
 * own properties only. A forbidden or empty segment throws before anything is changed.
 */
export function setAtPath(target: Record<string, unknown>, path: string, value: unknown, field = path): void {
  const parts = path.split('.');
  for (const part of parts) {
    if (FORBIDDEN_KEYS.has(part)) throw new ForbiddenKeyError(field, part);
  }
  if (parts.some((p) => p === ''))
    throw new PathError(field, `"${truncate(path)}" has an empty segment; use dotted names such as data.amount`);
  let current: Record<string, unknown> = target;
  for (const part of parts.slice(0, -1)) {
    const next = Object.hasOwn(current, part) ? current[part] : undefined;
    if (!isObject(next)) current[part] = {};
    current = current[part] as Record<string, unknown>;
  }
  current[parts.at(-1)!] = value;
}

export class PathError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'PathError';
  }
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Subset matching for contract expectations: "/regex/" strings, `{"$contains": [...]}` arrays. */
export function mismatches(actual: unknown, expected: unknown, path = ''): string[] {
  if (typeof expected === 'string' && expected.length > 1 && expected.startsWith('/') && expected.endsWith('/')) {
    return typeof actual === 'string' && new RegExp(expected.slice(1, -1)).test(actual)
      ? []
      : [`${path || '(root)'}: expected to match ${expected}, got ${JSON.stringify(actual)}`];
  }
  if (expected && typeof expected === 'object' && !Array.isArray(expected) && '$contains' in expected) {
    const wanted = (expected as { $contains: unknown[] }).$contains;
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    return wanted.flatMap((w, i) =>
      actual.some((a) => mismatches(a, w).length === 0) ? [] : [`${path}: no element matches ${JSON.stringify(w)} (#${i})`],
    );
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) return [`${path}: expected ${expected.length} elements, got ${actual.length}`];
    return expected.flatMap((e, i) => mismatches(actual[i], e, `${path}[${i}]`));
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual))
      return [`${path || '(root)'}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) => mismatches((actual as Record<string, unknown>)[k], v, path ? `${path}.${k}` : k));
  }
  return Object.is(actual, expected) ? [] : [`${path || '(root)'}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) && /^\d+$/.test(part) ? current[Number(part)] : (current as Record<string, unknown>)[part];
  }
  return current;
}

export function hasPath(value: unknown, path: string): boolean {
  const parts = path.split('.');
  const last = parts.pop()!;
  const parent = parts.length ? getPath(value, parts.join('.')) : value;
  return parent !== null && typeof parent === 'object' && Object.hasOwn(parent, last);
}

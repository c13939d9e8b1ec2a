/**
 * Deep-merges `patch` into a rendered event: objects merge key by key, anything else (arrays,
 * strings, numbers, null) replaces. `{"data":{"object":{"severity":"low"}}}` changes one field
 * and keeps the rest of the event as the provider sends it. An object merged onto a field that
 * is not an object (`{"object":{…}}` onto Signa's `"object": "event"`) would corrupt the event,
 * so it is refused with the path where that key holds an object, if there is one.
 */
export class MergeConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeConflictError';
  }
}

export function mergeEvent(body: string, patch: unknown): string {
  if (patch === undefined) return body;
  const event = JSON.parse(body) as unknown;
  return JSON.stringify(merge(event, patch, [], event));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where `key` holds an object somewhere in the event ("data.object"), breadth first. */
function findObjectKey(root: unknown, key: string): string | null {
  const queue: Array<[unknown, string[]]> = [[root, []]];
  while (queue.length) {
    const [node, path] = queue.shift()!;
    if (!isObject(node)) continue;
    for (const [k, v] of Object.entries(node)) {
      if (k === key && isObject(v)) return [...path, k].join('.');
      queue.push([v, [...path, k]]);
    }
  }
  return null;
}

function merge(target: unknown, patch: unknown, path: string[], root: unknown): unknown {
  if (!isObject(patch) || !isObject(target)) return patch;
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const here = [...path, key];
    const current = target[key];
    if (key in target && isObject(value) && !isObject(current) && current !== null) {
      const elsewhere = findObjectKey(root, key);
      const hint = elsewhere ? `; to change the object at ${elsewhere}, nest it: ${nested(elsewhere)}` : '';
      throw new MergeConflictError(
        `"${here.join('.')}" is ${JSON.stringify(current)} in this event, not an object, so an object cannot be merged into it${hint}`,
      );
    }
    out[key] = key in target ? merge(current, value, here, root) : value;
  }
  return out;
}

function nested(path: string): string {
  return path.split('.').reduceRight((inner, key) => `{"${key}":${inner}}`, '{…}');
}

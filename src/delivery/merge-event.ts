/**
 * Deep-merges `patch` into a rendered event: objects merge key by key, anything else (arrays,
 * strings, numbers, null) replaces. `{"data":{"object":{"severity":"low"}}}` changes one field
 * and keeps the rest of the event as the provider sends it.
 */
export function mergeEvent(body: string, patch: unknown): string {
  if (patch === undefined) return body;
  return JSON.stringify(merge(JSON.parse(body) as unknown, patch));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(target: unknown, patch: unknown): unknown {
  if (!isObject(patch) || !isObject(target)) return patch;
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) out[key] = key in target ? merge(target[key], value) : value;
  return out;
}

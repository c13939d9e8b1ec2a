import type { ApiKey } from '../profiles/types.js';
import type { DataDir } from '../storage/types.js';

/** Where run-time keys (`POST /_yard/api/keys`) live in the state document, so they survive a restart. */
const AREA = 'apiKeys';

function isKey(value: unknown): value is ApiKey {
  const k = value as ApiKey;
  return (
    typeof k === 'object' &&
    k !== null &&
    typeof k.key === 'string' &&
    Array.isArray(k.scopes) &&
    k.scopes.every((s) => typeof s === 'string')
  );
}

/** The persisted run-time keys, per profile; entries that are not keys are skipped. */
export function loadRuntimeKeys(dataDir: DataDir): Map<string, ApiKey[]> {
  const stored = dataDir.state.data.yard[AREA];
  const keys = new Map<string, ApiKey[]>();
  if (typeof stored !== 'object' || stored === null) return keys;
  for (const [profile, list] of Object.entries(stored)) if (Array.isArray(list)) keys.set(profile, list.filter(isKey));
  return keys;
}

/** Writes the run-time keys back into the state document and schedules the write. */
export function saveRuntimeKeys(dataDir: DataDir, keys: ReadonlyMap<string, readonly ApiKey[]>): void {
  const out: Record<string, ApiKey[]> = {};
  for (const [profile, list] of keys) if (list.length > 0) out[profile] = list.map((k) => JSON.parse(JSON.stringify(k)) as ApiKey);
  dataDir.state.data.yard[AREA] = out;
  dataDir.state.changed();
}

import type { ResolvedConfig } from '../config/types.js';
import type { ApiKey, ProfileDefinition } from '../profiles/types.js';
import type { DataDir } from '../storage/types.js';

/** Where run-time keys (`POST /_yard/api/keys`) live in the state document, so they survive a restart. */
const AREA = 'apiKeys';

const NO_KEYS: ApiKey[] = [];

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

/**
 * The keys added at run time, per profile, and the index of every key each profile accepts (its
 * defaults, the config's, then the run-time ones). The index is one array per profile, so the
 * mount layer can index it by identity; `set` is the only way to change run-time keys, and it
 * drops that profile's entry.
 */
export class RuntimeKeys {
  private readonly added = new Map<string, ApiKey[]>();
  private readonly index = new Map<string, readonly ApiKey[]>();

  constructor(private readonly config: ResolvedConfig) {}

  get(profileId: string): ApiKey[] | undefined {
    return this.added.get(profileId);
  }

  set(profileId: string, keys: ApiKey[]): this {
    this.added.set(profileId, keys);
    this.index.delete(profileId);
    return this;
  }

  [Symbol.iterator](): IterableIterator<[string, ApiKey[]]> {
    return this.added.entries();
  }

  /** Every key the profile accepts: the same array until its run-time keys change. */
  accepted(profile: ProfileDefinition<any>): readonly ApiKey[] {
    let keys = this.index.get(profile.id);
    if (!keys) {
      const fromConfig = (this.config.profiles[profile.id]?.apiKeys ?? []).map((k) => ({
        key: k.key,
        scopes: k.scopes ?? ['*'],
        flags: k.flags,
        apiSecret: k.apiSecret,
        label: k.label,
        team: k.team,
      }));
      keys = [...profile.defaultApiKeys, ...fromConfig, ...(this.added.get(profile.id) ?? NO_KEYS)];
      this.index.set(profile.id, keys);
    }
    return keys;
  }
}

/** The persisted run-time keys, per profile; entries that are not keys are skipped. */
export function loadRuntimeKeys(dataDir: DataDir, config: ResolvedConfig): RuntimeKeys {
  const stored = dataDir.state.data.yard[AREA];
  const keys = new RuntimeKeys(config);
  if (typeof stored !== 'object' || stored === null) return keys;
  for (const [profile, list] of Object.entries(stored)) if (Array.isArray(list)) keys.set(profile, list.filter(isKey));
  return keys;
}

/** Writes the run-time keys back into the state document and schedules the write. */
export function saveRuntimeKeys(dataDir: DataDir, keys: Iterable<[string, readonly ApiKey[]]>): void {
  const out: Record<string, ApiKey[]> = {};
  for (const [profile, list] of keys) if (list.length > 0) out[profile] = list.map((k) => JSON.parse(JSON.stringify(k)) as ApiKey);
  dataDir.state.data.yard[AREA] = out;
  dataDir.state.changed();
}

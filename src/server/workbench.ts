import type { ResolvedConfig } from '../config/types.js';
import type { DataDir } from '../storage/types.js';
import type { Clock } from '../clock/types.js';
import type { ApiKey, ProfileDefinition, ProfileDeps } from '../profiles/types.js';
import type { MountContext } from '../profiles/mount/index.js';
import { type EventHub, isoTime } from '../plumbing/index.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Everything a request handler may touch, built once per workbench. */
export interface Workbench {
  config: ResolvedConfig;
  dataDir: DataDir;
  profiles: readonly ProfileDefinition<any>[];
  clock: Clock;
  randomBytes(size: number): Uint8Array;
  logger: Logger;
  hub: EventHub;
  mount: MountContext;
  /** Per-process random token for the live stream (design.md "Security defaults"). */
  streamToken: string;
  profile(id: string): ProfileDefinition<any> | undefined;
  /** Keys added at runtime through the control API, per profile. */
  extraKeys: Map<string, ApiKey[]>;
}

const NO_KEYS: ApiKey[] = [];

export function createMountContext(parts: {
  config: ResolvedConfig;
  dataDir: DataDir;
  deps: ProfileDeps;
  logger: Logger;
  hub: EventHub;
  extraKeys: Map<string, ApiKey[]>;
}): MountContext {
  const { config, dataDir, deps, logger, hub, extraKeys } = parts;
  const keyCache = new Map<string, { runtime: ApiKey[]; runtimeLength: number; keys: ApiKey[] }>();
  return {
    deps,
    state(profile) {
      const all = dataDir.state.data.profiles;
      if (all[profile.id] === undefined) {
        all[profile.id] = profile.initialState();
        dataDir.state.changed();
      }
      return all[profile.id];
    },
    persist: () => dataDir.state.changed(),
    commit: () => dataDir.state.commit(),
    storageFailing: () => dataDir.state.failing,
    apiKeys(profile) {
      // One array per profile until the runtime keys change, so lookups can be indexed.
      const runtime = extraKeys.get(profile.id) ?? NO_KEYS;
      const cached = keyCache.get(profile.id);
      if (cached && cached.runtime === runtime && cached.runtimeLength === runtime.length) return cached.keys;
      const fromConfig = (config.profiles[profile.id]?.apiKeys ?? []).map((k) => ({
        key: k.key,
        scopes: k.scopes ?? ['*'],
        flags: k.flags,
        apiSecret: k.apiSecret,
        label: k.label,
        team: k.team,
      }));
      const keys = [...profile.defaultApiKeys, ...fromConfig, ...runtime];
      keyCache.set(profile.id, { runtime, runtimeLength: runtime.length, keys });
      return keys;
    },
    logger,
    onCall(call) {
      hub.publish({
        type: 'api.call',
        at: isoTime(call.at),
        summary: `${call.profile} ${call.method} ${call.path} → ${call.status}${call.via === 'dashboard' ? ' (inspector)' : ''}`,
        ok: call.status < 400,
        profile: call.profile,
        status: call.status,
        operation: call.operation,
      });
      if (call.status < 400 && call.method !== 'GET')
        hub.publish({
          type: 'endpoint.changed',
          at: isoTime(call.at),
          summary: `${call.profile} ${call.operation ?? call.method}`,
          profile: call.profile,
        });
    },
  };
}

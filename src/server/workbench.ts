import type { ResolvedConfig } from '../config/types.js';
import type { DataDir } from '../storage/types.js';
import type { Clock } from '../clock/types.js';
import type { ProfileDefinition, ProfileDeps } from '../profiles/types.js';
import type { RuntimeKeys } from './runtime-keys.js';
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
  /** Per-process random token for the live stream: only the inspector page this process served knows it. */
  streamToken: string;
  profile(id: string): ProfileDefinition<any> | undefined;
  /** Keys added at runtime through the control API, per profile. */
  extraKeys: RuntimeKeys;
}

/** Each profile's state in the state document, created from its initial state on first use. */
export function profileStates(dataDir: DataDir): (profile: ProfileDefinition<any>) => unknown {
  return (profile) => {
    const all = dataDir.state.data.profiles;
    if (all[profile.id] === undefined) {
      all[profile.id] = profile.initialState();
      dataDir.state.changed();
    }
    return all[profile.id];
  };
}

export function createMountContext(parts: {
  dataDir: DataDir;
  deps: ProfileDeps;
  logger: Logger;
  hub: EventHub;
  keys: RuntimeKeys;
}): MountContext {
  const { dataDir, deps, logger, hub, keys } = parts;
  return {
    deps,
    state: profileStates(dataDir),
    persist: () => dataDir.state.changed(),
    commit: () => dataDir.state.commit(),
    storageFailing: () => dataDir.state.failing,
    apiKeys: (profile) => keys.accepted(profile),
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

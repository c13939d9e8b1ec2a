import { join } from 'node:path';
import { CaptureStore, ChannelRegistry, type CaptureDeps } from '../capture/index.js';
import { type Clock, systemClock, virtualClock } from '../clock/index.js';
import { configDefaults } from '../config/resolve-config.js';
import type { ResolvedConfig } from '../config/types.js';
import {
  createHttpSender,
  DeliveryHistory,
  DestinationPolicy,
  Dispatcher,
  EventCatalogue,
  type LookupFunction,
  profileDeliveries,
  type Sender,
} from '../delivery/index.js';
import { EventHub } from '../plumbing/index.js';
import { builtInProfiles } from '../profiles/registry.js';
import type { ProfileDefinition } from '../profiles/types.js';
import { inMemoryDataDir } from '../storage/in-memory-data-dir.js';
import type { DataDir } from '../storage/types.js';
import { controlRouteGroups, type RouteGroup } from './control-api/index.js';
import { knownSecrets } from './known-secrets.js';
import { loadJournals } from './load-journals.js';
import { pooledRandomBytes } from './random-pool.js';
import { loadRuntimeKeys } from './runtime-keys.js';
import { createMountContext, type Logger, profileStates, type Workbench } from './workbench.js';

export interface ComposeOptions extends Partial<Omit<ResolvedConfig, 'sources'>> {
  /** `'virtual'` gives `handle.advance(ms)`; or pass any Clock. Default: real time (× timeScale). */
  clock?: 'system' | 'virtual' | Clock;
  /** Start of a virtual clock, unix ms (default: now). */
  startTime?: number;
  randomBytes?(size: number): Uint8Array;
  logger?: Logger;
  /** The providers to mock (default: the built-in profiles). */
  profileDefinitions?: ProfileDefinition<any>[];
  /** Storage override (tests, embedding). Default: the data folder, or memory with `memory: true`. */
  storage?: DataDir;
  /** Opens the data folder; the CLI passes the lowdb implementation. */
  openStorage?(config: ResolvedConfig, logger: Logger): Promise<DataDir>;
  cwd?: string;
  /** Replaces the HTTP sender of deliveries (tests of faults beyond the machine). */
  sender?: Sender;
  /** DNS for delivery destinations (tests map names to addresses). */
  resolveHost?: LookupFunction;
}

/** The built workbench: its parts, the capture handler's deps and the control API's route groups. */
export interface Composition {
  workbench: Workbench;
  dispatcher: Dispatcher;
  capture: CaptureDeps;
  control: RouteGroup[];
}

const silentLogger: Logger = { info() {}, warn() {}, error() {} };

function clockFor(option: ComposeOptions['clock'], startTime: number | undefined, timeScale: number): Clock {
  if (option === 'virtual') return virtualClock(startTime ?? Date.now());
  if (option && typeof option === 'object') return option;
  return systemClock(timeScale);
}

/** Opens storage, loads the journals and builds every part once; nothing listens yet. */
export async function composeWorkbench(options: ComposeOptions): Promise<Composition> {
  const {
    clock: clockOption,
    startTime,
    randomBytes: rb,
    logger: loggerOption,
    profileDefinitions,
    storage,
    openStorage,
    cwd,
    sender,
    resolveHost,
    ...configOverrides
  } = options;
  const config: ResolvedConfig = { ...configDefaults(cwd ?? process.cwd()), ...configOverrides, sources: {} };
  const logger = loggerOption ?? silentLogger;
  const clock = clockFor(clockOption, startTime, config.timeScale);
  const randomBytes = rb ?? pooledRandomBytes();
  const dataDir = storage ?? (config.memory || !openStorage ? inMemoryDataDir() : await openStorage(config, logger));
  const profiles = profileDefinitions ?? builtInProfiles();
  const hub = new EventHub();
  const keys = loadRuntimeKeys(dataDir, config);
  const history = new DeliveryHistory(dataDir.history, config.maxHistory);
  const captures = new CaptureStore(dataDir.captures, config.maxCaptures);
  try {
    await loadJournals(dataDir, captures, history, logger);
  } catch (error) {
    await dataDir.close();
    throw error;
  }
  const dispatcher = new Dispatcher({
    profiles,
    state: profileStates(dataDir),
    history,
    failingSince: () => {
      const yard = dataDir.state.data.yard as { failingSince?: Record<string, number> };
      return (yard.failingSince ??= {});
    },
    persist: () => dataDir.state.changed(),
    clock,
    sender: sender ?? createHttpSender(new DestinationPolicy(config.allowDestinations), resolveHost),
    randomBytes,
    catalogue: new EventCatalogue(config.fixturesDir),
    hub,
    timeoutMs: config.deliveryTimeoutMs,
  });
  const deps = { now: () => clock.now(), randomBytes, env: config.env, deliveries: profileDeliveries(dispatcher, history, profiles) };
  const workbench: Workbench = {
    config,
    dataDir,
    profiles,
    clock,
    randomBytes,
    logger,
    hub,
    extraKeys: keys,
    streamToken: Buffer.from(randomBytes(24)).toString('base64url'),
    mount: createMountContext({ dataDir, deps, logger, hub, keys }),
    profile: (id) => profiles.find((p) => p.id === id),
  };
  dispatcher.resume();
  const channels = new ChannelRegistry(config.channels);
  const capture: CaptureDeps = {
    store: captures,
    channels,
    knownSecrets: () => knownSecrets(workbench),
    clock,
    hub,
    randomBytes,
    maxBody: config.maxBody,
  };
  const fixturesDir = config.fixturesDir ?? join(cwd ?? process.cwd(), 'hookyard-fixtures');
  const control = controlRouteGroups({ workbench, dispatcher, history, captures, channels, fixturesDir });
  return { workbench, dispatcher, capture, control };
}

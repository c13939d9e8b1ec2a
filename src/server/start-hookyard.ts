import { pooledRandomBytes } from './random-pool.js';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { ResolvedConfig } from '../config/types.js';
import type { DataDir } from '../storage/types.js';
import { inMemoryDataDir } from '../storage/in-memory-data-dir.js';
import { systemClock, virtualClock, type Clock, type VirtualClock } from '../clock/index.js';
import type { ProfileDefinition } from '../profiles/types.js';
import { builtInProfiles } from '../profiles/registry.js';
import { createApp, type AppHooks } from './create-app.js';
import { configDefaults } from '../config/resolve-config.js';
import { listenWithFallback } from './listen.js';
import { EventHub } from '../plumbing/index.js';
import { createMountContext, type Logger, type Workbench } from './workbench.js';
import { attachStream } from '../stream/index.js';
import { createHostCheck } from './security/index.js';
import { createNodeRouter } from './node-router.js';
import { CaptureStore, ChannelRegistry } from '../capture/index.js';
import { capturesRoutes } from './control-api/captures-routes.js';
import { knownSecrets } from './known-secrets.js';
import { join } from 'node:path';
import {
  DeliveryHistory,
  Dispatcher,
  DestinationPolicy,
  EventCatalogue,
  createHttpSender,
  profileDeliveries,
  type Sender,
  type LookupFunction,
} from '../delivery/index.js';
import { deliveryRoutes } from './control-api/delivery-routes.js';
import { seedEndpoints } from './seed-endpoints.js';
import { loadJournals } from './load-journals.js';
import { loadRuntimeKeys } from './runtime-keys.js';

export interface StartOptions extends Partial<Omit<ResolvedConfig, 'sources'>> {
  /** `'virtual'` gives `handle.advance(ms)`; or pass any Clock. Default: real time (× timeScale). */
  clock?: 'system' | 'virtual' | Clock;
  /** Start of a virtual clock, unix ms (default: now). */
  startTime?: number;
  randomBytes?(size: number): Uint8Array;
  logger?: Logger;
  /** The providers to mock (default: the five seed profiles). */
  profileDefinitions?: ProfileDefinition<any>[];
  /** Storage override (tests, embedding). Default: the data folder, or memory with `memory: true`. */
  storage?: DataDir;
  /** Opens the data folder; the CLI passes the lowdb implementation. */
  openStorage?(config: ResolvedConfig, logger: Logger): Promise<DataDir>;
  cwd?: string;
  hooks?: (wb: Workbench) => AppHooks;
  /** Replaces the HTTP sender of deliveries (tests of faults beyond the machine). */
  sender?: Sender;
  /** DNS for delivery destinations (tests map names to addresses). */
  resolveHost?: LookupFunction;
  /** Called with each port found busy. */
  onPortBusy?(port: number): void;
}

export interface HookyardHandle {
  url: string;
  port: number;
  app: Hono;
  server: Server;
  workbench: Workbench;
  clock: Clock;
  /** With a virtual clock: run time forward (retries, auto-disable) without waiting. */
  advance(ms: number): Promise<void>;
  /** The delivery engine (fire events, retries). */
  dispatcher: Dispatcher;
  /** The live stream: connected clients, and a way to drop them (tests of reconnection). */
  stream: { clients(): number; dropAll(): void };
  /** The control API: `await handle.api('GET', '/endpoints')`. */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export async function startHookyard(options: StartOptions = {}): Promise<HookyardHandle> {
  const {
    clock: clockOption,
    startTime,
    randomBytes: rb,
    logger: loggerOption,
    profileDefinitions,
    storage,
    openStorage,
    cwd,
    hooks,
    onPortBusy,
    sender,
    resolveHost,
    ...configOverrides
  } = options;
  const config: ResolvedConfig = { ...configDefaults(cwd ?? process.cwd()), ...configOverrides, sources: {} };
  const logger = loggerOption ?? silentLogger;
  const clock: Clock =
    clockOption === 'virtual'
      ? virtualClock(startTime ?? Date.now())
      : clockOption && typeof clockOption === 'object'
        ? clockOption
        : systemClock(config.timeScale);
  const randomBytes = rb ?? pooledRandomBytes();
  const dataDir = storage ?? (config.memory || !openStorage ? inMemoryDataDir() : await openStorage(config, logger));
  const hub = new EventHub();
  const extraKeys = loadRuntimeKeys(dataDir);
  const history = new DeliveryHistory(dataDir.history, config.maxHistory);
  const captures = new CaptureStore(dataDir.captures, config.maxCaptures);
  try {
    await loadJournals(dataDir, captures, history, logger);
  } catch (error) {
    await dataDir.close();
    throw error;
  }
  const failingSince = (): Record<string, number> => {
    const yard = dataDir.state.data.yard as { failingSince?: Record<string, number> };
    return (yard.failingSince ??= {});
  };
  let dispatcher: Dispatcher | undefined;
  const deps = {
    now: () => clock.now(),
    randomBytes,
    env: config.env,
    deliveries: profileDeliveries(
      () => dispatcher!,
      () => history,
      profileDefinitions ?? builtInProfiles(),
    ),
  };
  const list = profileDefinitions ?? builtInProfiles();
  const workbench: Workbench = {
    config,
    dataDir,
    profiles: list,
    clock,
    randomBytes,
    logger,
    hub,
    extraKeys,
    streamToken: Buffer.from(randomBytes(24)).toString('base64url'),
    mount: createMountContext({ config, dataDir, deps, logger, hub, extraKeys }),
    profile: (id) => list.find((p) => p.id === id),
  };
  dispatcher = new Dispatcher({
    profiles: list,
    state: (p) => workbench.mount.state(p),
    history,
    failingSince,
    persist: () => dataDir.state.changed(),
    clock,
    sender: sender ?? createHttpSender(new DestinationPolicy(config.allowDestinations), resolveHost),
    randomBytes,
    catalogue: new EventCatalogue(config.fixturesDir),
    hub,
    timeoutMs: config.deliveryTimeoutMs,
  });
  dispatcher.resume();
  const channels = new ChannelRegistry(config.channels);
  const forwardTarget: string | null = null;
  const extra = hooks?.(workbench) ?? {};
  const captureDeps = {
    store: captures,
    channels,
    knownSecrets: () => knownSecrets(workbench),
    clock,
    hub,
    randomBytes,
    maxBody: config.maxBody,
  };
  const app = createApp(workbench, {
    control: [
      deliveryRoutes(
        workbench,
        () => dispatcher!,
        () => history,
      ),
      capturesRoutes(workbench, {
        store: captures,
        channels,
        fixturesDir: config.fixturesDir ?? join(cwd ?? process.cwd(), 'hookyard-fixtures'),
        forwardTarget: () => forwardTarget,
      }),
      ...(extra.control ?? []),
    ],
  });
  const hostAllowed = createHostCheck(config.allowedHosts);
  const honoListener = getRequestListener(app.fetch);
  const server = createServer(
    createNodeRouter({
      capture: captureDeps,
      profiles: list,
      mount: workbench.mount,
      maxBody: config.maxBody,
      hostAllowed,
      rest: (req, res) => void honoListener(req, res),
      logger,
    }),
  );
  // A client that sends a malformed request gets 400 from Node; it never reaches a handler or crashes us.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  try {
    await seedEndpoints(workbench);
  } catch (error) {
    await dataDir.close();
    throw error;
  }
  const stream = attachStream(server, {
    path: '/_yard/ws',
    token: workbench.streamToken,
    hub,
    hostAllowed,
  });
  let port: number;
  try {
    port = await listenWithFallback(server, config.host, config.port, {
      strictPort: config.strictPort,
      onBusy: onPortBusy ?? ((p) => logger.warn(`port ${p} is in use, trying ${p + 1}`)),
    });
  } catch (error) {
    await dataDir.close();
    throw error;
  }
  const host = config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  const url = `http://${host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    app,
    server,
    workbench,
    clock,
    stream,
    dispatcher,
    async advance(ms) {
      if ((clock as VirtualClock).kind !== 'virtual') throw new Error('advance() needs startHookyard({ clock: "virtual" })');
      await (clock as VirtualClock).advance(ms);
    },
    async api<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${url}/_yard/api${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      const json = text ? (JSON.parse(text) as T) : (undefined as T);
      if (!response.ok)
        throw Object.assign(new Error(`${method} ${path} → ${response.status}: ${text}`), { status: response.status, body: json });
      return json;
    },
    close() {
      closing ??= (async () => {
        dispatcher?.close();
        stream.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await dataDir.close();
      })();
      return closing;
    },
  };
}

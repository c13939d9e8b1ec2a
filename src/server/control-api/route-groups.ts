import type { Hono } from 'hono';
import type { CaptureStore, ChannelRegistry } from '../../capture/index.js';
import type { DeliveryHistory, Dispatcher } from '../../delivery/index.js';
import { knownSchemes } from '../../profiles/schemes.js';
import type { Workbench } from '../workbench.js';
import { capturesRoutes } from './captures-routes.js';
import { deliveryRoutes } from './delivery-routes.js';
import { endpointsRoutes } from './endpoints-routes.js';
import { keysRoutes } from './keys-routes.js';
import { profilesRoutes } from './profiles-routes.js';
import { secretRoutes } from './secret-routes.js';
import { timelineRoutes } from './timeline-routes.js';

/** Adds one group of routes to the control API router. */
export type RouteGroup = (api: Hono) => void;

export interface ControlParts {
  workbench: Workbench;
  dispatcher: Dispatcher;
  history: DeliveryHistory;
  captures: CaptureStore;
  channels: ChannelRegistry;
  /** Where `POST /captures/:id/fixture` writes. */
  fixturesDir: string;
}

function healthRoute(wb: Workbench): RouteGroup {
  return (api) =>
    api.get('/health', (c) => {
      const storage = wb.dataDir.health();
      return c.json({
        ok: true,
        profiles: wb.profiles.map((p) => p.id),
        now: new Date(wb.clock.now()).toISOString(),
        storage: storage.state,
        storageFailures: storage.failures,
      });
    });
}

function schemesRoute(): RouteGroup {
  return (api) =>
    api.get('/schemes', (c) => c.json(knownSchemes.list().map((s) => ({ id: s.id, name: s.name, description: s.description }))));
}

/** Every group of the control API, in one list (the order is the order routes match in). */
export function controlRouteGroups(parts: ControlParts): RouteGroup[] {
  const wb = parts.workbench;
  return [
    healthRoute(wb),
    (api) => profilesRoutes(api, wb),
    (api) => endpointsRoutes(api, wb),
    (api) => timelineRoutes(api, wb),
    (api) => keysRoutes(api, wb),
    (api) => secretRoutes(api, wb),
    schemesRoute(),
    deliveryRoutes(wb, parts.dispatcher, parts.history),
    capturesRoutes(wb, { store: parts.captures, channels: parts.channels, fixturesDir: parts.fixturesDir }),
  ];
}

import { Hono } from 'hono';
import type { Workbench } from '../workbench.js';
import { profilesRoutes } from './profiles-routes.js';
import { endpointsRoutes } from './endpoints-routes.js';
import { timelineRoutes } from './timeline-routes.js';
import { keysRoutes } from './keys-routes.js';
import { secretRoutes } from './secret-routes.js';
import { listSchemes } from '../../signing/index.js';
import { durableChanges } from './durable-changes.js';

export function controlApi(wb: Workbench, extra: Array<(api: Hono) => void>): Hono {
  const api = new Hono();
  api.use('*', durableChanges(wb));
  api.get('/health', (c) => {
    const storage = wb.dataDir.health();
    return c.json({ ok: true, profiles: wb.profiles.map((p) => p.id), now: new Date(wb.clock.now()).toISOString(), storage: storage.state, storageFailures: storage.failures });
  });
  profilesRoutes(api, wb);
  endpointsRoutes(api, wb);
  timelineRoutes(api, wb);
  keysRoutes(api, wb);
  secretRoutes(api, wb);
  api.get('/schemes', (c) => c.json(listSchemes().map((s) => ({ id: s.id, name: s.name, description: s.description }))));
  for (const add of extra) add(api);
  return api;
}

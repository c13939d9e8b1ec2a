import { Hono } from 'hono';
import type { Workbench } from '../workbench.js';
import { profilesRoutes } from './profiles-routes.js';
import { endpointsRoutes } from './endpoints-routes.js';
import { timelineRoutes } from './timeline-routes.js';
import { keysRoutes } from './keys-routes.js';
import { secretRoutes } from './secret-routes.js';
import { listSchemes } from '../../signing/index.js';
import { durableChanges } from './durable-changes.js';
import { ForbiddenKeyError, PathError } from '../../guard/index.js';
import { ControlInputError, controlBodyLimit, controlError } from './control-error.js';

export function controlApi(wb: Workbench, extra: Array<(api: Hono) => void>): Hono {
  const api = new Hono();
  api.use('*', controlBodyLimit(wb.config.maxBody));
  api.use('*', durableChanges(wb));
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
  profilesRoutes(api, wb);
  endpointsRoutes(api, wb);
  timelineRoutes(api, wb);
  keysRoutes(api, wb);
  secretRoutes(api, wb);
  api.get('/schemes', (c) => c.json(listSchemes().map((s) => ({ id: s.id, name: s.name, description: s.description }))));
  for (const add of extra) add(api);
  api.onError((error, c) => {
    if (error instanceof ControlInputError) return controlError(c, error.status, error.code, error.message, error.field);
    if (error instanceof ForbiddenKeyError || error instanceof PathError)
      return controlError(c, 400, 'bad_request', error.message, error.field);
    wb.logger.error(`unhandled error on ${c.req.method} ${c.req.url}`, error);
    return controlError(c, 500, 'internal', 'An unexpected error occurred in the workbench; the details are in its log.');
  });
  return api;
}

import type { MiddlewareHandler } from 'hono';
import { StorageUnavailableError } from '../../storage/index.js';
import type { Workbench } from '../workbench.js';

const MESSAGE =
  'hookyard cannot write its data folder right now, so the change was not made durable; retry shortly (GET /_yard/api/health says why).';

/**
 * Acknowledged means kept: a state-changing control call is refused while the state document
 * cannot be written, and a successful one is answered only after the write containing it.
 */
export function durableChanges(wb: Workbench): MiddlewareHandler {
  const unavailable = (): Response =>
    new Response(JSON.stringify({ error: { code: 'storage_unavailable', message: MESSAGE } }), {
      status: 503,
      headers: { 'content-type': 'application/json', 'retry-after': '1' },
    });
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    if (wb.dataDir.state.failing) return unavailable();
    try {
      await next();
    } catch (error) {
      if (error instanceof StorageUnavailableError) return unavailable();
      throw error;
    }
    if (c.error instanceof StorageUnavailableError) {
      c.res = unavailable();
      return;
    }
    if (c.res.status >= 400) return;
    const failed = await wb.dataDir.state.commit().then(
      () => false,
      () => true,
    );
    if (failed) c.res = unavailable();
  };
}

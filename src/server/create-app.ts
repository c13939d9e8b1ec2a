import { Hono } from 'hono';
import type { Workbench } from './workbench.js';
import { checkCrossSite, SECURITY_HEADERS } from './security/index.js';
import { inspectorRoutes } from './inspector.js';
import { controlApi, type RouteGroup } from './control-api/index.js';
import { StorageUnavailableError } from '../storage/index.js';

/** The hono side of the port: the control API under `/_yard/api` and the inspector (captures and provider mounts never get here). */
export function createApp(wb: Workbench, control: readonly RouteGroup[]): Hono {
  const app = new Hono();
  app.use('/_yard/*', async (c, next) => {
    const url = new URL(c.req.url);
    const verdict = checkCrossSite(c.req.method, c.req.raw.headers, [url.origin]);
    if (!verdict.ok) return c.json({ error: { code: 'cross_site_refused', message: `${verdict.reason}.` } }, 403);
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });

  app.route('/_yard/api', controlApi(wb, control));
  app.all('/_yard/*', (c) =>
    c.json(
      {
        error: {
          code: 'not_found',
          message: `No control route ${c.req.method} ${new URL(c.req.url).pathname}; see the README's Control API section.`,
        },
      },
      404,
    ),
  );

  inspectorRoutes(app, { streamToken: wb.streamToken });
  app.notFound((c) =>
    c.text(
      `Not found: ${new URL(c.req.url).pathname}. The inspector is at /, providers at /<profile>/…, captures at /in/<channel>, the control API at /_yard/api.\n`,
      404,
    ),
  );
  app.onError((error, c) => {
    if (error instanceof StorageUnavailableError) {
      return c.json(
        { error: { code: 'storage_unavailable', message: `${error.message}; retry shortly (GET /_yard/api/health says why).` } },
        503,
      );
    }
    wb.logger.error(`unhandled error on ${c.req.method} ${c.req.url}`, error);
    return c.json(
      { error: { code: 'internal', message: 'An unexpected error occurred in the workbench; the details are in its log.' } },
      500,
    );
  });
  return app;
}

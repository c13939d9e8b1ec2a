import type { Hono } from 'hono';
import type { Workbench } from '../workbench.js';
import { sdkBaseUrl } from '../../profiles/sdk-base-url.js';

export function profilesRoutes(api: Hono, wb: Workbench): void {
  api.get('/profiles', (c) =>
    c.json(
      wb.profiles.map((p) => ({
        id: p.id,
        title: p.title,
        mount: p.mount,
        baseUrl: sdkBaseUrl(p, new URL(c.req.url).origin),
        ...(p.sdk
          ? {
              sdk: {
                name: p.sdk.name,
                snippet: p.sdk.snippet(sdkBaseUrl(p, new URL(c.req.url).origin), wb.mount.apiKeys(p)[0]?.key ?? ''),
              },
            }
          : {}),
        seed: p.seed,
        apiKeys: wb.mount
          .apiKeys(p)
          .map((k) => ({ key: k.key, scopes: k.scopes, label: k.label ?? null, ...(k.apiSecret ? { apiSecret: k.apiSecret } : {}) })),
        events: [...p.events.types],
        testEvent: p.events.testEvent,
        deliveryScheme: p.deliveryScheme.id,
        inferred: [...p.inferred],
      })),
    ),
  );
}

import type { Hono } from 'hono';
import type { Workbench } from '../workbench.js';

export function profilesRoutes(api: Hono, wb: Workbench): void {
  api.get('/profiles', (c) =>
    c.json(wb.profiles.map((p) => ({
      id: p.id,
      title: p.title,
      mount: p.mount,
      seed: p.seed,
      apiKeys: wb.mount.apiKeys(p).map((k) => ({ key: k.key, scopes: k.scopes, label: k.label ?? null, ...(k.apiSecret ? { apiSecret: k.apiSecret } : {}) })),
      events: [...p.events.types],
      testEvent: p.events.testEvent,
      deliveryScheme: p.deliveryScheme.id,
      inferred: [...p.inferred],
    }))),
  );
}

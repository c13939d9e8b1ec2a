import type { Hono } from 'hono';
import type { Workbench } from '../workbench.js';
import type { HubEvent } from '../../plumbing/index.js';
import { controlError } from './control-error.js';

/** One timeline across management API calls, deliveries and captures (newest first). */
export function timelineRoutes(api: Hono, wb: Workbench): void {
  api.get('/timeline', (c) => {
    const limit = Number(c.req.query('limit') ?? 200);
    if (!Number.isInteger(limit) || limit < 1 || limit > 2000)
      return controlError(c, 400, 'bad_request', 'limit must be an integer from 1 to 2000.', 'limit');
    const kinds: Record<string, string> = {
      capture: 'capture',
      'delivery.attempt': 'attempt',
      'api.call': 'api',
      'endpoint.changed': 'endpoint',
      'secret.revealed': 'secret',
      'capture.replayed': 'replay',
    };
    return c.json(
      wb.hub
        .history(limit)
        .filter((e) => e.type in kinds)
        .map((e) => ({ kind: kinds[e.type], at: e.at, summary: e.summary, ok: e.ok, ref: timelineRef(e) })),
    );
  });
}

/** What a timeline entry links to: `capture/<id>` or `delivery/<id>` (the inspector opens it). */
function timelineRef(e: HubEvent): string | undefined {
  const capture = e.capture as { id?: string } | undefined;
  if (e.type === 'capture' && capture?.id) return `capture/${capture.id}`;
  if (e.type === 'capture.replayed' && typeof e.captureId === 'string') return `capture/${e.captureId}`;
  if (e.type === 'delivery.attempt' && typeof e.deliveryId === 'string') return `delivery/${e.deliveryId}`;
  return undefined;
}

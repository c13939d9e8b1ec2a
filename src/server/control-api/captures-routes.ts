import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { CaptureImportError, ChannelError, toCurl, toFixture, type CaptureStore, type ChannelRegistry } from '../../capture/index.js';
import type { Workbench } from '../workbench.js';
import { controlError, jsonBody } from './control-error.js';
import { streamSummary } from '../../capture/capture-types.js';
import { replayRoute } from './replay-route.js';

export interface CaptureApiDeps {
  store: CaptureStore;
  channels: ChannelRegistry;
  /** Where "save as fixture" writes (default `<cwd>/hookyard-fixtures`). */
  fixturesDir: string;
}

export function capturesRoutes(wb: Workbench, deps: CaptureApiDeps): (api: Hono) => void {
  return (api) => {
    api.get('/captures', async (c) => {
      const q = c.req.query();
      const limit = q.limit === undefined ? 100 : Number(q.limit);
      if (!Number.isInteger(limit) || limit < 1) return controlError(c, 400, 'bad_request', 'limit must be a positive integer.', 'limit');
      if (q.verdict && !['ok', 'failed', 'unsigned'].includes(q.verdict))
        return controlError(c, 400, 'bad_request', 'verdict must be ok, failed or unsigned.', 'verdict');
      const page = await deps.store.list({
        channel: q.channel,
        method: q.method,
        path: q.path,
        q: q.q,
        verdict: q.verdict as 'ok' | undefined,
        status: q.status ? Number(q.status) : undefined,
        limit,
        cursor: q.cursor,
      });
      // A list is metadata: the answer body and replay history come with GET /captures/:id.
      return c.json({ ...page, items: page.items.map(streamSummary) });
    });
    api.get('/captures/export', async (c) => {
      c.header('content-disposition', 'attachment; filename="hookyard-captures.json"');
      return c.json(await deps.store.export());
    });
    api.post('/captures/import', async (c) => {
      const parsed = await jsonBody(c);
      if (!parsed.ok) return parsed.response;
      try {
        return c.json({ imported: await deps.store.import(parsed.value) });
      } catch (error) {
        if (error instanceof CaptureImportError) return controlError(c, 400, 'bad_import', error.message, error.field);
        throw error;
      }
    });
    api.delete('/captures', async (c) => {
      const deleted = await deps.store.clear();
      wb.hub.publish({ type: 'captures.cleared', at: new Date(wb.clock.now()).toISOString(), summary: `${deleted} captures cleared` });
      return c.json({ deleted });
    });
    api.get('/captures/:id', async (c) => {
      const capture = await deps.store.get(c.req.param('id'));
      return capture
        ? c.json(capture)
        : controlError(c, 404, 'not_found', `No capture "${c.req.param('id')}" (the ring keeps the newest ${wb.config.maxCaptures}).`);
    });
    api.delete('/captures/:id', async (c) =>
      (await deps.store.delete(c.req.param('id')))
        ? c.json({ deleted: true })
        : controlError(c, 404, 'not_found', `No capture "${c.req.param('id')}".`),
    );
    api.get('/captures/:id/curl', async (c) => {
      const capture = await deps.store.get(c.req.param('id'));
      if (!capture) return controlError(c, 404, 'not_found', `No capture "${c.req.param('id')}".`);
      return c.text(`${toCurl(capture, c.req.query('url') ?? undefined)}\n`);
    });
    api.get('/captures/:id/fixture', async (c) => {
      const capture = await deps.store.get(c.req.param('id'));
      return capture ? c.json(toFixture(capture)) : controlError(c, 404, 'not_found', `No capture "${c.req.param('id')}".`);
    });
    api.post('/captures/:id/fixture', async (c) => {
      const capture = await deps.store.get(c.req.param('id'));
      if (!capture) return controlError(c, 404, 'not_found', `No capture "${c.req.param('id')}".`);
      const fixture = toFixture(capture);
      await mkdir(deps.fixturesDir, { recursive: true });
      const path = join(deps.fixturesDir, `${fixture.name.replace(/[^A-Za-z0-9._-]/g, '_')}.json`);
      await writeFile(path, `${JSON.stringify(fixture, null, 2)}\n`);
      return c.json({ path });
    });
    api.post('/captures/:id/replay', async (c) => {
      const capture = await deps.store.get(c.req.param('id'));
      if (!capture) return controlError(c, 404, 'not_found', `No capture "${c.req.param('id')}".`);
      const parsed = await jsonBody(c);
      if (!parsed.ok) return parsed.response;
      return replayRoute(c, wb, deps.store, capture, parsed.value);
    });
    api.get('/channels', (c) =>
      c.json(
        deps.channels
          .list()
          .map(({ secrets, schemeSpec: _s, ...rest }) => ({ ...rest, secrets: (secrets ?? []).map((s) => `…${s.slice(-4)}`) })),
      ),
    );
    api.put('/channels/:name', async (c) => {
      const parsed = await jsonBody(c);
      if (!parsed.ok) return parsed.response;
      try {
        const settings = deps.channels.set(c.req.param('name'), parsed.value);
        const { schemeSpec: _s, ...shown } = settings;
        return c.json({ ...shown, secrets: (settings.secrets ?? []).map((s) => `…${s.slice(-4)}`) });
      } catch (error) {
        if (error instanceof ChannelError) return controlError(c, 400, 'bad_channel', error.message, error.field);
        throw error;
      }
    });
    api.delete('/channels/:name', (c) =>
      deps.channels.delete(c.req.param('name'))
        ? c.json({ deleted: true })
        : controlError(c, 404, 'not_found', `No channel "${c.req.param('name')}".`),
    );
  };
}

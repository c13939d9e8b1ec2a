import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { launchBrowser, runBrowserTests } from './browser.js';
import { VIEWPORTS, openInspector, shot } from './harness.js';

describe.runIf(runBrowserTests)('inspector stream after a workbench restart (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const viewport of VIEWPORTS) {
    it(`picks up the new stream token, catches up and shows a capture sent after the restart without a reload (${viewport.name})`, async () => {
      let yard: HookyardHandle = await startHookyard({ port: 0, memory: true });
      const port = yard.port;
      const { page, context, problems } = await openInspector(browser, yard.url, viewport);
      try {
        const oldToken = await page.locator('meta[name="hookyard-token"]').getAttribute('content');
        // A marker on window survives only if the page is not reloaded.
        await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
        await yard.close();
        await page.getByTestId('connection').filter({ hasText: 'reconnecting' }).waitFor();
        yard = await startHookyard({ port, strictPort: true, memory: true });
        await fetch(`${yard.url}/in/before-reconnect`, { method: 'POST', body: '{"while":"reconnecting"}' });
        await page.getByTestId('connection').filter({ hasText: 'live' }).waitFor({ timeout: 15_000 });
        // Caught up: what arrived before the socket came back is listed.
        await page.getByTestId('capture-row').filter({ hasText: '/in/before-reconnect' }).waitFor();
        await fetch(`${yard.url}/in/after-restart`, { method: 'POST', body: '{"after":"restart"}' });
        await page.getByTestId('capture-row').filter({ hasText: '/in/after-restart' }).waitFor();
        expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
        expect(await page.locator('meta[name="hookyard-token"]').getAttribute('content')).not.toBe(oldToken);
        await page.getByTestId('toast').filter({ hasText: 'restarted' }).waitFor();
        await shot(page, 'restart', viewport);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
        await yard.close();
      }
    });

    it(`reloads when the restarted workbench serves another build of the inspector (${viewport.name})`, async () => {
      let yard: HookyardHandle = await startHookyard({ port: 0, memory: true });
      const port = yard.port;
      const { page, context, problems } = await openInspector(browser, yard.url, viewport);
      try {
        await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
        await yard.close();
        await page.getByTestId('connection').filter({ hasText: 'reconnecting' }).waitFor();
        // The page as a new build would serve it to the stream's token check: another script URL.
        // (Only that fetch is rewritten; the reload itself loads the real page.)
        await page.route(`http://127.0.0.1:${port}/`, async (route) => {
          if (route.request().resourceType() !== 'fetch') return route.continue();
          const response = await route.fetch();
          const html = (await response.text()).replace(/src="(\/assets\/[^"?]+)"/, 'src="$1?build=2"');
          await route.fulfill({ response, body: html });
        });
        const reloaded = page.waitForEvent('load');
        yard = await startHookyard({ port, strictPort: true, memory: true });
        await reloaded;
        await page.getByTestId('connection').filter({ hasText: 'live' }).waitFor();
        expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
        expect(problems).toEqual([]);
      } finally {
        await context.close();
        await yard.close();
      }
    });
  }
});

import { sign } from '../../src/index.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { receiver } from '../delivery/receiver.js';
import { launchBrowser, runBrowserTests } from './browser.js';
import { VIEWPORTS, expectFitsWidth, openInspector, shot } from './harness.js';

describe.runIf(runBrowserTests)('inspector links, history and narrow layout (Chromium)', () => {
  let browser: Browser;
  let yard: HookyardHandle;
  let app: Awaited<ReturnType<typeof receiver>>;
  const ids: Record<string, string> = {};
  let deliveryId = '';

  beforeAll(async () => {
    app = await receiver((n) => ({ status: n === 1 ? 500 : 200, headers: { 'x-app-answer': `n${n}` }, body: n === 1 ? 'boom' : 'ok' }));
    yard = await startHookyard({ port: 0, memory: true, channels: { gh: { scheme: 'github', secrets: ["It's a Secret to Everybody"] } } });
    browser = await launchBrowser();
    const long = `/in/gh/${'a-very-long-path-segment-without-spaces'.repeat(4)}`;
    for (const [name, path] of [
      ['first', '/in/gh/first'],
      ['second', '/in/gh/second'],
      ['long', long],
    ] as const) {
      const body = JSON.stringify({ name, url: `https://example.test/${'x'.repeat(300)}` });
      await fetch(`${yard.url}${path}?q=${'y'.repeat(200)}`, {
        method: 'POST',
        headers: sign('github', { body, secret: "It's a Secret to Everybody" }),
        body,
      });
    }
    const list = await yard.api<{ items: Array<{ id: string; path: string }> }>('GET', '/captures');
    for (const c of list.items) ids[c.path.startsWith('/a-very') ? 'long' : c.path.slice(1)] = c.id;
    await yard.api('POST', '/endpoints', { profile: 'appkit', url: `${app.url}/${'deep/'.repeat(20)}`, events: ['user.created'] });
    const fired = await yard.api<{ deliveries: Array<{ id: string }> }>('POST', '/events', { profile: 'appkit', type: 'user.created' });
    deliveryId = fired.deliveries[0]!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await yard?.close();
    await app?.close();
  });

  for (const viewport of VIEWPORTS) {
    describe(viewport.name, () => {
      it('opens a capture from its link in a new page, and a delivery attempt from its link', async () => {
        const { page, context, problems } = await openInspector(browser, yard.url, viewport, `#/captures/${ids.second}`);
        try {
          await page.getByTestId('capture-detail').locator('h2', { hasText: '/in/gh/second' }).waitFor();
          expect(await page.getByTestId('verdict').innerText()).toMatch(/Valid signature/);
          const attempt = await context.newPage();
          await attempt.goto(`${yard.url}/#/deliveries/${deliveryId}/1`);
          await attempt.getByRole('heading', { name: /user.created → / }).waitFor();
          const detail = attempt.locator('section[aria-label="Attempt detail"]');
          await detail.getByText('attempt 1 at').waitFor();
          // The response headers the app gave this attempt are shown.
          expect(await detail.getByTestId('attempt-response-headers').innerText()).toMatch(/x-app-answer\s+n1/);
          await shot(attempt, 'attempt-link', viewport);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });

      it('puts every selection in the URL, and Back / Forward return to the previous views', async () => {
        const { page, context, problems } = await openInspector(browser, yard.url, viewport, '#/captures');
        try {
          const open = async (name: string) => {
            if (viewport.width < 760 && (await page.getByRole('button', { name: '← All captures' }).isVisible()))
              await page.getByRole('button', { name: '← All captures' }).click();
            await page
              .getByTestId('capture-row')
              .filter({ hasText: `/in/gh/${name}` })
              .click();
            await page
              .getByTestId('capture-detail')
              .locator('h2', { hasText: `/in/gh/${name}` })
              .waitFor();
          };
          await open('first');
          expect(new URL(page.url()).hash).toBe(`#/captures/${ids.first}`);
          await open('second');
          expect(new URL(page.url()).hash).toBe(`#/captures/${ids.second}`);
          await page.getByRole('tab', { name: 'Endpoints' }).click();
          await page.getByTestId('endpoints-view').waitFor();
          await page.goBack();
          await page.getByTestId('capture-detail').locator('h2', { hasText: '/in/gh/second' }).waitFor();
          await expect.poll(() => page.getByRole('tab', { name: 'Captures' }).getAttribute('aria-selected')).toBe('true');
          await page.goBack();
          if (viewport.width < 760) {
            // Narrow: the list is back (one column), then the first capture.
            await page.getByTestId('capture-row').first().waitFor();
            await page.goBack();
          }
          await page.getByTestId('capture-detail').locator('h2', { hasText: '/in/gh/first' }).waitFor();
          await page.goForward();
          if (viewport.width < 760) await page.goForward();
          await page.getByTestId('capture-detail').locator('h2', { hasText: '/in/gh/second' }).waitFor();
          await page.goForward();
          await page.getByTestId('endpoints-view').waitFor();
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });

      it('fits the viewport in every view: no horizontal scroll, every control inside, tabs reachable', async () => {
        const { page, context, problems } = await openInspector(browser, yard.url, viewport, '#/captures');
        try {
          await page.getByTestId('capture-row').first().waitFor();
          await expectFitsWidth(page, 'capture list');
          await page.getByTestId('capture-row').filter({ hasText: '/in/gh/a-very' }).click();
          await page.getByTestId('verdict').waitFor();
          await expectFitsWidth(page, 'capture detail');
          await shot(page, 'capture-detail', viewport);
          if (viewport.width < 760) {
            // One column: the list is replaced by the detail, with a way back.
            expect(await page.getByRole('listbox', { name: 'Captures' }).isVisible()).toBe(false);
            await page.getByRole('button', { name: '← All captures' }).click();
            await page.getByTestId('capture-row').first().waitFor();
          }
          for (const tab of ['Endpoints', 'Deliveries', 'Timeline'] as const) {
            await page.getByRole('tab', { name: tab }).click();
            await expect.poll(() => page.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true');
            if (tab === 'Endpoints') await page.locator('section[data-profile="appkit"] tr[data-endpoint]').waitFor();
            if (tab === 'Deliveries') await page.locator('article.delivery').first().waitFor();
            if (tab === 'Timeline') await page.getByTestId('timeline').locator('li').first().waitFor();
            await expectFitsWidth(page, tab);
            await shot(page, tab.toLowerCase(), viewport);
          }
          await page.getByRole('tab', { name: 'Deliveries' }).click();
          await page.locator('article.delivery').first().getByRole('button', { name: /#1 / }).click();
          await page.getByRole('heading', { name: /user.created → / }).waitFor();
          await expectFitsWidth(page, 'attempt detail');
          await page.getByRole('tab', { name: 'Endpoints' }).click();
          const appkit = page.locator('section[data-profile="appkit"]');
          await appkit.getByText('Fire an event').click();
          await appkit.getByTestId('fire-preview').filter({ hasText: 'user' }).waitFor();
          await expectFitsWidth(page, 'fire form');
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    });
  }
});

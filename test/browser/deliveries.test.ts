import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { receiver } from '../delivery/receiver.js';
import { launchBrowser, runBrowserTests } from './browser.js';

describe.runIf(runBrowserTests)('inspector deliveries (Chromium)', () => {
  let browser: Browser;
  let yard: HookyardHandle;
  let page: Page;
  let app: Awaited<ReturnType<typeof receiver>>;

  beforeAll(async () => {
    app = await receiver((n) => ({ status: n === 1 ? 500 : 200, body: n === 1 ? 'boom' : 'ok' }));
    yard = await startHookyard({ port: 0, memory: true, clock: 'virtual', startTime: Date.now() });
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await yard?.close();
    await app?.close();
  });

  it('fires an event from the Endpoints view, shows the failed attempt, and retries it', async () => {
    await yard.api('POST', '/endpoints', { profile: 'appkit', url: app.url, events: ['user.created'] });
    await page.goto(`${yard.url}/#endpoints`);
    const appkit = page.locator('section[data-profile="appkit"]');
    await appkit.getByText('Fire an event').click();
    await appkit.getByLabel('appkit event type').selectOption('user.created');
    await appkit.getByRole('button', { name: 'Fire event' }).click();
    await expect.poll(() => app.received.length).toBe(1);

    await page.getByRole('tab', { name: 'Deliveries' }).click();
    const card = page.locator('article.delivery').first();
    await card.getByText('pending').waitFor();
    await card.getByRole('button', { name: /#1 .* → 500/ }).click();
    await page.getByRole('heading', { name: /user.created → / }).waitFor();
    expect(await page.locator('section[aria-label="Attempt detail"]').innerText()).toMatch(/webhook-signature[\s\S]*boom/);

    await card.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => app.received.length).toBe(2);
    await page.locator('article.delivery').first().getByText('succeeded').waitFor();
  });
});

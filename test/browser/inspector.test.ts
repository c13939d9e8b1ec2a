import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { launchBrowser, runBrowserTests } from './browser.js';

describe.runIf(runBrowserTests)('inspector (Chromium)', () => {
  let browser: Browser;
  let yard: HookyardHandle;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    yard = await startHookyard({ port: 0, memory: true });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog opened: ${d.message()}`);
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await yard?.close();
  });

  it('loads with the security headers and no script errors', async () => {
    const response = await page.goto(`${yard.url}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.getByRole('tab', { name: 'Captures' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows the profiles and creates an endpoint from the Endpoints view', async () => {
    await page.getByRole('tab', { name: 'Endpoints' }).click();
    const appkit = page.locator('section[data-profile="appkit"]');
    await appkit.waitFor();
    await appkit.getByText('New endpoint').click();
    await appkit.getByLabel('appkit endpoint URL').fill('http://127.0.0.1:3999/hooks');
    await appkit.getByRole('button', { name: 'Create endpoint' }).click();
    await expect.poll(async () => (await yard.api<unknown[]>('GET', '/endpoints?profile=appkit')).length).toBe(1);
    await appkit.locator('tr[data-endpoint]').first().waitFor();
    expect(errors).toEqual([]);
  });
});

describe.runIf(runBrowserTests)('inspector with 10,000 captures (Chromium)', () => {
  it('shows the list and stays scrollable by keyboard', async () => {
    // The import body (~3 MiB) is over the default 1 MiB --max-body, which applies to the control API too.
    const yard = await startHookyard({ port: 0, memory: true, maxCaptures: 10_000, maxBody: 8 * 1024 * 1024 });
    const captures = Array.from({ length: 10_000 }, (_, i) => ({
      id: `cap_${String(i).padStart(5, '0')}`,
      channel: `ch${i % 7}`,
      method: 'POST',
      path: `/n${i}`,
      url: `http://localhost/in/ch${i % 7}/n${i}`,
      query: '',
      headers: [['content-type', 'application/json']],
      remoteAddress: '127.0.0.1',
      receivedAt: new Date(1_700_000_000_000 + i).toISOString(),
      size: 12,
      contentType: 'application/json',
      bodyBase64: Buffer.from(`{"n":${i}}`).toString('base64'),
      verdict: null,
      response: { status: 200 },
    }));
    await yard.api('POST', '/captures/import', { format: 'hookyard-captures', version: 1, captures });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${yard.url}/`);
      await page.getByTestId('capture-count').filter({ hasText: '10000' }).waitFor();
      // Only the rows in view are in the DOM.
      expect(await page.getByTestId('capture-row').count()).toBeLessThan(100);
      await page.getByRole('listbox', { name: 'Captures' }).focus();
      for (let i = 0; i < 30; i++) await page.keyboard.press('j');
      await page.getByTestId('capture-detail').locator('h2', { hasText: '/in/ch' }).waitFor();
    } finally {
      await browser.close();
      await yard.close();
    }
  });
});

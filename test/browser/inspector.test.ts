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

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { launchBrowser, runBrowserTests } from './browser.js';
import { VIEWPORTS, openInspector, shot } from './harness.js';

/** Runs of letters and digits in the last toast that the layout split across two lines. */
function brokenWords(page: Page): Promise<string[]> {
  return page
    .locator('.toast-text')
    .last()
    .evaluate((node) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
        const re = /[\p{L}\p{N}]+/gu;
        for (let m = re.exec(text.data); m; m = re.exec(text.data)) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(m[0]);
        }
      }
      return out;
    });
}

describe.runIf(runBrowserTests)('inspector toasts (Chromium)', () => {
  let browser: Browser;
  let yard: HookyardHandle;
  beforeAll(async () => {
    browser = await launchBrowser();
    yard = await startHookyard({ port: 0, memory: true });
  });
  afterAll(async () => {
    await browser?.close();
    await yard?.close();
  });

  for (const viewport of VIEWPORTS) {
    it(`words errors for a person, replaces a stale error with a later success, and never breaks a word (${viewport.name})`, async () => {
      const { page, context, problems } = await openInspector(browser, yard.url, viewport, '#/endpoints');
      try {
        const appkit = page.locator('section[data-profile="appkit"]');
        await appkit.getByText('New endpoint').click();
        await appkit.getByLabel('appkit endpoint URL').fill('');
        await appkit.getByRole('button', { name: 'Create endpoint' }).click();
        const error = page.locator('.toast.error');
        await error.filter({ hasText: 'Enter the URL of your app' }).waitFor();
        expect(await error.innerText()).not.toMatch(/Give "|\{"/);
        expect(await brokenWords(page)).toEqual([]);
        // A provider's refusal is told in the provider's words, not as "appkit answered 400".
        await appkit.getByLabel('appkit endpoint URL').fill('nope');
        await appkit.getByRole('button', { name: 'Create endpoint' }).click();
        await error.filter({ hasText: 'not a valid absolute URL' }).waitFor();
        expect(await error.innerText()).not.toMatch(/answered 400/);
        expect(await page.locator('.toast.error').count()).toBe(1);
        await appkit
          .getByLabel('appkit endpoint URL')
          .fill('http://127.0.0.1:3999/a-rather-long-webhook-receiver-path/with/several/segments');
        await appkit.getByRole('button', { name: 'Create endpoint' }).click();
        await page.locator('.toast.ok').filter({ hasText: 'created for' }).waitFor();
        // The earlier error is gone: no stale error sits above the success.
        expect(await page.locator('.toast.error').count()).toBe(0);
        expect(await brokenWords(page)).toEqual([]);
        await shot(page, 'toast', viewport);
        // The new endpoint's secret came in a dialog; close it.
        const dialog = page.getByRole('dialog');
        if (await dialog.count()) await dialog.getByRole('button', { name: 'Close' }).click();
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

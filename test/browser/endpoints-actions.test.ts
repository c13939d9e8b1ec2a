import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { receiver } from '../delivery/receiver.js';
import { launchBrowser, runBrowserTests } from './browser.js';
import { VIEWPORTS, openInspector, shot } from './harness.js';

describe.runIf(runBrowserTests)('inspector endpoint actions say what happened (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const viewport of VIEWPORTS) {
    describe(viewport.name, () => {
      let yard: HookyardHandle;
      let failing: Awaited<ReturnType<typeof receiver>>;
      let working: Awaited<ReturnType<typeof receiver>>;
      beforeAll(async () => {
        failing = await receiver(() => ({ status: 500, body: 'boom' }));
        working = await receiver(() => ({ status: 200, body: 'ok' }));
        yard = await startHookyard({ port: 0, memory: true });
      });
      afterAll(async () => {
        await yard?.close();
        await failing?.close();
        await working?.close();
      });

      it('reports Send test to an app answering 500 as a failure with the next retry, and 200 as delivered', async () => {
        await yard.api('POST', '/endpoints', { profile: 'appkit', url: failing.url, events: ['user.created'] });
        await yard.api('POST', '/endpoints', { profile: 'alerting', url: working.url, events: ['alert.triggered'] });
        const { page, context, problems } = await openInspector(browser, yard.url, viewport, '#/endpoints');
        try {
          const appkit = page.locator('section[data-profile="appkit"]');
          await appkit.getByRole('button', { name: 'Send test' }).click();
          const failed = appkit.getByTestId('endpoint-result');
          await failed.waitFor();
          expect(await failed.innerText()).toMatch(/^✗ failed: 500, next retry at \d\d:\d\d:\d\d$/);
          expect(await page.getByTestId('toast').last().innerText()).toMatch(/failed: 500, next retry at/);
          // Fire event to the same failing app says so too.
          await appkit.getByText('Fire an event').click();
          await appkit.getByLabel('appkit event type').selectOption('user.created');
          await appkit.getByRole('button', { name: 'Fire event' }).click();
          await appkit.getByTestId('fire-result').filter({ hasText: 'user.created' }).waitFor();
          expect(await appkit.getByTestId('fire-result').innerText()).toMatch(
            /^✗ user\.created: failed: 500, next retry at \d\d:\d\d:\d\d$/,
          );
          const alerting = page.locator('section[data-profile="alerting"]');
          await alerting.getByRole('button', { name: 'Send test' }).click();
          const ok = alerting.getByTestId('endpoint-result');
          await ok.waitFor();
          expect(await ok.innerText()).toMatch(/^✓ delivered, 200 in \d+ ms$/);
          // The later success has cleared the stale error toast.
          await expect.poll(() => page.locator('.toast.error').count()).toBe(0);
          await shot(page, 'send-test', viewport);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });

      it('fires an event with distinct labels, merges JSON into the event without corrupting it, and previews the body', async () => {
        await yard.api('POST', '/endpoints', { profile: 'signa', url: working.url, events: ['alert.created'] });
        const { page, context, problems } = await openInspector(browser, yard.url, viewport, '#/endpoints');
        try {
          const signa = page.locator('section[data-profile="signa"]');
          await signa.getByText('Fire an event').click();
          // Every field on the page has its own label.
          const labels = await page
            .locator('[aria-label]')
            .evaluateAll((nodes) =>
              nodes
                .filter((n) => (n as HTMLElement).offsetParent !== null || n.closest('details'))
                .map((n) => n.getAttribute('aria-label')),
            );
          const fireLabels = labels.filter((l) => /event type|endpoint to deliver|JSON to merge/.test(l ?? ''));
          expect(new Set(fireLabels).size).toBe(fireLabels.length);
          expect(fireLabels.length).toBe(3 * (await yard.api<unknown[]>('GET', '/profiles')).length);

          await signa.getByLabel('Signa event type').selectOption('alert.created');
          const preview = signa.getByTestId('fire-preview');
          await preview.filter({ hasText: '"severity": "high"' }).waitFor();
          // An object where the event has a string would corrupt it: refused, with where to put it.
          await signa.getByLabel('Signa JSON to merge into the event').fill('{"object":{"severity":"low"}}');
          await preview.filter({ hasText: 'not an object' }).waitFor();
          expect(await preview.innerText()).toContain('data.object');
          await signa.getByLabel('Signa JSON to merge into the event').fill('{"data":{"object":{"severity":"low"}}}');
          await preview.filter({ hasText: '"severity": "low"' }).waitFor();
          const previewed = JSON.parse(await preview.innerText()) as {
            object: string;
            data: { object: { severity: string; trademark: { mark: string } } };
          };
          expect(previewed.object).toBe('event');
          expect(previewed.data.object.trademark.mark).toBe('ACME ROCKETS');

          const before = working.received.length;
          await signa.getByRole('button', { name: 'Fire event' }).click();
          await signa.getByTestId('fire-result').filter({ hasText: 'delivered, 200' }).waitFor();
          const sent = JSON.parse(working.received[before]!.body.toString()) as typeof previewed;
          expect(sent.object).toBe('event');
          expect(sent.data.object.severity).toBe('low');
          expect(sent.data.object.trademark.mark).toBe('ACME ROCKETS');
          await shot(page, 'fire-form', viewport);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });

      it('shows a new secret once in a dialog with a copy button, and logs an explicit reveal in the timeline', async () => {
        const { page, context, problems } = await openInspector(browser, yard.url, viewport, '#/endpoints');
        try {
          const signa = page.locator('section[data-profile="signa"]');
          await signa.locator('tr[data-endpoint]').first().waitFor();
          // Every profile's endpoints show a masked secret, Signa and appkit included.
          for (const id of ['signa', 'appkit', 'alerting']) {
            expect(await page.locator(`section[data-profile="${id}"]`).getByTestId('secret-masked').first().innerText()).toMatch(
              /^(…|\*{4}).{4}$/,
            );
          }
          await signa.getByRole('button', { name: 'Rotate secret' }).first().click();
          const dialog = page.getByRole('dialog');
          await dialog.waitFor();
          const secret = await dialog.getByTestId('copy-value').innerText();
          expect(secret.length).toBeGreaterThan(10);
          await dialog.getByRole('button', { name: 'Copy secret' }).click();
          await dialog.getByText('copied').waitFor();
          expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
          await shot(page, 'secret-dialog', viewport);
          await dialog.getByRole('button', { name: 'Close' }).click();
          await dialog.waitFor({ state: 'detached' });
          expect(await signa.getByTestId('secret-masked').first().innerText()).toBe(`…${secret.slice(-4)}`);

          await signa.getByRole('button', { name: 'Reveal' }).first().click();
          await page.getByRole('dialog').getByTestId('copy-value').filter({ hasText: secret }).waitFor();
          await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
          await page.getByRole('tab', { name: 'Timeline' }).click();
          await page
            .getByTestId('timeline')
            .getByText(/signing secret of Signa endpoint .* revealed in the inspector/)
            .waitFor();
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    });
  }
});

import { sign } from '../../src/index.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { receiver } from '../delivery/receiver.js';
import { BIN } from '../support/run-binary.js';
import { launchBrowser, runBrowserTests } from './browser.js';
import { VIEWPORTS, expectFitsWidth, openInspector, shot } from './harness.js';

const GH = "It's a Secret to Everybody";

describe.runIf(runBrowserTests)('inspector capture detail (Chromium)', () => {
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
      let app: Awaited<ReturnType<typeof receiver>>;
      beforeAll(async () => {
        app = await receiver(() => ({ status: 201, headers: { 'x-app': 'seen' }, body: 'created' }));
        yard = await startHookyard({
          port: 0,
          memory: true,
          channels: {
            gh: { scheme: 'github', secrets: [GH, 'second-secret'] },
            custom: { response: { status: 202, headers: { 'x-hookyard-test': 'yes' }, body: 'accepted later', delayMs: 5 } },
          },
        });
      });
      afterAll(async () => {
        await yard?.close();
        await app?.close();
      });
      const post = (path: string, body: string, headers: Record<string, string> = {}) =>
        fetch(`${yard.url}${path}`, { method: 'POST', headers, body });

      it('starts with the full capture URL and a curl that works as pasted, then asks to select a capture', async () => {
        const { page, context, problems } = await openInspector(browser, yard.url, viewport);
        try {
          await page.getByRole('tab', { name: 'Timeline' }).click();
          await page.getByTestId('timeline-empty').filter({ hasText: 'Nothing has happened yet' }).waitFor();
          await page.getByRole('tab', { name: 'Captures' }).click();
          const firstRun = page.getByTestId('first-run');
          await firstRun.waitFor();
          const values = await firstRun.getByTestId('copy-value').allInnerTexts();
          expect(values[0]).toBe(`${yard.url}/in/demo`);
          await shot(page, 'first-run', viewport);
          await firstRun.getByRole('button', { name: 'Copy curl command' }).click();
          const curl = await page.evaluate(() => navigator.clipboard.readText());
          expect(curl).toBe(values[1]);
          await promisify(execFile)('sh', ['-c', curl]);
          await page.getByTestId('capture-row').filter({ hasText: '/in/demo' }).waitFor();
          await page.getByTestId('select-one').filter({ hasText: 'Select a capture' }).waitFor();
          await page.getByRole('tab', { name: 'Timeline' }).click();
          await page.getByTestId('timeline').getByText('POST /in/demo').waitFor();
          expect(await page.getByTestId('timeline-empty').isVisible()).toBe(false);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });

      it('says the verdict once, in words that fit a capture, naming the secrets it tried', async () => {
        const body = '{"action":"opened","number":1}';
        await post('/in/gh/pretty', JSON.stringify(JSON.parse(body), null, 2), sign('github', { body, secret: GH }));
        await post('/in/gh/malformed', body, { 'x-hub-signature-256': 'sha256=not-hex-at-all' });
        await post('/in/gh/other', body, sign('github', { body, secret: 'an unknown secret' }));
        await post('/in/unsigned-one', body);
        const { page, context, problems } = await openInspector(browser, yard.url, viewport, '#/captures');
        try {
          const open = async (name: string) => {
            await page.goto(`${yard.url}/#/captures`);
            await page
              .getByTestId('capture-row')
              .filter({ hasText: `/in/gh/${name}` })
              .click();
            await page
              .getByTestId('capture-detail')
              .locator('h2', { hasText: `/in/gh/${name}` })
              .waitFor();
            return page.getByTestId('verdict').innerText();
          };
          const pretty = await open('pretty');
          const why = await page.getByTestId('diagnosis').innerText();
          expect(why).toMatch(/hookyard received is not the bytes the sender signed/);
          expect(pretty).not.toMatch(/you verified|your handler/);
          // The diagnosis appears once.
          const sentence = 'the signed JSON was formatted differently';
          expect(pretty.split(sentence).length - 1).toBe(1);
          await shot(page, 'verdict', viewport);
          const malformed = await open('malformed');
          expect(malformed).toMatch(/not well formed/);
          expect(malformed).not.toMatch(/different secret/);
          const other = await open('other');
          expect(other).toMatch(/the 2 secrets of channel gh/);
          // Each row says its verdict in words, not by colour alone.
          await page.goto(`${yard.url}/#/captures`);
          expect(await page.getByTestId('capture-row').filter({ hasText: '/in/gh/other' }).innerText()).toMatch(/✗\s*invalid/);
          expect(await page.getByTestId('capture-row').filter({ hasText: '/in/unsigned-one' }).innerText()).toMatch(/unsigned/);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });

      it('shows what hookyard answered, the parsed query and form fields, and relative times with the date on hover', async () => {
        await post('/in/custom/form?source=test&tags=a&tags=b', 'name=Zo%C3%AB&note=hello+world', {
          'content-type': 'application/x-www-form-urlencoded',
        });
        const { page, context, problems } = await openInspector(browser, yard.url, viewport, '#/captures');
        try {
          const row = page.getByTestId('capture-row').filter({ hasText: '/in/custom/form' });
          // Every row says when it arrived, inside the row (a phone drops the size and shortens the path instead).
          const rowTime = row.locator('time.ago');
          expect(await rowTime.isVisible()).toBe(true);
          expect(await rowTime.getAttribute('title')).toMatch(/\d/);
          const [rowBox, timeBox] = [await row.boundingBox(), await rowTime.boundingBox()];
          expect(timeBox!.x + timeBox!.width).toBeLessThanOrEqual(rowBox!.x + rowBox!.width);
          expect(await row.getByTestId('capture-when').innerText()).toMatch(viewport.width >= 760 ? /\d+ B · / : /^(?!.*B · )/);
          await row.click();
          const stored = page.getByTestId('stored-response');
          await stored.waitFor();
          expect(await stored.innerText()).toMatch(/202[\s\S]*5 ms delay[\s\S]*x-hookyard-test\s+yes[\s\S]*accepted later/);
          expect(await page.getByTestId('query-fields').innerText()).toMatch(/source\s+test\s+tags\s+a\s+tags\s+b/);
          expect(await page.getByTestId('form-fields').innerText()).toMatch(/name\s+Zoë\s+note\s+hello world/);
          const when = page.getByTestId('capture-detail').locator('time.ago').first();
          expect(await when.innerText()).toMatch(/just now|\d+ s ago/);
          expect(await when.getAttribute('title')).toMatch(/\d{4}|\d+\/\d+/);
          await expectFitsWidth(page, 'stored answer');
          await shot(page, 'stored', viewport);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });

      it('edits and sends from one editor with one Send button, re-signs with a fresh timestamp, and keeps the history', async () => {
        await post('/in/stripe/evt', '{"id":"evt_1","object":"event","type":"ping"}', { 'content-type': 'application/json' });
        const { page, context, problems } = await openInspector(browser, yard.url, viewport, '#/captures');
        try {
          await page.getByTestId('capture-row').filter({ hasText: '/in/stripe/evt' }).click();
          const editor = page.getByTestId('replay-editor');
          await editor.waitFor();
          expect(await editor.getByRole('button', { name: 'Send' }).count()).toBe(1);
          // Without a URL it says what to do, in its own words.
          await editor.getByRole('button', { name: 'Send' }).click();
          await page.getByTestId('replay-result').filter({ hasText: 'Enter the URL of your app to send this capture to.' }).waitFor();
          expect(await page.getByTestId('toast').count()).toBe(0);
          await editor.getByLabel('Replay URL').fill(app.url);
          await editor.getByLabel('Replay method').selectOption('PUT');
          await editor.getByLabel('Replay headers, one "Name: value" per line').fill('content-type: application/json\nx-edited: yes');
          const edited = '{"id":"evt_1","object":"event","type":"ping","edited":true}';
          await editor.getByLabel('Replay body').fill(edited);
          await editor.getByLabel('Re-sign before sending').check();
          await editor.getByLabel('Re-sign scheme').selectOption('stripe');
          await editor.getByLabel('Re-sign secret').fill('whsec_inspector_test');
          const before = app.received.length;
          await editor.getByRole('button', { name: 'Send' }).click();
          await page.getByTestId('replay-result').filter({ hasText: '201' }).waitFor();
          const got = app.received[before]!;
          expect(got.body.toString()).toBe(edited);
          expect(got.headers['x-edited']).toBe('yes');
          // Stripe's own SDK accepts the signature, timestamp tolerance included.
          const event = new Stripe('sk_test_hookyard').webhooks.constructEvent(
            got.body,
            String(got.headers['stripe-signature']),
            'whsec_inspector_test',
          );
          expect(event.id).toBe('evt_1');
          const history = page.getByTestId('replay-history');
          await history.getByText(/201 · PUT .* · inspector · edited · re-signed \(stripe\)/).waitFor();
          await history.locator('summary').first().click();
          expect(await history.getByTestId('replay-response-headers').innerText()).toMatch(/x-app\s+seen/);
          await expectFitsWidth(page, 'replay history');
          await shot(page, 'replay', viewport);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });

      it('shows the forwarding result of hookyard listen', async () => {
        const child: ChildProcess = spawn(
          process.execPath,
          [BIN, 'listen', '--forward-to', app.url, '--channel', 'fw', '--server', yard.url],
          { stdio: 'pipe' },
        );
        try {
          await new Promise<void>((resolve, reject) => {
            child.stdout!.on('data', (d: Buffer) => d.toString().includes('forwarding') && resolve());
            child.on('exit', (code) => reject(new Error(`listen exited ${code}`)));
          });
          const before = app.received.length;
          await post('/in/fw/one', '{"forward":"me"}');
          const { page, context, problems } = await openInspector(browser, yard.url, viewport, '#/captures');
          try {
            await page.getByTestId('capture-row').filter({ hasText: '/in/fw/one' }).click();
            // The forward lands after the detail loaded: the stream brings the result in without a reload.
            await page.getByTestId('forward-result').filter({ hasText: 'hookyard listen forwarded it' }).waitFor();
            expect(app.received.length).toBeGreaterThan(before);
            expect(await page.getByTestId('forward-result').innerText()).toMatch(
              new RegExp(`forwarded it to ${app.url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: 201`),
            );
            expect(problems).toEqual([]);
          } finally {
            await context.close();
          }
        } finally {
          child.kill('SIGINT');
        }
      });

      it('clears, exports and imports captures from the inspector', async () => {
        const { page, context, problems } = await openInspector(browser, yard.url, viewport, '#/captures');
        try {
          await page.getByTestId('capture-row').first().waitFor();
          const total = (await yard.api<{ total: number }>('GET', '/captures')).total;
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
          const file = await download.path();
          const exported = JSON.parse(await readFile(file, 'utf8')) as { captures: unknown[] };
          expect(exported.captures.length).toBe(total);
          await page.getByTestId('clear-all').click();
          await page
            .getByTestId('clear-all')
            .filter({ hasText: `Really clear all ${total}?` })
            .click();
          await page.getByTestId('first-run').waitFor();
          expect(await page.getByTestId('capture-count').innerText()).toBe('0');
          await page.getByLabel('Import captures from a file').setInputFiles(file);
          await page
            .getByTestId('toast')
            .filter({ hasText: `Imported ${total} captures` })
            .waitFor();
          await page
            .getByTestId('capture-count')
            .filter({ hasText: String(total) })
            .waitFor();
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    });
  }
});

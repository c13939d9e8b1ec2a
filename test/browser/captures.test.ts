import { sign } from '../../src/index.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { launchBrowser, runBrowserTests } from './browser.js';

describe.runIf(runBrowserTests)('inspector captures (Chromium)', () => {
  let browser: Browser;
  let yard: HookyardHandle;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    yard = await startHookyard({ port: 0, memory: true, channels: { gh: { scheme: 'github', secrets: ["It's a Secret to Everybody"] } } });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${yard.url}/`);
    await page.getByTestId('connection').filter({ hasText: 'live' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await yard?.close();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${yard.url}${path}`, { method: 'POST', headers, body });
  /** Opens a capture's detail and waits until the detail shows that capture (it loads asynchronously). */
  const open = async (pathText: string) => {
    const row = page.getByTestId('capture-row').filter({ hasText: pathText });
    await row.waitFor();
    await row.click();
    await page.getByTestId('capture-detail').locator('h2', { hasText: pathText }).waitFor();
  };

  it('shows a new capture live, with its valid verdict in the detail', async () => {
    const body = '{"action":"opened","number":1}';
    await post('/in/gh/pr', body, sign('github', { body, secret: "It's a Secret to Everybody" }));
    await open('/in/gh/pr');
    await expect.poll(() => page.getByTestId('verdict').innerText()).toMatch(/Valid signature \(github\)/);
    expect(await page.getByTestId('capture-body').innerText()).toContain('"action": "opened"');
  });

  it("shows an event fired through the control API arriving live, verified with the endpoint's secret", async () => {
    await yard.api('POST', '/endpoints', { profile: 'signalbase', url: `${yard.url}/in/loopback`, events: ['funding.created'] });
    await yard.api('POST', '/events', { profile: 'signalbase', type: 'funding.created' });
    await open('/in/loopback');
    await expect.poll(() => page.getByTestId('verdict').innerText()).toMatch(/Valid signature \(signalbase\)[\s\S]*Signalbase endpoint/);
  });

  it("sets a channel's scheme and secret from the inspector", async () => {
    const settings = page.getByTestId('channel-settings');
    await page.getByText('Channel settings').click();
    await settings.getByLabel('Channel name').fill('slack');
    await settings.getByLabel('Channel scheme').selectOption('slack');
    await settings.getByLabel('Channel secrets, one per line (current first)').fill('8f742231b10e8888abcd99yyyzzz85a5');
    await settings.getByRole('button', { name: 'Save channel' }).click();
    await expect
      .poll(
        async () => (await yard.api<Array<{ name: string; scheme: string }>>('GET', '/channels')).find((c) => c.name === 'slack')?.scheme,
      )
      .toBe('slack');
    const body = 'token=x&text=hi';
    await post('/in/slack', body, sign('slack', { body, secret: '8f742231b10e8888abcd99yyyzzz85a5', now: Date.now() }));
    await open('/in/slack');
    await expect.poll(() => page.getByTestId('verdict').innerText()).toMatch(/Valid signature \(slack\)/);
  });

  it('explains a tampered capture', async () => {
    const body = '{"action":"opened","number":1}';
    await post('/in/gh/tampered', '{"action":"opened","number":2}', sign('github', { body, secret: "It's a Secret to Everybody" }));
    await open('/in/gh/tampered');
    await expect.poll(() => page.getByTestId('verdict').innerText()).toMatch(/signature mismatch/);
    expect(await page.getByTestId('diagnosis').innerText()).toMatch(/Why:/);
  });

  it('renders hostile content as text and runs nothing', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await post('/in/xss/<b>path</b>', hostile, { 'x-evil': '<svg onload=alert(3)>' });
    await open('/in/xss');
    expect(await page.getByTestId('capture-body').innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('section[aria-label="Capture detail"] script').count()).toBe(0);
    expect(await page.getByTestId('capture-headers').innerText()).toContain('<svg onload=alert(3)>');
    expect(problems).toEqual([]);
  });

  it('replays a capture from the detail view', async () => {
    const bodies: string[] = [];
    const sink = createServer((req, res) => {
      let text = '';
      req.on('data', (d: Buffer) => (text += d.toString()));
      req.on('end', () => {
        bodies.push(text);
        res.end('ok');
      });
    });
    await new Promise<void>((r) => sink.listen(0, '127.0.0.1', r));
    await post('/in/replayme', '{"replay":true}');
    await open('/in/replayme');
    await page.getByLabel('Replay URL').fill(`http://127.0.0.1:${(sink.address() as AddressInfo).port}/app`);
    await page.getByTestId('replay').click();
    await expect.poll(() => bodies).toEqual(['{"replay":true}']);
    sink.close();
  });

  it('reconnects the stream by itself after the connection drops, and catches up', async () => {
    expect(yard.stream.clients()).toBe(1);
    yard.stream.dropAll();
    await expect.poll(() => yard.stream.clients()).toBe(0);
    await post('/in/while-down', '{}');
    await expect.poll(() => yard.stream.clients(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('capture-row').filter({ hasText: '/in/while-down' }).waitFor();
  });
});

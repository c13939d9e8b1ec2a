import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { startHookyard } from '../../src/server/start-hookyard.js';
import type { BenchResult } from './signing-bench.js';

const COUNT = 10_000;

/** Time until the inspector shows its list with 10,000 stored captures (Debian chromium). */
export async function inspectorBench(): Promise<BenchResult[]> {
  if (!existsSync('/usr/bin/chromium')) return [{ name: 'inspector list with 10,000 captures', figure: 'skipped: /usr/bin/chromium is not installed', goal: 'reported (goal < 1 s)', pass: true }];
  const yard = await startHookyard({ port: 0, memory: true, maxCaptures: COUNT });
  const captures = Array.from({ length: COUNT }, (_, i) => ({ id: `cap_${i}`, channel: `ch${i % 7}`, method: 'POST', path: `/n${i}`, url: `http://localhost/in/ch${i % 7}/n${i}`, query: '', headers: [['content-type', 'application/json'], ['webhook-id', `msg_${i}`]], remoteAddress: '127.0.0.1', receivedAt: new Date(1_700_000_000_000 + i).toISOString(), size: 1024, contentType: 'application/json', bodyBase64: Buffer.from(JSON.stringify({ n: i, pad: 'x'.repeat(1000) })).toString('base64'), verdict: { ok: i % 3 !== 0, code: i % 3 ? 'ok' : 'signature_mismatch', message: 'm', scheme: 'standard-webhooks', matched: null, diagnosis: null }, response: { status: 200 } }));
  await yard.api('POST', '/captures/import', { format: 'hookyard-captures', version: 1, captures });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const times: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage();
      const start = performance.now();
      await page.goto(`${yard.url}/`);
      await page.getByTestId('capture-count').filter({ hasText: String(COUNT) }).waitFor();
      await page.getByTestId('capture-row').first().waitFor();
      times.push(performance.now() - start);
      await page.close();
    }
  } finally {
    await browser.close();
    await yard.close();
  }
  times.sort((a, b) => a - b);
  const median = times[1]!;
  return [{ name: `inspector: navigation to the list showing ${COUNT.toLocaleString('en-US')} captures (median of 3)`, figure: `${Math.round(median)} ms`, goal: 'reported (goal < 1 s)', pass: median < 1000 }];
}

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookyard, type HookyardHandle } from '../../src/server/start-hookyard.js';
import { inMemoryDataDir, type DataDir, type StorageStatus } from '../../src/storage/index.js';
import { launchBrowser, runBrowserTests } from './browser.js';

/** A store whose disk can be made to fail from the test: the health it reports and the state's refusal. */
function failableStorage(): { dataDir: DataDir; fail(on: boolean): void } {
  const base = inMemoryDataDir();
  let failing = false;
  const failure: StorageStatus = {
    state: 'failing',
    failures: [{ file: '/data/.hookyard/state.json', code: 'EACCES', message: 'permission denied', since: new Date().toISOString() }],
  };
  const state = Object.create(base.state, { failing: { get: () => failing } }) as DataDir['state'];
  const dataDir: DataDir = { ...base, state, health: () => (failing ? failure : { state: 'ok', failures: [] }) };
  return { dataDir, fail: (on) => void (failing = on) };
}

describe.runIf(runBrowserTests)('inspector storage status (Chromium)', () => {
  let browser: Browser;
  let yard: HookyardHandle;
  const storage = failableStorage();

  beforeAll(async () => {
    yard = await startHookyard({ port: 0, storage: storage.dataDir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await yard?.close();
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`shows a failing data folder with its file and errno, and clears when it recovers (${viewport.width}×${viewport.height})`, async () => {
      storage.fail(true);
      const page = await browser.newPage({ viewport });
      try {
        await page.goto(`${yard.url}/`);
        const bar = page.getByTestId('storage-status');
        await bar.filter({ hasText: 'EACCES' }).waitFor();
        expect(await bar.textContent()).toMatch(/cannot write \/data\/\.hookyard\/state\.json \(EACCES\).*503/);
        const refused = await yard
          .api('POST', '/endpoints', { profile: 'signa', url: 'http://127.0.0.1:9/x', events: ['alert.created'] })
          .catch((e: { status: number }) => e.status);
        expect(refused).toBe(503);
        storage.fail(false);
        await bar.waitFor({ state: 'hidden' });
      } finally {
        await page.close();
      }
    });
  }
});

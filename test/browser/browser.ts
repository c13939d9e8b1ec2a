import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Browser tests need Debian's chromium. Without it they are skipped with a loud warning, except
 * under CI=true, where a missing browser is a failure (CI installs it in .ci/run).
 */
export const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable) {
  const message = `\n!!! ${CHROMIUM} not found: the inspector's browser tests are ${process.env.CI === 'true' ? 'FAILING (CI=true)' : 'SKIPPED'}. Install it with: apt-get install chromium\n`;
  process.stderr.write(message);
}
export const runBrowserTests = browserAvailable || process.env.CI === 'true';

export function launchBrowser(): Promise<Browser> {
  if (!browserAvailable) throw new Error(`${CHROMIUM} is missing; CI=true requires it (apt-get install chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Every inspector behaviour is checked on a desktop and on a phone. */
export const VIEWPORTS = [
  { name: 'desktop 1440×900', width: 1440, height: 900 },
  { name: 'phone 390×844', width: 390, height: 844 },
] as const;
export type Viewport = (typeof VIEWPORTS)[number];

export interface InspectorPage {
  page: Page;
  context: BrowserContext;
  /** Script errors and unexpected alert()/confirm() dialogs seen so far. */
  problems: string[];
}

/** A fresh context at the viewport, with clipboard access, on the inspector (optionally a hash route). */
export async function openInspector(browser: Browser, baseUrl: string, viewport: Viewport, hash = ''): Promise<InspectorPage> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await context.newPage();
  // A locator that never appears fails with its own name, well before the test's timeout.
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${baseUrl}/${hash}`);
  await page.getByTestId('connection').filter({ hasText: 'live' }).waitFor();
  return { page, context, problems };
}

/** The page is no wider than the viewport, and every visible control lies inside it horizontally. */
export async function expectFitsWidth(page: Page, label: string): Promise<void> {
  const report = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside: string[] = [];
    for (const node of Array.from(document.querySelectorAll<HTMLElement>('button, a, input, select, textarea, summary, label.button'))) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || node.closest('.visually-hidden, .offscreen')) continue;
      // Inside a horizontally scrolling box (a wide JSON body) a control may be scrolled to.
      if (box.left < -1 || box.right > width + 1)
        outside.push(
          `${node.tagName.toLowerCase()} "${(node.textContent ?? node.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" at ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
    }
    // Text squeezed into a sliver wraps a character per line (a header name, a URL).
    const slivers: string[] = [];
    for (const node of Array.from(document.querySelectorAll<HTMLElement>('th, td, h2, h3, p, code, a, span, li'))) {
      const box = node.getBoundingClientRect();
      const text = (node.textContent ?? '').trim();
      if (box.width > 0 && box.width < 40 && box.height > 60 && text.length > 6)
        slivers.push(`${node.tagName.toLowerCase()} "${text.slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, bodyWidth: document.body.scrollWidth, width, outside, slivers };
  });
  expect(report.scrollWidth, `${label}: page width`).toBeLessThanOrEqual(report.width);
  expect(report.bodyWidth, `${label}: body width`).toBeLessThanOrEqual(report.width);
  expect(report.outside, `${label}: controls outside the viewport`).toEqual([]);
  expect(report.slivers, `${label}: text wrapped a character per line`).toEqual([]);
}

/** Saves a screenshot for a person to look at (tests do not compare pixels). */
export async function shot(page: Page, name: string, viewport: Viewport): Promise<void> {
  await page.screenshot({ path: `/tmp/hookyard-${name}-${viewport.width}.png` });
}

import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// axe-core itself, run in the page, rather than @axe-core/playwright: that wrapper opens a blank page for
// every run to gather frames' results, which costs three times the check on our pages, and the site has no
// frames to gather. Playwright evaluates over the DevTools protocol, which the site's CSP does not govern.
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: WCAG_22_AA },
  // Only violations are read: axe then skips the details of what passed, most of its time on a long page.
  resultTypes: ['violations'],
};

type WithAxe = { axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };

/** axe finds nothing against WCAG 2.2 AA on the page as it is now. */
export async function expectNoViolations(page: Page, where?: string) {
  // After a navigation in the browser, Next.js streams the page's <title> in after its body: wait for it
  // (a page that never gets one still fails, here) so axe judges the page, not a moment of its loading.
  await expect(page).toHaveTitle(/\S/);
  if (!(await page.evaluate(() => Boolean((window as WithAxe).axe)))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (options) => {
    const axe = (window as WithAxe).axe;
    if (!axe) throw new Error('axe-core did not load in the page');
    const results = await axe.run(document, options);
    return results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, OPTIONS);
  const summary = violations.map((violation) => `${violation.id}: ${violation.help} (${violation.targets.join(', ')})`);
  expect(summary, where).toEqual([]);
}

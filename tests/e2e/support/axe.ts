import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe finds nothing against WCAG 2.2 AA on the page as it is now. */
export async function expectNoViolations(page: Page, where?: string) {
  // After a navigation in the browser, Next.js streams the page's <title> in after its body: wait for it
  // (a page that never gets one still fails, here) so axe judges the page, not a moment of its loading.
  await expect(page).toHaveTitle(/\S/);
  // Only violations are read: axe then skips the details of what passed, most of its time on a long page.
  // (options() replaces what withTags() set, so it comes first.)
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_22_AA)
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, where).toEqual([]);
}

import { expect, test } from '@playwright/test';
import { articlePath, pagePath, searchPath } from '@/lib/routes';
import { newestArticle } from './support/site';

/**
 * The headers themselves are read on every page by the crawl (tests/e2e/crawl.spec.ts) and on
 * redirects and 404s by tests/e2e/addresses.spec.ts; what only a browser can show is that the pages'
 * own scripts run under the Content-Security-Policy without one violation.
 */
test('the pages run under the policy without a single violation', async ({ page }) => {
  // The browser fires this event for every blocked script, style or eval, even one the page catches.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  for (const path of [
    pagePath('contact'),
    articlePath(newestArticle.slug),
    searchPath('plea'),
    pagePath('reliefCheck'),
    pagePath('detained'),
    pagePath('contact', 'es'),
  ]) {
    // Loaded means Next.js's scripts have run, client components' modules included (where zod
    // once checked whether it may use eval, a violation on the relief check).
    await page.goto(path);
    if (path === pagePath('contact')) {
      await page.getByLabel('Full name').fill('Policy Check');
      await page.getByRole('button', { name: 'Request a consultation' }).click();
      await expect(page.getByRole('alert', { name: /Please fix/ })).toBeVisible();
    }
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual(
      [],
    );
  }
});

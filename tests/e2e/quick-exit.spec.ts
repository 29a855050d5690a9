import { expect, test } from '@playwright/test';
import { QUICK_EXIT_DESTINATION } from '@/components/quick-exit';
import { messagesFor } from '@/lib/i18n/messages';
import { homePath, pagePath, type Locale } from '@/lib/routes';

/**
 * The pages a person may read on a phone someone else can see offer a way out
 * at once: a button that leaves for a search engine's front page in place of
 * this page (Back does not return here), and Esc. The search engine is never
 * reached: the test answers for it.
 */
const PAGES = ['detained', 'contact', 'reliefCheck'] as const;

/** This site's page at `path`, not the search engine's. */
const onSite = (path: string) => (url: URL) =>
  url.origin !== new URL(QUICK_EXIT_DESTINATION).origin && url.pathname === path;

for (const locale of ['en', 'es'] as const satisfies readonly Locale[]) {
  const words = messagesFor(locale).quickExit;
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`the quick exit in ${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });
      test.beforeEach(async ({ page }) => {
        await page.route(`${QUICK_EXIT_DESTINATION}**`, (route) =>
          route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Search</title><p>Search</p>' }),
        );
      });

      for (const name of PAGES) {
        test(`${pagePath(name, locale)} shows it first and it leaves the page`, async ({ page }) => {
          await page.goto(homePath(locale));
          await page.goto(pagePath(name, locale));
          const exit = page.getByRole('link', { name: new RegExp(words.label) });
          // Beside the title, on the first screen: found without scrolling.
          await expect(exit).toBeInViewport();
          const exitTop = (await exit.boundingBox())?.y ?? Infinity;
          const headingBottom = await page
            .getByRole('heading', { level: 1 })
            .evaluate((heading) => heading.getBoundingClientRect().bottom);
          expect(exitTop).toBeLessThan(headingBottom);
          await exit.click();
          await expect(page).toHaveURL(QUICK_EXIT_DESTINATION);
          await page.goBack();
          // With JavaScript the page was replaced, so Back skips it; without, it is an ordinary link.
          await expect(page).toHaveURL(onSite(javaScriptEnabled ? homePath(locale) : pagePath(name, locale)));
        });
      }

      if (javaScriptEnabled) {
        test('Esc leaves the page the same way', async ({ page }) => {
          await page.goto(homePath(locale));
          await page.goto(pagePath('detained', locale));
          await expect(page.getByRole('link', { name: new RegExp(words.label) })).toBeVisible();
          await page.keyboard.press('Escape');
          await expect(page).toHaveURL(QUICK_EXIT_DESTINATION);
          await page.goBack();
          await expect(page).toHaveURL(onSite(homePath(locale)));
        });
      }
    });
  }
}

test('Esc that closes the phone menu does not leave the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pagePath('detained'));
  await page.locator('details[data-site-menu] > summary').click();
  await page.keyboard.press('Escape');
  await expect(page.locator('details[data-site-menu]')).not.toHaveAttribute('open', '');
  await expect(page).toHaveURL(onSite(pagePath('detained')));
});

test('pages with no reason for it do not show it', async ({ page }) => {
  await page.goto(pagePath('about'));
  await expect(page.locator('[data-quick-exit]')).toHaveCount(0);
});

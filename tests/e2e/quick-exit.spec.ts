import { expect, test, type Page } from '@playwright/test';
import { QUICK_EXIT_DESTINATION } from '@/components/quick-exit';
import { messagesFor } from '@/lib/i18n/messages';
import { CHECK_COOKIES } from '@/lib/consultation/intake/check-revisit';
import { RECEIPT_COOKIE } from '@/lib/consultation/intake/receipt';
import { homePath, pagePath, type Locale } from '@/lib/routes';

/**
 * The pages a person may read on a phone someone else can see offer a way
 * out at once: a button that leaves for a search engine's front page in
 * place of this page (Back does not return here), and Esc. The search
 * engine is never reached: the test answers for it. Which pages show it,
 * and which do not, is read by the crawl (tests/e2e/crawl.spec.ts).
 */
const PAGES = ['detained', 'contact', 'reliefCheck', 'gather'] as const;

/** This site's page at `path`, not the search engine's. */
const onSite = (path: string) => (url: URL) =>
  url.origin !== new URL(QUICK_EXIT_DESTINATION).origin && url.pathname === path;

const exitOn = (page: Page, locale: Locale) =>
  page.getByRole('link', { name: new RegExp(messagesFor(locale).quickExit.label) });

test.beforeEach(async ({ page }) => {
  await page.route(`${QUICK_EXIT_DESTINATION}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Search</title><p>Search</p>' }),
  );
});

// Spanish titles are the longer ones: if the button fits beside them, it fits beside the English.
test('on every page that has it, it stands beside the title on the first screen', async ({ page }) => {
  for (const name of PAGES) {
    const path = pagePath(name, 'es');
    await page.goto(path);
    const exit = exitOn(page, 'es');
    await expect(exit, path).toBeInViewport();
    const exitTop = (await exit.boundingBox())?.y ?? Infinity;
    const headingBottom = await page
      .getByRole('heading', { level: 1 })
      .evaluate((heading) => heading.getBoundingClientRect().bottom);
    expect(exitTop, path).toBeLessThan(headingBottom);
  }
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the quick exit, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('leaves the page; with JavaScript, Back does not return to it', async ({ page }) => {
      await page.goto(homePath());
      await page.goto(pagePath('detained'));
      await exitOn(page, 'en').click();
      await expect(page).toHaveURL(QUICK_EXIT_DESTINATION);
      await page.goBack();
      // With JavaScript the page was replaced, so Back skips it; without, it is an ordinary link.
      await expect(page).toHaveURL(onSite(javaScriptEnabled ? homePath() : pagePath('detained')));
    });
  });
}

test('with JavaScript, it also expires the cookies that hold what was typed (/api/forget)', async ({
  page,
  context,
}) => {
  // As a relief check answered without JavaScript and a request just sent leave them.
  const kept = [
    ...CHECK_COOKIES.slice(0, 2).map((name) => ({ name, path: pagePath('reliefCheck', 'es') })),
    { name: CHECK_COOKIES[0] ?? '', path: pagePath('reliefCheck') },
    { name: RECEIPT_COOKIE, path: '/' },
  ];
  await page.goto(pagePath('detained'));
  const domain = new URL(page.url()).hostname;
  await context.addCookies(kept.map((cookie) => ({ ...cookie, value: 'sealed', domain })));
  expect(await context.cookies()).toHaveLength(kept.length);
  await exitOn(page, 'en').click();
  await expect(page).toHaveURL(QUICK_EXIT_DESTINATION);
  await expect.poll(async () => (await context.cookies()).map((cookie) => cookie.name)).toEqual([]);
});

test('Esc leaves the page the same way', async ({ page }) => {
  await page.goto(homePath());
  await page.goto(pagePath('detained'));
  await expect(exitOn(page, 'en')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(QUICK_EXIT_DESTINATION);
  await page.goBack();
  await expect(page).toHaveURL(onSite(homePath()));
});

test('Esc that closes the phone menu does not leave the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pagePath('detained'));
  await page.locator('details[data-site-menu] > summary').click();
  await page.keyboard.press('Escape');
  await expect(page.locator('details[data-site-menu]')).not.toHaveAttribute('open', '');
  await expect(page).toHaveURL(onSite(pagePath('detained')));
});

test('on a touch phone, the quick exit does not speak of a key the phone does not have', async ({ page }) => {
  await page.goto(pagePath('detained', 'es'));
  await expect(exitOn(page, 'es')).toBeVisible();
  await expect(exitOn(page, 'es').getByText(messagesFor('es').quickExit.hint)).toBeHidden();
});

test.describe('with a mouse, where there is likely a keyboard', () => {
  test.use({ hasTouch: false, isMobile: false });

  test('the quick exit says Esc does the same', async ({ page }) => {
    await page.goto(pagePath('detained'));
    await expect(exitOn(page, 'en').getByText(messagesFor('en').quickExit.hint)).toBeVisible();
  });
});

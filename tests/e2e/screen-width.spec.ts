import { expect, test, type Page } from '@playwright/test';
import { messagesFor } from '@/lib/i18n/messages';
import {
  articlePath,
  attorneyPath,
  fixedPagePaths,
  localizedPath,
  pagePath,
  practiceAreaPath,
  searchPath,
  type Locale,
} from '@/lib/routes';
import { articles, attorneys, practiceAreas, spanish } from './support/site';

/**
 * Phones from the smallest in use to the largest common one: no page may be
 * wider than the screen (a wider page pushes the fixed call bar off it), in
 * either language, one page of each kind. Articles share one layout; a
 * glossary word's hidden definition is measured on the screen by the last
 * test here.
 */
const WIDTHS = [320, 360, 390, 414];

function pagesOf(locale: Locale): string[] {
  const edition = locale === 'es' ? spanish : { articles, practiceAreas, attorneys };
  const first = <T>(items: readonly T[], path: (item: T) => string) => items.slice(0, 1).map(path);
  return [
    ...fixedPagePaths(locale),
    ...first(edition.articles, (article) => articlePath(article.slug, locale)),
    ...first(edition.practiceAreas, (area) => practiceAreaPath(area.slug, locale)),
    ...first(edition.attorneys, (attorney) => attorneyPath(attorney.slug, locale)),
    searchPath(locale === 'es' ? 'deportación' : 'deportation', locale),
    localizedPath('/no-such-page', locale),
  ];
}

/** At each width: the page is no wider than the screen, and the call bar (where the page has one) is on it. */
async function expectToFit(page: Page, path: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 740 });
    // On a phone a page wider than the screen widens the layout viewport with it: compare with the screen.
    const fit = await page.evaluate(() => {
      const bar = document.querySelector('[data-call-bar]');
      const shown = bar instanceof HTMLElement && getComputedStyle(bar).display !== 'none';
      return {
        pageWidth: Math.max(document.documentElement.scrollWidth, window.innerWidth),
        barBottom: shown ? Math.round(bar.getBoundingClientRect().bottom) : undefined,
        screenHeight: window.innerHeight,
      };
    });
    expect(fit.pageWidth, `${path} at ${width} px`).toBeLessThanOrEqual(width);
    if (fit.barBottom !== undefined) {
      expect(fit.barBottom, `${path}: the call bar at ${width} px`).toBeLessThanOrEqual(fit.screenHeight);
    }
  }
}

for (const locale of ['en', 'es'] as const) {
  test(`every kind of ${locale === 'es' ? 'Spanish' : 'English'} page fits a phone's screen`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const path of pagesOf(locale)) {
      await page.goto(path);
      await expectToFit(page, path);
    }
  });

  test(`the relief check in ${locale} still fits from its second step on`, async ({ page }) => {
    const words = messagesFor(locale).reliefCheck;
    await page.goto(pagePath('reliefCheck', locale));
    await page.getByRole('group', { name: words.questions.court }).getByLabel(words.options.court.federal).check();
    await page.getByRole('button', { name: words.next }).click();
    await expect(page.getByRole('heading', { level: 2, name: words.steps.outcome })).toBeVisible();
    await expectToFit(page, `${pagePath('reliefCheck', locale)}, step 2`);
  });
}

test('a glossary word shows its definition on the screen when focused, and gives it to a screen reader', async ({
  page,
}) => {
  let found = false;
  for (const article of articles) {
    await page.goto(articlePath(article.slug));
    const term = page.locator('main .term-link').last();
    if ((await term.count()) === 0) continue;
    found = true;
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await expect(tip).toBeHidden();
    await expect(term).toHaveAccessibleDescription((await tip.textContent()) ?? '');
    await term.focus();
    await expect(tip).toBeVisible();
    const box = await tip.boundingBox();
    const screen = page.viewportSize();
    expect(box && screen && box.x >= 0 && box.x + box.width <= screen.width).toBe(true);
    break;
  }
  expect(found, 'some published article uses a glossary word').toBe(true);
});

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
import { sameLayoutAsAnArticle } from './support/page-kinds';
import { articles, attorneys, practiceAreas, spanish } from './support/site';

/**
 * No page may be wider than the screen (a wider page pushes the fixed call
 * bar and the menu off it), in either language, one page of each kind: on
 * the smallest phone in use and a large one; at 400 % zoom of a 720 px
 * window, which Chromium lays out as a 180 px screen; and with the phone's
 * text at 150 % and 200 % (Chromium's default font size at 24 and 32 px,
 * which every rem on the site follows). Articles share one layout; a
 * glossary word's hidden definition is measured on the screen by the last
 * test here.
 */
const SCREENS = [
  { width: 320, fontSize: 16 },
  { width: 414, fontSize: 16 },
  { width: 180, fontSize: 16 },
  { width: 360, fontSize: 24 },
  { width: 360, fontSize: 32 },
] as const;
const DEFAULT_FONT_SIZE = 16;

type Screen = (typeof SCREENS)[number];
const described = (screen: Screen) => `${screen.width} px, text at ${screen.fontSize} px`;

/** The text size a reader sets in the phone's settings; it applies at once, without reloading. */
async function setTextSize(page: Page, fontSize: number) {
  const session = await page.context().newCDPSession(page);
  await session.send('Page.setFontSizes', { fontSizes: { standard: fontSize } });
  await session.detach();
}

function pagesOf(locale: Locale): string[] {
  const edition = locale === 'es' ? spanish : { articles, practiceAreas, attorneys };
  const first = <T>(items: readonly T[], path: (item: T) => string) => items.slice(0, 1).map(path);
  return [
    // Prose pages in the article's layout are measured with the article (support/page-kinds.ts).
    ...fixedPagePaths(locale).filter((path) => !sameLayoutAsAnArticle(locale).has(path)),
    ...first(edition.articles, (article) => articlePath(article.slug, locale)),
    ...first(edition.practiceAreas, (area) => practiceAreaPath(area.slug, locale)),
    ...first(edition.attorneys, (attorney) => attorneyPath(attorney.slug, locale)),
    searchPath(locale === 'es' ? 'deportación' : 'deportation', locale),
    localizedPath('/no-such-page', locale),
  ];
}

/**
 * On each screen: the page is no wider than the screen, and the call bar
 * (where the page has one) is either fixed on the screen or, where large
 * text leaves no room for it, the page's last block, its buttons' words
 * inside their padding.
 */
async function expectToFit(page: Page, path: string) {
  for (const screen of SCREENS) {
    await page.setViewportSize({ width: screen.width, height: 740 });
    await setTextSize(page, screen.fontSize);
    // On a phone a page wider than the screen widens the layout viewport with it: compare with the screen.
    const fit = await page.evaluate(() => {
      const bar = document.querySelector('[data-call-bar]');
      const shown = bar instanceof HTMLElement && getComputedStyle(bar).display !== 'none';
      return {
        pageWidth: Math.max(document.documentElement.scrollWidth, window.innerWidth),
        bar: shown
          ? {
              fixed: getComputedStyle(bar).position === 'fixed',
              bottom: Math.round(bar.getBoundingClientRect().bottom),
              // A button off the screen's edge, or whose words run into its padding ("Consulta" at 360 px once did), reads as cut off.
              crowded: [...bar.querySelectorAll('a, button')].flatMap((button) => {
                // The words seen, not those kept for screen readers only (positioned out of the flow).
                const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
                const box = button.getBoundingClientRect();
                const style = getComputedStyle(button);
                let inside = box.left >= -1 && box.right <= window.innerWidth + 1;
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const parent = node.parentElement;
                  if (!node.textContent?.trim() || !parent || getComputedStyle(parent).position === 'absolute')
                    continue;
                  const words = document.createRange();
                  words.selectNodeContents(node);
                  const text = words.getBoundingClientRect();
                  inside &&=
                    text.left >= box.left + parseFloat(style.paddingLeft) - 1 &&
                    text.right <= box.right - parseFloat(style.paddingRight) + 1;
                }
                return inside ? [] : [button.textContent?.trim() ?? ''];
              }),
            }
          : undefined,
        screenHeight: window.innerHeight,
      };
    });
    expect(fit.pageWidth, `${path} at ${described(screen)}`).toBeLessThanOrEqual(screen.width);
    if (fit.bar?.fixed) {
      expect(fit.bar.bottom, `${path}: the call bar at ${described(screen)}`).toBeLessThanOrEqual(fit.screenHeight);
    }
    expect(fit.bar?.crowded ?? [], `${path}: the call bar's buttons at ${described(screen)}`).toEqual([]);
  }
  await setTextSize(page, DEFAULT_FONT_SIZE);
}

test('with large text the call bar gives the screen back, and comes back at normal size', async ({ page }) => {
  await page.goto('/');
  const bar = page.locator('[data-call-bar]');
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(bar).toHaveCSS('position', 'fixed');
  await setTextSize(page, 32);
  await expect(bar).toHaveCSS('position', 'static');
  await setTextSize(page, DEFAULT_FONT_SIZE);
  await expect(bar).toHaveCSS('position', 'fixed');
});

test('the open menu fits the screen at every text size', async ({ page }) => {
  await page.goto('/');
  await page.locator('details[data-site-menu] summary').click();
  await expectToFit(page, '/, menu open');
});

for (const locale of ['en', 'es'] as const) {
  test(`every kind of ${locale === 'es' ? 'Spanish' : 'English'} page fits a phone's screen`, async ({ page }) => {
    test.setTimeout(240_000);
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

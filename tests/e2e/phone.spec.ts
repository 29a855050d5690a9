import { expect, test, type Page } from '@playwright/test';
import { articlePath, homePath, pagePath } from '@/lib/routes';
import { expectNoViolations } from './support/axe';
import { firm, newestArticle } from './support/site';

const PHONE = { width: 390, height: 844 };
const PAGES = { home: homePath(), article: articlePath(newestArticle.slug), contact: pagePath('contact') };

test.use({ viewport: PHONE });

test('on a phone, the title of every page starts within the first 200 pixels', async ({ page }) => {
  for (const path of Object.values(PAGES)) {
    await page.goto(path);
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(title?.y, path).toBeLessThanOrEqual(200);
  }
});

const menuButton = (page: Page) => page.locator('details[data-site-menu] > summary');
const menuLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'Practice areas' });

test('the phone menu opens and closes with the keyboard, and Escape closes it', async ({ page }) => {
  await page.goto(PAGES.article);
  await expect(menuLink(page)).toBeHidden();
  await menuButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(menuLink(page)).toBeVisible();
  await page.keyboard.press('Tab');
  // The first of the menu's links: the page for a person charged, before a plea.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Charged with a crime?' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menuLink(page)).toBeHidden();
  await expect(page.locator('details[data-site-menu] > summary')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(menuLink(page)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(menuLink(page)).toBeHidden();
});

test('choosing a page in the phone menu closes the menu on the next page', async ({ page }) => {
  await page.goto(PAGES.home);
  await menuButton(page).click();
  await menuLink(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice areas');
  await expect(menuLink(page)).toBeHidden();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the phone menu still opens and closes', async ({ page }) => {
    await page.goto(PAGES.home);
    await menuButton(page).click();
    await expect(menuLink(page)).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Search articles' })).toBeVisible();
    await menuButton(page).click();
    await expect(menuLink(page)).toBeHidden();
  });
});

test('axe finds no WCAG 2.2 AA problem with the phone menu open', async ({ page }) => {
  await page.goto(PAGES.article);
  await menuButton(page).click();
  await expect(menuLink(page)).toBeVisible();
  await expectNoViolations(page);
});

test('the call bar stays on screen but never covers the end of an article, and is gone where the form is', async ({
  page,
}) => {
  await page.goto(PAGES.article);
  const bar = page.locator('[data-call-bar]');
  await expect(bar.getByRole('link', { name: /^Call/ })).toHaveAttribute('href', /^tel:/);
  await expect(bar.getByRole('link', { name: 'Consultation' })).toBeVisible();
  await expect(bar.getByRole('link', { name: 'Detained?' })).toHaveAttribute('href', pagePath('detained'));
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const barTop = (await bar.boundingBox())?.y ?? 0;
  const lastLine = await page.getByRole('contentinfo').locator('p').last().boundingBox();
  expect(barTop).toBeGreaterThan(0);
  expect((lastLine?.y ?? Infinity) + (lastLine?.height ?? 0)).toBeLessThanOrEqual(barTop);

  await page.goto(PAGES.contact);
  await expect(page.locator('[data-call-bar]')).toBeHidden();
});

test('a printed article keeps the text and drops the page furniture, with the address of each outside link', async ({
  page,
}) => {
  await page.goto(PAGES.article);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('section[data-footnotes]')).toBeVisible();
  for (const chrome of [page.getByRole('banner'), page.locator('[data-call-bar]'), page.getByRole('contentinfo')]) {
    await expect(chrome).toBeHidden();
  }
  await expect(
    page
      .getByRole('article')
      .getByText(/^Not yet reviewed|^Reviewed by/)
      .first(),
  ).toBeVisible();
  // The firm's name and phone close the printout.
  const closing = page.getByRole('article').locator('p').filter({ hasText: firm.name }).last();
  await expect(closing).toBeVisible();
  await expect(closing.getByRole('link')).toHaveAttribute('href', /^tel:/);
  const shown = await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://www.uscis.gov/';
    link.textContent = 'USCIS';
    document.querySelector('.prose')?.appendChild(link);
    return getComputedStyle(link, '::after').content;
  });
  expect(shown).toBe('" (https://www.uscis.gov/)"');
});

test('on a phone every control is at least 44 by 44 pixels', async ({ page }) => {
  for (const path of Object.values(PAGES)) {
    await page.goto(path);
    await menuButton(page).click();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('a, button, summary, input, select, textarea')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) return false;
          // Links inside a sentence are exempt (WCAG 2.5.8); radio buttons and check boxes are tapped by their large labels.
          if (element.closest('p, .prose, dd, td, address, .term')) return false;
          if (element instanceof HTMLInputElement && ['radio', 'checkbox', 'hidden'].includes(element.type))
            return false;
          if (element.closest('[aria-hidden="true"], .sr-only')) return false;
          return box.width < 44 || box.height < 44;
        })
        .map(
          (element) =>
            `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 30)}" ${Math.round(element.getBoundingClientRect().width)}x${Math.round(element.getBoundingClientRect().height)}`,
        ),
    );
    expect(small, path).toEqual([]);
  }
});

// The link is in the server's HTML (the crawl checks every page); where it falls on the screen is layout.
test('the way to the detention page is on the first screen of every page', async ({ page }) => {
  for (const path of Object.values(PAGES)) {
    await page.goto(path);
    const link = page.getByRole('link', { name: 'Someone detained? What to do now' }).first();
    await expect(link, path).toBeInViewport();
    await expect(link).toHaveAttribute('href', pagePath('detained'));
  }
  await page.getByRole('link', { name: 'Someone detained? What to do now' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('detained');
});

test('the phone number read back on leaving the field does not move the form: a tap on the next field lands', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(pagePath('contact', 'es'));
  const phone = page.getByRole('textbox', { name: 'Número de teléfono' });
  const evening = page.getByRole('radio', { name: 'Por la noche' });
  // Measured from the phone field, so the scroll that follows the focus does not count.
  const gap = async () => ((await evening.boundingBox())?.y ?? 0) - ((await phone.boundingBox())?.y ?? 0);
  await phone.fill('347 555 0188');
  const before = await gap();
  await page.keyboard.press('Tab');
  await expect(page.getByText('¿Es correcto? (347) 555-0188')).toBeVisible();
  expect(await gap()).toBe(before);
});

import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  articlePath,
  attorneyPath,
  fixedPagePaths,
  homePath,
  LOCALES,
  pagePath,
  practiceAreaPath,
  searchPath,
  type Locale,
} from '@/lib/routes';
import { expectNoViolations } from './support/axe';
import { sameLayoutAsAnArticle } from './support/page-kinds';
import { attorneys, newestArticle, practiceAreas, translatedPair } from './support/site';

/**
 * One page of each kind, as a browser renders it. The about, privacy,
 * disclaimer and "charged with a crime" pages are prose in the article's layout, and the article
 * index's later pages are its first page's layout: the article and the
 * first page stand for them. The Spanish edition has the same markup with
 * other words, so axe judges the Spanish pages whose words it reads in ways
 * the markup alone does not settle (names, labels, the 404 page): the home
 * page, an article, the forms and the relief check.
 */
function pageKinds(locale: Locale): string[] {
  if (locale === 'es') {
    return [
      homePath('es'),
      articlePath(translatedPair.spanish.slug, 'es'),
      pagePath('contact', 'es'),
      pagePath('padilla', 'es'),
      pagePath('reliefCheck', 'es'),
      articlePath('no-existe', 'es'),
    ];
  }
  return [
    ...fixedPagePaths('en').filter((path) => !sameLayoutAsAnArticle('en').has(path)),
    articlePath(newestArticle.slug),
    ...practiceAreas.slice(0, 1).map((area) => practiceAreaPath(area.slug)),
    ...attorneys.slice(0, 1).map((attorney) => attorneyPath(attorney.slug)),
    searchPath('plea'),
    articlePath('not-a-real-article'),
  ];
}

for (const locale of LOCALES) {
  test(`every kind of page in ${locale} has no WCAG 2.2 AA violations`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const path of pageKinds(locale)) {
      await page.goto(path);
      await expectNoViolations(page, path);
    }
  });
}

test('the axe check fails on a page with a violation, naming it', async ({ page }) => {
  // The helper runs axe-core in the page itself: this keeps it from passing everything by mistake.
  await page.setContent(
    '<html lang="en"><title>A bad page</title><main><img src="/x.png"><button></button></main></html>',
  );
  const failure = await expectNoViolations(page).then(
    () => '',
    (error: unknown) => String(error),
  );
  expect(failure).toContain('image-alt');
  expect(failure).toContain('button-name');
});

test('the contact form with errors has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto(pagePath('contact'));
  await page.getByRole('button', { name: 'Request a consultation' }).click();
  await expect(page.getByRole('alert', { name: /Please fix/ })).toBeVisible();
  await expectNoViolations(page);
});

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it takes more than `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 40, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

test('a keyboard user goes from the skip link through the navigation to a sent request, and the confirmation has no violations', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  // Back up into the header, as someone looking for the navigation would: on a phone, to the menu.
  const menu = page.locator('details[data-site-menu] > summary');
  await tabTo(page, menu, 10, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const contactLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact' });
  await tabTo(page, contactLink, 10);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/contact$/);

  await tabTo(page, page.getByLabel('Your full name'), 60);
  await page.keyboard.type('Keyboard Person');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group', { name: 'Who needs help?' }).getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // their name: not needed, it is me
  await page.keyboard.press('Tab'); // how I know them: not needed either
  await page.keyboard.press('Tab'); // phone: an email alone is enough
  await expect(page.getByLabel('Phone number')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('keys@example.com');
  await page.keyboard.press('Tab'); // best time to call, optional: its first radio
  await page.keyboard.press('Tab'); // the note on when to call, optional
  for (const group of [
    'Which language do you prefer?',
    // "Another language"'s box is shown only once that answer is chosen: the next stop is the interpreter.
    'Do you need an interpreter?',
    'Is the person who needs help a US citizen?',
    'What is the case about?',
    'Is the person who needs help detained now?',
  ]) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('group', { name: group }).getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Tab'); // hearing date, optional
  await tabTo(page, page.getByLabel('What kind of charge or case is it? (optional)'), 5);
  await page.keyboard.type('Old conviction');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Request a consultation' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/contact\/received\?reference=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We have received your request');
  // Next.js announces the new page's title to screen readers after the navigation.
  await expect(page.locator('next-route-announcer')).toContainText('We have received your request');
  await expectNoViolations(page);
});

test('every control shows where the keyboard focus is', async ({ page }) => {
  await page.goto(pagePath('contact'));
  const seen = new Set<string>();
  for (let presses = 0; presses < 45; presses++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      // Inside a date field, Tab also visits its day, month, year and picker parts, which the browser rings itself.
      if (element instanceof HTMLInputElement && element.type === 'date' && !element.matches(':focus-visible'))
        return null;
      const style = getComputedStyle(element);
      return {
        name: `${element.tagName} ${element.textContent?.trim().slice(0, 30) ?? ''}`,
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    if (!focus) continue;
    seen.add(focus.name);
    expect(focus.outline, focus.name).not.toBe('none');
    expect(focus.width, focus.name).toBeGreaterThanOrEqual(2);
  }
  expect(seen.size).toBeGreaterThanOrEqual(15);
});

test('motion is turned off for people who ask for less of it', async ({ page }) => {
  // The site animates nothing today; this checks the global rule that keeps any future transition still.
  const transitionOfNewElement = () =>
    page.evaluate(() => {
      const probe = document.createElement('a');
      probe.style.transition = 'color 1s';
      document.body.append(probe);
      const duration = getComputedStyle(probe).transitionDuration;
      probe.remove();
      return parseFloat(duration);
    });
  await page.goto('/');
  expect(await transitionOfNewElement()).toBe(1);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await transitionOfNewElement()).toBeLessThanOrEqual(0.001);
});

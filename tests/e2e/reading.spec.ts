import { expect, test } from '@playwright/test';
import { formatDate } from '@/lib/dates';
import { lastUpdated } from '@/lib/content/publication';
import { articleIndexPath, articlePath, practiceAreaPath } from '@/lib/routes';
import { openMenuIfPhone } from './support/menu';
import { newestArticle, practiceAreas } from './support/site';

/**
 * A reader's way through the site in a browser. What every page's HTML holds (the frame, notices,
 * review lines, tables of contents, pagination, the 404 pages) is read by the crawl
 * (tests/e2e/crawl.spec.ts) and tests/e2e/addresses.spec.ts.
 */
const escaped = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

test('a reader goes from the home page to an article and on to its practice area', async ({ page }) => {
  const article = newestArticle;
  const area = practiceAreas.find((candidate) => article.tags.includes(candidate.slug));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('One plea can mean deportation');

  await openMenuIfPhone(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await expect(page).toHaveURL(new RegExp(`${articleIndexPath()}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: article.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${articlePath(article.slug)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(page.getByRole('article').first().locator(`time[datetime="${article.date}"]`).first()).toBeVisible();
  if (article.headings.length > 0) await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  await expect(page.getByText(escaped(`last updated on ${formatDate(lastUpdated(article))}`))).toBeVisible();
  // GFM footnotes carry the legal citations.
  await expect(page.locator('section[data-footnotes] li').first()).toBeVisible();

  if (!area) return;
  await page.getByRole('list', { name: 'Practice areas' }).getByRole('link', { name: area.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${practiceAreaPath(area.slug)}$`));
  await expect(page.getByRole('heading', { level: 1, name: area.title })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: article.title, exact: true })).toBeVisible();
});

test('the skip link takes a keyboard user straight to the content', async ({ page }) => {
  await page.goto(articleIndexPath());
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the content, not the header navigation.
  await expect(page.locator('main :focus')).toHaveCount(1);
});

test('a glossary word links to its entry and shows its meaning on focus, with no script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(articlePath(newestArticle.slug));
  const term = page.locator('.term-link').first();
  await expect(term).toHaveAttribute('href', /\/glossary#[a-z-]+$/);
  const tip = page.locator('.term-tip').first();
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await expect(term).toHaveAccessibleDescription((await tip.textContent()) ?? 'missing');
  const anchor = new URL((await term.getAttribute('href')) ?? '', 'http://x').hash.slice(1);
  // Followed from the keyboard, where it has the focus: a word that wraps onto two lines has no text at the centre of its box to click.
  await term.press('Enter');
  await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
  await context.close();
});

import { expect, test } from '@playwright/test';

test('a reader goes from the home page to an article and on to its practice area', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('One plea can mean deportation');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();

  await page.getByRole('link', { name: /Post-conviction relief for non-US citizens/ }).click();
  await expect(page).toHaveURL(/\/articles\/post-conviction-relief-for-noncitizens$/);
  const article = page.getByRole('article').first();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Post-conviction relief for non-US citizens');
  await expect(article.locator('time[datetime="2026-10-05"]').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  await expect(page.getByText(/This article is general information, not legal advice.*last reviewed on November 2, 2026/)).toBeVisible();
  // GFM footnotes carry the legal citations.
  await expect(page.locator('section[data-footnotes] li').filter({ hasText: 'Padilla v. Kentucky' })).toHaveCount(1);

  await page.getByRole('list', { name: 'Practice areas' }).getByRole('link', { name: 'Post-conviction relief' }).click();
  await expect(page).toHaveURL(/\/practice-areas\/post-conviction-relief$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Post-conviction relief' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Post-conviction relief for non-US citizens/ })).toBeVisible();
});

test('the article index pages through older articles ten at a time', async ({ page }) => {
  await page.goto('/articles');
  const titles = page.locator('main article h2');
  await expect(titles).toHaveCount(10);
  const firstPage = await titles.allTextContents();

  await page.getByRole('link', { name: 'Older articles' }).click();
  await expect(page).toHaveURL(/\/articles\/page\/2$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles, page 2');
  const secondPage = await titles.allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

  await page.getByRole('link', { name: 'Newer articles' }).click();
  await expect(page).toHaveURL(/\/articles$/);
});

test('an unknown article answers 404 with a way forward', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await page.getByRole('main').getByRole('searchbox').fill('pardon');
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: /Pardons and immigration/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('main').getByRole('link', { name: /\(555\) 010-0100/ })).toHaveAttribute('href', 'tel:+15550100100');
});

test('the skip link takes a keyboard user straight to the content', async ({ page }) => {
  await page.goto('/articles');
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

test('every page carries the firm, its phone and the advertising notices', async ({ page }) => {
  await page.goto('/practice-areas');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('STERN Law, LLC');
  await expect(footer).toContainText('Attorney Advertising');
  await expect(footer).toContainText('Prior results do not guarantee a similar outcome');
  await expect(page.getByRole('banner').getByRole('link', { name: /Call/ })).toHaveAttribute('href', 'tel:+15550100100');
});

import { expect, test } from '@playwright/test';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search finds articles and marks the words', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('banner').getByRole('searchbox', { name: 'Search articles' }).fill('coram nobis');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=coram\+nobis$/);
    await expect(page.getByRole('heading', { level: 2 })).toContainText('for “coram nobis”');
    const first = page.getByRole('main').getByRole('listitem').first();
    await expect(first.getByRole('link')).toHaveText('Coram nobis: challenging a conviction after your sentence is over');
    await expect(first.locator('mark').first()).toHaveText(/coram/i);
  });

  test('a search with no results says what to try next', async ({ page }) => {
    await page.goto('/search?q=xylophone');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('No results for “xylophone”');
    await expect(page.getByRole('link', { name: 'ask us directly' })).toHaveAttribute('href', '/contact');
  });
});

test('every page in the sitemap answers 200 with one h1, a title, a description and a canonical link', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  expect(urls.length).toBeGreaterThan(20);
  for (const path of urls) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    // Every page but home carries the template "<page> | STERN Law, LLC"; home has its own full title.
    expect(await page.title(), path).toMatch(path === '/' ? /^STERN Law, LLC: .{10,}$/ : /^\S.{2,} \| STERN Law, LLC$/);
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /.{50,}/);
    const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '', 'http://invalid');
    expect(`${canonical.origin}${canonical.pathname}`, path).toBe(`http://localhost:3000${path}`);
  }
});

test('an article carries BlogPosting and breadcrumb data, and the layout links the feed', async ({ page, request }) => {
  await page.goto('/articles/post-conviction-relief-for-noncitizens');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = blocks.map((block) => (JSON.parse(block) as { '@type': string })['@type']);
  expect(types.sort()).toEqual(['BlogPosting', 'BreadcrumbList', 'LegalService']);
  const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  expect(feedHref).toMatch(/\/feed\.xml$/);
  const feed = await request.get('/feed.xml');
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  expect(await feed.text()).toContain('<title><![CDATA[Post-conviction relief for non-US citizens');
});

test('each article has its own share image, and an unknown article has none', async ({ request }) => {
  const image = await request.get('/articles/pardons-and-immigration/opengraph-image');
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
  expect((await request.get('/articles/no-such-article/opengraph-image')).status()).toBe(404);
});

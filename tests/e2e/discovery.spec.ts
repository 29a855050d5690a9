import { expect, test } from '@playwright/test';
import { articlePath, contentPagePaths, feedPath, fixedPagePaths, homePath, pagePath, searchPath } from '@/lib/routes';
import { openMenuIfPhone } from './support/menu';
import {
  articles,
  attorneys,
  DESKTOP_TOO,
  firm,
  newestArticle,
  practiceAreas,
  spanishPagePaths,
  translatedPair,
} from './support/site';

const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search finds articles and marks the words', async ({ page }) => {
    await page.goto('/');
    const query = newestArticle.title;
    await openMenuIfPhone(page);
    await page.getByRole('banner').getByRole('searchbox', { name: 'Search articles' }).fill(query);
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL((url) => url.pathname === searchPath() && url.searchParams.get('q') === query);
    await expect(page.getByRole('heading', { level: 2 })).toContainText(`for “${query}”`);
    const first = page.getByRole('main').getByRole('listitem').first();
    await expect(first.getByRole('link')).toHaveText(newestArticle.title);
    await expect(first.locator('mark').first()).toBeVisible();
  });

  test('a search with no results says what to try next', async ({ page }) => {
    await page.goto(searchPath('xylophone'));
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('No results for “xylophone”');
    await expect(page.getByRole('link', { name: 'ask us directly' })).toHaveAttribute('href', pagePath('contact'));
  });
});

test('every page in the sitemap answers 200 with one h1, a title, a description and a canonical link', async ({
  page,
  request,
}) => {
  // Both languages' pages, one after another: more than the default 30 seconds on a slow machine.
  test.setTimeout(180_000);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const expected = [
    ...fixedPagePaths(),
    ...contentPagePaths({
      articles: slugs(articles),
      practiceAreas: slugs(practiceAreas),
      attorneys: slugs(attorneys),
    }),
    ...spanishPagePaths(),
  ];
  expect(urls.sort()).toEqual(expected.sort());
  for (const path of urls) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    // Every page but home carries the template "<page> | <firm>"; home has its own full title.
    const firmName = escaped(firm.name);
    expect(await page.title(), path).toMatch(
      path === homePath() || path === homePath('es')
        ? new RegExp(`^${firmName}: .{10,}$`)
        : new RegExp(`^\\S.{2,} \\| ${firmName}$`),
    );
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /.{50,}/);
    const canonical = new URL(
      (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '',
      'http://invalid',
    );
    expect(`${canonical.origin}${canonical.pathname}`, path).toBe(`http://localhost:3000${path}`);
  }
});

test('an article carries BlogPosting and breadcrumb data, and the layout links the feed', async ({ page, request }) => {
  await page.goto(articlePath(newestArticle.slug));
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = blocks.map((block) => (JSON.parse(block) as { '@type': string })['@type']);
  expect(types.sort()).toEqual(['BlogPosting', 'BreadcrumbList', 'LegalService']);
  const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  expect(feedHref).toMatch(/\/feed\.xml$/);
  const feed = await request.get(feedPath());
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  expect(await feed.text()).toContain(`<title><![CDATA[${newestArticle.title}]]></title>`);
});

test('each article has its own share image, in its language, and an unknown article has none', async ({
  page,
  request,
}) => {
  const images: string[] = [];
  for (const path of [articlePath(newestArticle.slug), articlePath(translatedPair.spanish.slug, 'es')]) {
    await page.goto(path);
    const url = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
    const image = await request.get(`${url.pathname}${url.search}`);
    expect(image.status(), path).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
    images.push(url.pathname);
  }
  expect(new Set(images).size).toBe(2);
  const unknown = images[0]?.replace(newestArticle.slug, 'no-such-article') ?? '';
  expect((await request.get(unknown)).status()).toBe(404);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`search with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, DESKTOP_TOO, () => {
    test.use({ javaScriptEnabled });

    for (const [locale, query] of [
      ['en', 'DUI'],
      ['en', 'drunk driving'],
      ['es', 'manejar borracho'],
      ['es', 'DWI'],
    ] as const) {
      test(`"${query}" finds the relief check, and the language switch searches the same words`, async ({ page }) => {
        await page.goto(searchPath(query, locale));
        await expect(page.getByRole('main').locator(`a[href="${pagePath('reliefCheck', locale)}"]`)).toBeVisible();
        const other = locale === 'en' ? 'es' : 'en';
        await expect(page.getByRole('banner').locator(`a[hreflang="${other}"]`)).toHaveAttribute(
          'href',
          searchPath(query, other),
        );
      });
    }

    // A family's words for a court date and an immigration hold find the page that answers them.
    for (const [locale, query] of [
      ['en', 'court date'],
      ['en', 'hearing date'],
      ['en', 'ICE hold'],
      ['es', 'fecha de audiencia'],
      ['es', 'hold de ICE'],
    ] as const) {
      test(`"${query}" finds the detention page`, async ({ page }) => {
        await page.goto(searchPath(query, locale));
        await expect(page.getByRole('main').locator(`a[href="${pagePath('detained', locale)}"]`)).toBeVisible();
      });
    }
  });
}

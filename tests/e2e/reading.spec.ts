import { expect, test } from '@playwright/test';
import { formatDate } from '@/lib/dates';
import { displayPhone, telHref } from '@/lib/phone';
import { lastUpdated } from '@/lib/content/publication';
import {
  ARTICLES_PER_PAGE,
  articleIndexPageCount,
  articleIndexPath,
  articlePath,
  homePath,
  localizedPath,
  pagePath,
  practiceAreaIndexPath,
  practiceAreaPath,
} from '@/lib/routes';
import { stateName } from '@/lib/content/states';
import { jurisdictionLabel } from '@/lib/content/jurisdiction';
import { licenceGap } from '@/lib/content/licence';
import { messagesFor } from '@/lib/i18n/messages';
import { openMenuIfPhone } from './support/menu';
import { englishWords } from './support/words';
import { articles, attorneys, firm, newestArticle, practiceAreas, spanish } from './support/site';

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

test('the article index pages through older articles ten at a time', async ({ page }) => {
  test.skip(articleIndexPageCount(articles.length) < 2, 'the site has one page of articles');
  await page.goto(articleIndexPath());
  const titles = page.locator('main article h2');
  await expect(titles).toHaveCount(ARTICLES_PER_PAGE);
  const firstPage = await titles.allTextContents();

  await page.getByRole('link', { name: 'Older articles' }).click();
  await expect(page).toHaveURL(new RegExp(`${articleIndexPath(2)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles, page 2');
  const secondPage = await titles.allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

  await page.getByRole('link', { name: 'Newer articles' }).click();
  await expect(page).toHaveURL(new RegExp(`${articleIndexPath()}$`));
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const [path, lang, anArticle] of [
      [articlePath('no-such-article'), 'en', newestArticle],
      ['/old-page', 'en', newestArticle],
      [localizedPath('/nada', 'es'), 'es', spanish.articles[0]],
      [articlePath('no-existe', 'es'), 'es', spanish.articles[0]],
    ] as const) {
      test(`${path} answers 404 with the whole site around it and a way forward`, async ({ page }) => {
        const words = messagesFor(lang);
        const firmHere = lang === 'es' ? spanish.firm : firm;
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.notFound.title);
        await expect(page.getByRole('banner').getByRole('link', { name: firmHere.name })).toBeVisible();
        await expect(page.getByRole('contentinfo')).toBeVisible();
        const main = page.getByRole('main');
        await expect(main.getByRole('link', { name: words.notFound.detained })).toHaveAttribute(
          'href',
          pagePath('detained', lang),
        );
        await expect(main.getByRole('link', { name: escaped(displayPhone(firmHere.phone)) })).toHaveAttribute(
          'href',
          telHref(firmHere.phone),
        );
        if (!anArticle) return;
        await main.getByRole('searchbox').fill(anArticle.title);
        await main.getByRole('button', { name: words.search.button }).click();
        await expect(page.getByRole('main').getByRole('link', { name: anArticle.title, exact: true })).toBeVisible();
      });
    }
  });
}

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

test('every page carries the firm, its phone and the advertising notices', async ({ page }) => {
  await page.goto(practiceAreaIndexPath());
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(firm.name);
  await expect(footer).toContainText('Attorney Advertising');
  await expect(footer).toContainText('Prior results do not guarantee a similar outcome');
  await expect(page.getByRole('banner').getByRole('link', { name: /Call/ })).toHaveAttribute(
    'href',
    telHref(firm.phone),
  );
});

test('every table-of-contents link leads to a heading on the rendered article', async ({ page }) => {
  let withContents = 0;
  for (const article of articles) {
    await page.goto(articlePath(article.slug));
    const contents = page.getByRole('navigation', { name: 'On this page' });
    if ((await contents.count()) === 0) continue;
    withContents += 1;
    const targets = await contents
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    // The outline computed from the file names the same ids as the headings the page renders.
    expect(targets, article.slug).toEqual(
      article.headings.filter((heading) => heading.depth === 2).map((heading) => `#${heading.id}`),
    );
    const missing = await page.evaluate(
      (hrefs) => hrefs.filter((href) => document.getElementById(decodeURIComponent(href.slice(1)))?.tagName !== 'H2'),
      targets,
    );
    expect(missing, article.slug).toEqual([]);
  }
  expect(withContents).toBeGreaterThan(0);
});

test('while firm facts are samples, every page says so and marks each sample where it shows', async ({ page }) => {
  for (const path of [homePath(), articlePath(newestArticle.slug), pagePath('contact')]) {
    await page.goto(path);
    await expect(page.getByRole('complementary', { name: 'Sample details' }), path).toContainText(
      `This is a preview, not the live website of ${firm.name}.`,
    );
    // The phone number a worried relative would dial says, inside the link, that it is a sample.
    await expect(page.getByRole('banner').getByRole('link', { name: /Call/ }), path).toHaveAccessibleName(
      `Call ${displayPhone(firm.phone)} (sample)`,
    );
  }
  const [legalService] = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((block) => JSON.parse(block) as Record<string, unknown>)
    .filter((block) => block['@type'] === 'LegalService');
  expect(legalService).toBeDefined();
  expect(legalService).not.toHaveProperty('telephone');
  expect(legalService).not.toHaveProperty('address');
});

test('an article says who reviewed it, or honestly that no attorney has yet', async ({ page }) => {
  const article = newestArticle;
  await page.goto(articlePath(article.slug));
  const header = page.getByRole('article').locator('header');
  if (article.reviewedBy && article.reviewed) {
    await expect(header).toContainText(`Reviewed by`);
    const reviewer = attorneys.find((attorney) => attorney.slug === article.reviewedBy);
    await expect(header.getByRole('link', { name: reviewer?.name ?? 'missing reviewer' })).toBeVisible();
  } else {
    await expect(header).toContainText('Not yet reviewed by one of the firm’s attorneys');
  }
  if (article.jurisdiction)
    await expect(header).toContainText(jurisdictionLabel(article.jurisdiction, englishWords('articles'), 'en'));
});

test('an article about a state where no attorney is admitted says so at its end, and one where one is admitted does not', async ({
  page,
}) => {
  const words = messagesFor('en').articles;
  const withGap = articles.find((article) => licenceGap(article.jurisdiction, attorneys)?.kind === 'state');
  const withoutGap = articles.find(
    (article) =>
      article.jurisdiction && article.jurisdiction !== 'general' && !licenceGap(article.jurisdiction, attorneys),
  );
  if (!withGap || !withoutGap)
    throw new Error('the site needs a state article on each side of the attorneys’ admissions');
  const gap = licenceGap(withGap.jurisdiction, attorneys);
  const state = gap?.kind === 'state' ? stateName(gap.state, 'en') : '';
  const article = page.locator('main article').first();
  await page.goto(articlePath(withGap.slug));
  await expect(article).toContainText(words.licence.state.replace('{state}', state));
  await page.goto(articlePath(withoutGap.slug));
  await expect(article).toBeVisible();
  await expect(article).not.toContainText(words.licence.state.split('{state}')[0] ?? '');
  // The foot of every page says where the lawyers are licensed, federal courts included.
  const courts = attorneys.flatMap((attorney) => attorney.federalCourts);
  if (courts[0]) await expect(page.getByRole('contentinfo')).toContainText(courts[0]);
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

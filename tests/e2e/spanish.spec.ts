import { expect, test, type Page } from '@playwright/test';
import { displayPhone } from '@/lib/phone';
import {
  articleIndexPath,
  articlePath,
  attorneyPath,
  consultationReceivedPath,
  homePath,
  pagePath,
  practiceAreaIndexPath,
  practiceAreaPath,
  searchPath,
} from '@/lib/routes';
import { messagesFor } from '@/lib/i18n/messages';
import { expectNoViolations } from './support/axe';
import { mailWithSubjectContaining } from './support/mailbox';
import { spanish, translatedPair, untranslatedArticle } from './support/site';
import { wordsIn } from './support/words';

const form = wordsIn('es', 'form');
const { options } = messagesFor('es').form;
const BASE = 'http://localhost:3000';

/** The switch to the other language, at the top of every page. */
const languageSwitch = (page: Page) => page.locator('header [data-language-switch]');

/** <html lang> and the page's hreflang links, as search engines read them. */
async function languageMarks(page: Page) {
  const lang = await page.locator('html').getAttribute('lang');
  const alternates = Object.fromEntries(
    await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
  );
  return { lang, alternates };
}

test('a Spanish reader goes from /es to a Spanish article, to its English version and back', async ({ page }) => {
  const { spanish: translation, english } = translatedPair;
  const spanishPath = articlePath(translation.slug, 'es');
  const englishPath = articlePath(english.slug);

  await page.goto(homePath('es'));
  expect((await languageMarks(page)).lang).toBe('es');
  await page.getByRole('link', { name: 'Todos los artículos' }).click();
  await expect(page).toHaveURL(new RegExp(`${articleIndexPath(1, 'es')}$`));
  await page.getByRole('link', { name: translation.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${spanishPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(translation.title);
  expect(await languageMarks(page)).toEqual({
    lang: 'es',
    alternates: { en: `${BASE}${englishPath}`, es: `${BASE}${spanishPath}`, 'x-default': `${BASE}${englishPath}` },
  });

  await expect(languageSwitch(page)).toHaveText('English');
  await expect(languageSwitch(page)).toHaveAttribute('lang', 'en');
  await languageSwitch(page).click();
  await expect(page).toHaveURL(new RegExp(`${englishPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.title);
  expect((await languageMarks(page)).lang).toBe('en');

  await expect(languageSwitch(page)).toHaveText('Español');
  await languageSwitch(page).click();
  await expect(page).toHaveURL(new RegExp(`${spanishPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(translation.title);
});

test('the switch on an article with no translation leads to the other language’s article index, not a 404', async ({
  page,
}) => {
  test.skip(!untranslatedArticle, 'every published article is translated');
  if (!untranslatedArticle) return;
  await page.goto(articlePath(untranslatedArticle.slug));
  expect((await languageMarks(page)).alternates).toEqual({});
  await languageSwitch(page).click();
  await expect(page).toHaveURL(new RegExp(`${articleIndexPath(1, 'es')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Artículos');
});

test('Spanish pages speak Spanish: dates, reading time, notices and the 404', async ({ page }) => {
  await page.goto(articlePath(translatedPair.spanish.slug, 'es'));
  const header = page.getByRole('article').locator('header');
  await expect(header).toContainText(/Publicado el \d{1,2} de [a-z]+ de \d{4}/);
  await expect(header).toContainText(/\d+ min de lectura/);
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Attorney Advertising (Publicidad de abogados)');
  await expect(footer).toContainText('Los resultados anteriores no garantizan un resultado similar.');
  await expect(footer).toContainText('no constituye asesoría legal');

  // An address from an old site, with its ".html", gets the site's 404 in its language too.
  for (const [path, lang, title] of [
    [`${homePath('es')}/no-existe`, 'es', 'No encontramos esa página'],
    [articlePath('viejo.html', 'es'), 'es', 'No encontramos esa página'],
    [articlePath('old-post.html'), 'en', 'We could not find that page'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(title);
    // Someone who lands on a missing page may be looking for help with a detention.
    await expect(
      page.getByRole('main').getByRole('link', { name: messagesFor(lang).notFound.detained }),
      path,
    ).toHaveAttribute('href', pagePath('detained', lang));
  }
  await expectNoViolations(page);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the Spanish consultation form with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    // Three sends, a delivery and two axe runs: more than the default 30 seconds on a slow machine.
    test.describe.configure({ timeout: 60_000 });

    test('says what is wrong in Spanish, then sends; the email says it came from the Spanish site', async ({
      page,
    }) => {
      const name = `Prueba ${javaScriptEnabled ? 'js' : 'sinjs'} ${Math.random().toString(36).slice(2, 8)}`;
      await page.goto(pagePath('contact', 'es'));
      // Spanish is the preferred language on the Spanish site until the person picks another.
      await expect(
        page.getByRole('group', { name: form('language') }).getByLabel(options.language.spanish),
      ).toBeChecked();
      await page.getByRole('button', { name: form('submit') }).click();
      const summary = page.locator('[aria-labelledby="error-summary-title"]');
      await expect(summary).toContainText(/^Corrija estos \d+ problemas/);
      // axe runs as a script in the page, which this context forbids with JavaScript off.
      if (javaScriptEnabled) await expectNoViolations(page);
      await expect(
        summary.getByRole('link', { name: `${form('labels.name')}: ${form('errors.nameRequired')}` }),
      ).toBeVisible();

      await page.getByLabel(form('name')).fill(name);
      await page
        .getByRole('group', { name: form('forWhom') })
        .getByLabel(options.forWhom.self, { exact: true })
        .check();
      await page
        .getByRole('group', { name: form('citizen') })
        .getByLabel(options.citizen.no, { exact: true })
        .check();
      await page.getByLabel(options.matter['ice-detention']).check();
      await page
        .getByRole('group', { name: form('detained') })
        .getByLabel(options.detained.no, { exact: true })
        .check();
      await page.getByLabel(form('consent')).check();
      await page.getByRole('button', { name: form('submit') }).click();
      await expect(summary).toContainText(form('summary', { count: 1 }));
      await expect(
        summary.getByRole('link', { name: `${form('labels.phone')}: ${form('errors.contactMissing')}` }),
      ).toBeVisible();

      await page.getByLabel(form('phone')).fill('+52 55 1234 5678');
      await page.getByRole('button', { name: form('submit') }).click();

      await expect(page).toHaveURL(new RegExp(`${consultationReceivedPath(undefined, {}, 'es')}\\?reference=`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messagesFor('es').received.title);
      expect((await languageMarks(page)).lang).toBe('es');
      const confirmation = page.getByRole('status');
      await expect(confirmation).toContainText(displayPhone(spanish.firm.phone));
      const reference = (await confirmation.locator('strong').first().textContent()) ?? '';
      expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      if (javaScriptEnabled) await expectNoViolations(page);

      await expect.poll(async () => (await mailWithSubjectContaining(`[${reference}]`)).length).toBe(1);
      const [mail] = await mailWithSubjectContaining(`[${reference}]`);
      // The email is for the firm's staff: in English, saying where it came from.
      expect(mail?.text).toContain('Preferred language: Spanish (Español)');
      expect(mail?.text).toContain('Sent from: the SPANISH site');
      expect(mail?.text).toContain('Case: Arrested or detained by immigration (ICE)');
    });
  });
}

test.describe('Spanish search', () => {
  test.use({ javaScriptEnabled: false });

  test('finds Spanish articles with or without accents, and other forms of a word', async ({ page }) => {
    const found = async (query: string) => {
      await page.goto(searchPath(query, 'es'));
      return page.locator('main ol li h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    };
    const withAccent = await found('deportación');
    expect(withAccent.length).toBeGreaterThan(0);
    expect(withAccent.every((href) => href?.startsWith(`${homePath('es')}/`))).toBe(true);
    expect(await found('deportacion')).toEqual(withAccent);
    // "condenas" finds the pages that say "condena": the singular is marked in the excerpts.
    expect((await found('condenas')).length).toBeGreaterThan(0);
    const marked = await page.locator('main mark').allTextContents();
    expect(marked.map((word) => word.toLowerCase())).toContain('condena');
    // An article's own title, typed without accents, finds that article first.
    const { title, slug } = translatedPair.spanish;
    const [first] = await found(title.normalize('NFD').replace(/\p{M}/gu, ''));
    expect(first).toBe(articlePath(slug, 'es'));
  });
});

const [anyArea] = spanish.practiceAreas;
const [anyAttorney] = spanish.attorneys;
const SPANISH_PAGES = {
  home: homePath('es'),
  'article index': articleIndexPath(1, 'es'),
  article: articlePath(translatedPair.spanish.slug, 'es'),
  'practice areas': practiceAreaIndexPath('es'),
  ...(anyArea ? { 'practice area': practiceAreaPath(anyArea.slug, 'es') } : {}),
  ...(anyAttorney ? { attorney: attorneyPath(anyAttorney.slug, 'es') } : {}),
  about: pagePath('about', 'es'),
  FAQ: pagePath('faq', 'es'),
  glossary: pagePath('glossary', 'es'),
  contact: pagePath('contact', 'es'),
  privacy: pagePath('privacy', 'es'),
  disclaimer: pagePath('disclaimer', 'es'),
  detained: pagePath('detained', 'es'),
  'relief check': pagePath('reliefCheck', 'es'),
  search: searchPath('indulto', 'es'),
  'not found': `${homePath('es')}/no-existe`,
};

type Tree = { [key: string]: string | Tree };
/** Every interface sentence of the English message file that the Spanish file says differently, with no placeholder to fill. */
function englishOnlyStrings(english: Tree, spanishWords: Tree): string[] {
  return Object.entries(english).flatMap(([key, value]) => {
    const other = spanishWords[key];
    if (typeof value !== 'string') return typeof other === 'object' ? englishOnlyStrings(value, other) : [];
    // Words shared by both files (a name, "Attorney Advertising" beside its translation) are not a leak.
    if (typeof other !== 'string' || other.includes(value) || /[{<]/.test(value) || value.length < 12) return [];
    return [value];
  });
}
const COURT_NAMES = spanish.attorneys.flatMap((attorney) => attorney.federalCourts);
const ENGLISH_ONLY = englishOnlyStrings(messagesFor('en') as unknown as Tree, messagesFor('es') as unknown as Tree);

for (const [name, path] of Object.entries(SPANISH_PAGES)) {
  test(`the Spanish ${name} page is in Spanish, with no English interface sentence, and passes axe`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const { alternates } = await languageMarks(page);
    // A missing page has no versions to link.
    if (name !== 'not found') {
      expect(alternates.es?.replace(BASE, '')).toBe(path.split('?')[0]);
      expect(alternates.en).toMatch(new RegExp(`^${BASE}(/|$)`));
      expect(alternates['x-default']).toBe(alternates.en);
    }
    // No sentence of the English interface on a Spanish page.
    // Court names are proper names, kept in English as on court papers.
    const text = COURT_NAMES.reduce(
      (rest, court) => rest.replaceAll(court, ''),
      await page.locator('body').innerText(),
    );
    expect(ENGLISH_ONLY.filter((sentence) => text.includes(sentence))).toEqual([]);
    // The glossary puts a federal court's English name beside its Spanish one: "(U.S. District Court for …)".
    expect(text.replace(/\(U\.S\. [^)]*\)/g, '')).not.toMatch(/\b(New York|Monday|Friday)\b/);
    await expectNoViolations(page);
  });
}

import { expect, test } from '@playwright/test';
import type { HTMLElement } from 'node-html-parser';
import { isChecked } from '@/lib/content/language-help';
import { isSampleFact } from '@/lib/content/sample-fact';
import { CALL_LANGUAGES } from '@/lib/languages';
import { jurisdictionLabel } from '@/lib/content/jurisdiction';
import { licenceGap } from '@/lib/content/licence';
import { stateName } from '@/lib/content/states';
import { lastUpdated } from '@/lib/content/publication';
import { formatDate } from '@/lib/dates';
import { messagesFor } from '@/lib/i18n/messages';
import { displayPhone, telHref } from '@/lib/phone';
import {
  ARTICLES_PER_PAGE,
  articleIndexPageCount,
  articleIndexPath,
  articlePath,
  contentPagePaths,
  feedPath,
  fixedPagePaths,
  homePath,
  LOCALES,
  laterArticleIndexPaths,
  localeOfPath,
  pagePath,
  practiceAreaPath,
  searchPath,
  type Locale,
} from '@/lib/routes';
import { englishIn, heardIn } from '../support/heard';
import {
  hrefsIn,
  securityHeaderProblems,
  servedPage,
  servedPages,
  sitemapPaths,
  textOf,
  type ServedPage,
} from './support/crawl';
import {
  articles,
  attorneys,
  firm,
  languageHelp,
  newestArticle,
  practiceAreas,
  spanish,
  spanishPagePaths,
  translatedPair,
  untranslatedArticle,
} from './support/site';
import { wordsIn } from './support/words';

/**
 * One crawl over every page the sitemap lists, read as the server sends it
 * with an HTML parser: what every page's HTML must hold. No browser renders
 * anything here; what needs one (scripts, layout, widths, print) is in the
 * other specs. docs/testing.md says which promise lives where.
 */

const SITE = 'http://localhost:3000';
const firmIn = (locale: Locale) => (locale === 'es' ? spanish.firm : firm);
const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const alternatesOf = (document: HTMLElement) =>
  Object.fromEntries(
    document
      .querySelectorAll('head link[rel="alternate"][hreflang]')
      .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
  ) as Record<string, string | undefined>;

/** What every page of the site holds, whatever its kind, in its own language. */
function pageProblems(page: ServedPage): string[] {
  const { path, document } = page;
  const locale = localeOfPath(path);
  const words = messagesFor(locale);
  const firmHere = firmIn(locale);
  const problems: string[] = [];
  const expect = (holds: boolean, what: string) => {
    if (!holds) problems.push(`${path}: ${what}`);
  };

  expect(page.status === 200, `answers ${page.status}`);
  problems.push(...securityHeaderProblems(page));
  // A link to a place on the page (the skip link, a footnote, the detention page's five steps) finds that place.
  for (const link of document.querySelectorAll('a[href^="#"]')) {
    const id = decodeURIComponent(link.getAttribute('href')?.slice(1) ?? '');
    expect(
      id === '' || document.getElementById(id) !== null,
      `the link "${link.textContent?.trim()}" leads to no #${id}`,
    );
  }
  expect(document.querySelector('html')?.getAttribute('lang') === locale, `<html lang> is not "${locale}"`);
  expect(document.querySelectorAll('h1').length === 1, 'has not exactly one h1');

  // Every page but home carries the template "<page> | <firm>"; home has its own full title.
  const title = textOf(document.querySelector('head title'));
  const firmName = escaped(firmHere.name);
  const titlePattern =
    path === homePath(locale) ? new RegExp(`^${firmName}: .{10,}$`) : new RegExp(`^\\S.{2,} \\| ${firmName}$`);
  expect(titlePattern.test(title), `title "${title}"`);
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  expect(description.length >= 50, `description "${description}" is shorter than 50 characters`);
  const canonical = new URL(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '', 'http://x');
  expect(`${canonical.origin}${canonical.pathname}` === `${SITE}${path}`, `canonical link ${canonical.href}`);

  // The versions of the page, as search engines read them: both or none, the page itself among them.
  // A Spanish page always has an English version, but for the later pages of an index the other edition may not have.
  const alternates = alternatesOf(document);
  const pathOf = (href: string | undefined) => (href?.startsWith(SITE) ? new URL(href).pathname : href);
  if (
    Object.keys(alternates).length > 0 ||
    (locale === 'es' && !laterArticleIndexPaths(spanish.articles.length, 'es').includes(path))
  ) {
    expect(pathOf(alternates[locale]) === path, `hreflang ${locale} is ${alternates[locale]}`);
    expect(Boolean(alternates.en?.startsWith(SITE)), `hreflang en is ${alternates.en}`);
    expect(alternates['x-default'] === alternates.en, 'x-default is not the English version');
  }

  // The frame: the way to the detention page and the call at the top, the firm and the notices at the foot.
  // On the detention page itself the strip does not lead to where the reader already is.
  const header = document.querySelector('header');
  const detained = pagePath('detained', locale);
  expect(
    hrefsIn(header).includes(detained) === (path !== detained),
    path === detained
      ? 'the detention page links to itself from the strip'
      : 'the header has no link to the detention page (the strip)',
  );
  expect(hrefsIn(header).includes(telHref(firmHere.phone)), 'the header has no call link');
  // Search is a link to the search page (whose box is a plain GET form), not a box on every page.
  expect(hrefsIn(header).includes(searchPath(undefined, locale)), 'the header has no link to the search page');
  expect(!header?.querySelector('input'), 'the header holds a text field, which slows every page’s first layout');
  const footer = textOf(document.querySelector('footer'));
  for (const notice of [
    firmHere.name,
    words.footer.advertising,
    words.footer.priorResults,
    words.footer.notLegalAdvice,
  ])
    expect(footer.includes(notice), `the footer does not say "${notice}"`);

  // While firm facts are samples, every page says so, and the number a relative would dial says so inside its link.
  if (firmHere.placeholders.length > 0) {
    const notice = document.querySelector(`aside[aria-label="${words.sample.noticeLabel}"]`);
    expect(
      textOf(notice).includes(words.sample.noticeLead.replace('{firm}', firmHere.name)),
      'no notice that the site is a preview',
    );
  }
  if (isSampleFact(firmHere, 'phone')) {
    const call = header?.querySelector(`a[href="${telHref(firmHere.phone)}"]`);
    expect(
      textOf(call).endsWith(words.sample.mark),
      `the call link "${textOf(call)}" does not say the number is a sample`,
    );
  }
  return problems;
}

/** Every page the site publishes in both languages, and the pages no sitemap lists that a reader still meets. */
function expectedPaths(): string[] {
  return [
    ...fixedPagePaths(),
    ...contentPagePaths({
      articles: slugs(articles),
      practiceAreas: slugs(practiceAreas),
      attorneys: slugs(attorneys),
    }),
    ...spanishPagePaths(),
  ];
}

test('every page in the sitemap answers with its page in its language: title, description, canonical and language links, headers, the frame and its notices', async () => {
  const listed = await sitemapPaths();
  expect([...listed].sort()).toEqual(expectedPaths().sort());
  const pages = await servedPages(listed);
  expect(pages.flatMap(pageProblems)).toEqual([]);
  // An article with no translation names no other version, so search engines are not sent to a 404.
  // Its language switch leads to the other edition's article index, not to a 404.
  if (untranslatedArticle) {
    const { document } = await servedPage(articlePath(untranslatedArticle.slug));
    expect(alternatesOf(document)).toEqual({});
    expect(document.querySelector('header [data-language-switch]')?.getAttribute('href')).toBe(
      articleIndexPath(1, 'es'),
    );
  }
});

test('the article index pages through older articles ten at a time, and structured data names no sample fact', async () => {
  const words = messagesFor('en').articles;
  if (articleIndexPageCount(articles.length) > 1) {
    const [first, second] = await servedPages([articleIndexPath(), articleIndexPath(2)]);
    const titles = (page: ServedPage | undefined) =>
      page?.document.querySelectorAll('main article h2').map(textOf) ?? [];
    const bare = (text: string) => text.replace(/[←→]/g, '').trim();
    const linkTo = (page: ServedPage | undefined, text: string) =>
      page?.document
        .querySelectorAll('main a')
        .find((link) => bare(textOf(link)) === bare(text))
        ?.getAttribute('href');
    expect(titles(first)).toHaveLength(ARTICLES_PER_PAGE);
    expect(titles(second).length).toBeGreaterThan(0);
    expect(titles(second).filter((title) => titles(first).includes(title))).toEqual([]);
    expect(linkTo(first, words.older)).toBe(articleIndexPath(2));
    expect(linkTo(second, words.newer)).toBe(articleIndexPath());
  }
  // A sample phone or address is never handed to search engines as the firm's.
  const home = await servedPage(homePath());
  const [legalService] = home.document
    .querySelectorAll('script[type="application/ld+json"]')
    .map((block) => JSON.parse(block.text) as Record<string, unknown>)
    .filter((block) => block['@type'] === 'LegalService');
  expect(legalService).toBeDefined();
  if (isSampleFact(firm, 'phone')) expect(legalService).not.toHaveProperty('telephone');
  if (isSampleFact(firm, 'address')) expect(legalService).not.toHaveProperty('address');
});

test('every link from one page to another leads to a page that answers', async () => {
  const pages = await servedPages(await sitemapPaths());
  const targets = new Map<string, string>();
  for (const page of pages) {
    for (const href of hrefsIn(page.document)) {
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      const target = href.split('#')[0] ?? '';
      if (target && !targets.has(target)) targets.set(target, page.path);
    }
  }
  expect(targets.size).toBeGreaterThan(50);
  const broken: string[] = [];
  for (const target of await servedPages([...targets.keys()])) {
    // The language switch of a page with no translation leads to the other edition's index: a redirect is a way on.
    if (target.status !== 200 && target.status !== 308)
      broken.push(`${target.path} (linked from ${targets.get(target.path)}) answers ${target.status}`);
  }
  expect(broken).toEqual([]);
});

/** Every message the English edition says differently from the Spanish one, and the attorneys' English facts. */
function englishTexts(): Set<string> {
  const leaves = (value: unknown, into: Map<string, string>, path = '') => {
    if (typeof value === 'string') into.set(path, value);
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) leaves(child, into, `${path}.${key}`);
  };
  const english = new Map<string, string>();
  const inSpanish = new Map<string, string>();
  leaves(messagesFor('en'), english);
  leaves(messagesFor('es'), inSpanish);
  // A language's own name ("Español" on the English site's switch) is in that language, not English.
  const spanishTexts = new Set([...inSpanish.values(), ...CALL_LANGUAGES.map((language) => language.ownName)]);
  return new Set(
    [
      ...[...english].filter(([path, text]) => inSpanish.get(path) !== text).map(([, text]) => text),
      ...attorneys.flatMap((attorney) => [attorney.name, attorney.role, ...attorney.education, ...attorney.languages]),
    ]
      // Only plain words: a message with placeholders or tags is never shown as it is; a word both editions use is not English.
      .filter((text) => /[a-z]{3}/i.test(text) && !/[{}<>]/.test(text) && !spanishTexts.has(text))
      .map((text) => text.trim()),
  );
}

test('no Spanish page carries English words, seen or heard by a screen reader', async () => {
  const english = englishTexts();
  // A search's results and the 404 page too: an unknown article's address answers it.
  const paths = [...spanishPagePaths(), searchPath('deportación', 'es'), articlePath('no-existe', 'es')];
  const problems: string[] = [];
  for (const page of await servedPages(paths)) {
    for (const found of englishIn(heardIn(page.document), english)) problems.push(`${page.path}: ${found}`);
    // English names of days and of the firm's state would be a sentence left untranslated. Not so in the
    // footnotes, whose sources keep their own titles ("New York Criminal Procedure Law"), nor beside a
    // federal court's Spanish name, which gives its English one: "(U.S. District Court for …)".
    const body = page.document.querySelector('body')?.clone() as HTMLElement | undefined;
    for (const footnotes of body?.querySelectorAll('section[data-footnotes]') ?? []) footnotes.remove();
    const text = textOf(body).replace(/\(U\.S\. [^)]*\)/g, '');
    const courts = spanish.attorneys.flatMap((attorney) => attorney.federalCourts);
    const withoutCourts = courts.reduce((rest, court) => rest.replaceAll(court, ''), text);
    const left = /\b(New York|Monday|Friday)\b/.exec(withoutCourts);
    if (left) problems.push(`${page.path}: "${left[0]}"`);
  }
  expect(problems).toEqual([]);
});

test('an article carries its data for search engines, a share image of its own, its dates, review and licence notes, and a table of contents that leads to its headings', async ({
  request,
}) => {
  const englishWords = messagesFor('en').articles;
  const problems: string[] = [];
  const images = new Set<string>();
  const pages = await servedPages(articles.map((article) => articlePath(article.slug)));
  for (const [index, page] of pages.entries()) {
    const article = articles[index];
    if (!article) continue;
    const { document, path } = page;
    const types = document
      .querySelectorAll('script[type="application/ld+json"]')
      .map((block) => (JSON.parse(block.text) as { '@type': string })['@type'])
      .sort();
    if (types.join() !== 'BlogPosting,BreadcrumbList,LegalService') problems.push(`${path}: structured data ${types}`);
    const image = new URL(document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '', SITE);
    images.add(image.pathname);

    const header = textOf(document.querySelector('article header'));
    if (!textOf(document.querySelector('main article')).includes(`last updated on ${formatDate(lastUpdated(article))}`))
      problems.push(`${path}: no "last updated" date`);
    const reviewer = attorneys.find((attorney) => attorney.slug === article.reviewedBy);
    const reviewLine =
      article.reviewed && reviewer ? `Reviewed by ${reviewer.name}` : 'Not yet reviewed by one of the firm’s attorneys';
    if (!header.includes(reviewLine)) problems.push(`${path}: does not say "${reviewLine}"`);
    if (
      article.jurisdiction &&
      !header.includes(jurisdictionLabel(article.jurisdiction, wordsIn('en', 'articles'), 'en'))
    )
      problems.push(`${path}: no label for its jurisdiction`);

    // An article about a state where no attorney is admitted says so at its end.
    const gap = licenceGap(article.jurisdiction, attorneys);
    const licenceNote = englishWords.licence.state.split('{state}')[0] ?? '';
    const body = textOf(document.querySelector('main article'));
    if (gap?.kind === 'state') {
      const note = englishWords.licence.state.replace('{state}', stateName(gap.state, 'en'));
      if (!body.includes(note)) problems.push(`${path}: no note that no attorney is admitted in ${gap.state}`);
    } else if (body.includes(licenceNote)) problems.push(`${path}: a licence note where an attorney is admitted`);

    // The outline computed from the file names the same ids as the h2 headings the page renders.
    const contents = document.querySelector('nav[aria-labelledby="toc-heading"]');
    if (contents) {
      const targets = hrefsIn(contents);
      const expected = article.headings.filter((heading) => heading.depth === 2).map((heading) => `#${heading.id}`);
      if (targets.join() !== expected.join()) problems.push(`${path}: contents ${targets} ≠ headings ${expected}`);
      for (const target of targets) {
        const heading = document.getElementById(decodeURIComponent(target.slice(1)));
        if (heading?.tagName !== 'H2') problems.push(`${path}: contents link ${target} leads to no h2`);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(images.size, 'each article has a share image of its own').toBe(articles.length);
  // Two of them, in their languages, are real PNG images; an unknown article has none.
  for (const path of [articlePath(newestArticle.slug), articlePath(translatedPair.spanish.slug, 'es')]) {
    const page = await servedPage(path);
    const url = new URL(page.document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '');
    const image = await request.get(`${url.pathname}${url.search}`);
    expect(image.status(), path).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
  }
  const unknown = [...images][0]?.replace(newestArticle.slug, 'no-such-article') ?? '';
  expect((await request.get(unknown)).status()).toBe(404);
  // The layout links the feed, and the feed lists the newest article.
  const newest = await servedPage(articlePath(newestArticle.slug));
  expect(
    newest.document.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'),
  ).toMatch(/\/feed\.xml$/);
  const feed = await request.get(feedPath());
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  expect(await feed.text()).toContain(`<title><![CDATA[${newestArticle.title}]]></title>`);
});

/** The results a search lists, as links. */
async function searchResults(query: string, locale: Locale) {
  const page = await servedPage(searchPath(query, locale));
  const main = page.document.querySelector('main');
  return {
    page,
    main,
    links: hrefsIn(main, 'ol li h3 a'),
    marked: (main?.querySelectorAll('mark') ?? []).map((mark) => mark.text.toLowerCase()),
  };
}

test('search finds the pages that answer what readers type, in both languages, and the language switch keeps the words', async () => {
  const wanted: [Locale, string, string][] = [
    ['en', 'DUI', pagePath('reliefCheck')],
    ['en', 'drunk driving', pagePath('reliefCheck')],
    ['en', 'alcohol', pagePath('reliefCheck')],
    ['es', 'manejar borracho', pagePath('reliefCheck', 'es')],
    ['es', 'manejar borracha', pagePath('reliefCheck', 'es')],
    ['es', 'DWI', pagePath('reliefCheck', 'es')],
    ['es', 'ebriedad', pagePath('reliefCheck', 'es')],
    ['es', 'alcohol', pagePath('reliefCheck', 'es')],
    // A family's words for a court date and an immigration hold.
    ['en', 'court date', pagePath('detained')],
    ['en', 'hearing date', pagePath('detained')],
    ['en', 'ICE hold', pagePath('detained')],
    ['es', 'fecha de audiencia', pagePath('detained', 'es')],
    ['es', 'hold de ICE', pagePath('detained', 'es')],
    // A person charged, before a plea: the page for that moment.
    ['en', 'charged', pagePath('charged')],
    ['en', 'arrested', pagePath('charged')],
    ['en', 'plea offer', pagePath('charged')],
    ['es', 'acusado', pagePath('charged', 'es')],
    ['es', 'me arrestaron', pagePath('charged', 'es')],
    ['es', 'antes de declararme', pagePath('charged', 'es')],
    // A defense lawyer's words for the page for defense attorneys.
    ['en', 'public defender', pagePath('padilla')],
    ['en', 'Padilla', pagePath('padilla')],
    ['es', 'defensor público', pagePath('padilla', 'es')],
    ['es', 'Padilla', pagePath('padilla', 'es')],
    // A language by its own name, its English name or the edition's, and the word for what the reader needs.
    ...LOCALES.flatMap((locale) =>
      ['kreyòl', 'Creole', 'Haitian', '中文', 'Chinese', 'العربية', 'Polski'].map((query): [Locale, string, string] => [
        locale,
        query,
        pagePath('languageHelp', locale),
      ]),
    ),
    ['en', 'interpreter', pagePath('languageHelp')],
    ['es', 'intérprete', pagePath('languageHelp', 'es')],
    ['es', 'criollo haitiano', pagePath('languageHelp', 'es')],
  ];
  const missing: string[] = [];
  for (const [locale, query, path] of wanted) {
    const { page, main } = await searchResults(query, locale);
    if (!hrefsIn(main).includes(path)) missing.push(`"${query}" (${locale}) does not find ${path}`);
    const other = locale === 'en' ? 'es' : 'en';
    const switchTo = page.document.querySelector(`header a[hreflang="${other}"]`)?.getAttribute('href');
    if (switchTo !== searchPath(query, other))
      missing.push(`"${query}" (${locale}): the language switch leads to ${switchTo}`);
  }
  expect(missing).toEqual([]);

  // Every result holds a word the reader typed or one of its synonyms, never only a "de" or a "the".
  for (const [locale, query] of [
    ['en', 'DUI'],
    ['es', 'DWI'],
    ['es', 'manejar borracha'],
  ] as const) {
    const items = (await searchResults(query, locale)).main?.querySelectorAll('ol > li') ?? [];
    expect(items.length, query).toBeGreaterThan(0);
    const unmarked = items.filter((item) => item.querySelectorAll('mark').length === 0).map(textOf);
    expect(unmarked, `${query} (${locale})`).toEqual([]);
  }

  // An article's title finds that article first, with the words marked in what is shown of it.
  const byTitle = await searchResults(newestArticle.title, 'en');
  expect(byTitle.links[0]).toBe(articlePath(newestArticle.slug));
  expect(byTitle.marked.length).toBeGreaterThan(0);
  // "ICE" finds the detention page first; "letter" is how readers say Notice to Appear (content/synonyms.yaml).
  expect((await searchResults('ICE', 'en')).links[0]).toBe(pagePath('detained'));
  const letter = await searchResults('letter from immigration', 'en');
  expect(letter.main?.querySelectorAll('a').some((link) => /Notice to Appear/.test(link.text))).toBe(true);
});

test('search finds a page on DACA or the Laken Riley Act from the words readers type, in each language', async () => {
  const wanted: Record<Locale, readonly string[]> = {
    en: ['DACA', 'dreamer', 'advance parole', 'visa', 'shoplifting', 'Laken Riley'],
    es: ['DACA', 'dreamer', 'acción diferida', 'permiso adelantado', 'visa', 'robo en tienda', 'Laken Riley'],
  };
  const missing: string[] = [];
  for (const locale of ['en', 'es'] as const) {
    // Whichever articles the staff wrote on these statuses, as the build published them.
    const answers = (locale === 'es' ? spanish.articles : articles)
      .filter((article) => /\bDACA\b|Laken Riley/.test(article.plainText))
      .map((article) => articlePath(article.slug, locale));
    expect(answers.length, `no ${locale} article speaks to DACA or the Laken Riley Act`).toBeGreaterThan(0);
    for (const query of wanted[locale]) {
      const { links } = await searchResults(query, locale);
      if (!links.some((link) => answers.includes(link)))
        missing.push(`"${query}" (${locale}) finds none of ${answers}`);
    }
  }
  expect(missing).toEqual([]);
});

test('"Help in your language" gives each language its paragraph in its own lang and direction, with the number, and says which are not yet checked; the header leads to it', async () => {
  const problems: string[] = [];
  for (const locale of LOCALES) {
    const path = pagePath('languageHelp', locale);
    const { document } = await servedPage(path);
    const firmHere = firmIn(locale);
    const words = messagesFor(locale);
    if (!hrefsIn(document.querySelector('header')).includes(path))
      problems.push(`${path}: the header does not link to it`);
    for (const language of CALL_LANGUAGES) {
      const where = `${path} ${language.code}`;
      const paragraph = document.querySelector(`main [data-language-paragraph="${language.code}"]`);
      if (paragraph?.getAttribute('lang') !== language.code) problems.push(`${where}: lang is not ${language.code}`);
      if (paragraph?.getAttribute('dir') !== language.dir) problems.push(`${where}: dir is not ${language.dir}`);
      if (!hrefsIn(paragraph).includes(telHref(firmHere.phone))) problems.push(`${where}: no call link`);
      const call = paragraph?.querySelector(`a[href="${telHref(firmHere.phone)}"]`);
      if (isSampleFact(firmHere, 'phone') && !textOf(call).endsWith(words.sample.mark))
        problems.push(`${where}: the number does not say it is a sample`);
      const interpreter = paragraph?.querySelector('[data-interpreter-sentence]');
      if (firmHere.interpreters.includes(language.code) !== Boolean(interpreter))
        problems.push(
          `${where}: the interpreter sentence is shown where content/firm.yaml does not say so, or missing`,
        );
      if (interpreter && isSampleFact(firmHere, 'interpreters') && !textOf(interpreter).endsWith(words.sample.mark))
        problems.push(`${where}: the interpreter sentence does not say it is a sample`);
      const note = paragraph?.parentNode?.querySelector('[data-unchecked]');
      if (!isChecked(languageHelp[language.code]) && !textOf(note).startsWith(words.languageHelp.unchecked))
        problems.push(`${where}: no note that a native speaker has not checked it`);
    }
  }
  expect(problems).toEqual([]);
});

test('Spanish search finds Spanish pages with or without accents and other forms of a word; a search that finds nothing says what to try', async () => {
  const withAccent = await searchResults('deportación', 'es');
  expect(withAccent.links.length).toBeGreaterThan(0);
  expect(withAccent.links.every((href) => href.startsWith(`${homePath('es')}/`))).toBe(true);
  expect((await searchResults('deportacion', 'es')).links).toEqual(withAccent.links);
  // "condenas" finds the pages that say "condena": the singular is marked in the excerpts.
  const plural = await searchResults('condenas', 'es');
  expect(plural.links.length).toBeGreaterThan(0);
  expect(plural.marked).toContain('condena');
  // An article's own title, typed without accents, finds that article first.
  const { title, slug } = translatedPair.spanish;
  expect((await searchResults(title.normalize('NFD').replace(/\p{M}/gu, ''), 'es')).links[0]).toBe(
    articlePath(slug, 'es'),
  );

  const words = messagesFor('en').search;
  const nothing = await searchResults('xylophone', 'en');
  expect(textOf(nothing.main?.querySelector('h2'))).toBe('No results for “xylophone”');
  const links = nothing.main?.querySelectorAll('a') ?? [];
  const hrefOf = (text: string | RegExp) =>
    links
      .find((link) => (typeof text === 'string' ? textOf(link) === text : text.test(textOf(link))))
      ?.getAttribute('href');
  expect(hrefOf(words.askDirectly)).toBe(pagePath('contact'));
  expect(hrefOf(words.detained)).toBe(pagePath('detained'));
  expect(hrefOf(words.questions)).toBe(pagePath('faq'));
  expect(hrefOf(new RegExp(`^${escaped(words.callUs)}`))).toBe(telHref(firm.phone));
});

test('the pages for a detention, the relief check and the printable sheets are linked where readers need them', async () => {
  for (const locale of ['en', 'es'] as const) {
    // Before a plea, as visible as a detention: in the menu of every page and on the home page.
    const home = await servedPage(homePath(locale));
    expect(hrefsIn(home.document.querySelector('header nav')), locale).toContain(pagePath('charged', locale));
    expect(hrefsIn(home.document.querySelector('main')), locale).toContain(pagePath('charged', locale));
    const detained = await servedPage(pagePath('detained', locale));
    const main = detained.document.querySelector('main');
    const links = hrefsIn(main);
    // The form on the person's behalf in the body, the sheet to gather and the card to carry.
    expect(
      links.filter((href) => href === pagePath('contact', locale)),
      locale,
    ).toHaveLength(2);
    expect(links, locale).toContain(pagePath('gather', locale));
    expect(links, locale).toContain(pagePath('rights', locale));
    // The immigration court's line, with the A-number as 9 digits.
    expect(textOf(main?.querySelector('a[href="tel:+18008987180"]'))).toBe('1-800-898-7180');
    // When the locator finds nobody: six things to try, ICE's line and offices among them, each sourced.
    const fallbacks = main?.querySelectorAll('h3').find((heading) => /locator|localizador/i.test(heading.text));
    expect(fallbacks, locale).toBeDefined();
    const steps = main?.querySelectorAll('h3 + ul > li') ?? [];
    expect(steps, locale).toHaveLength(6);
    expect(steps.some((step) => textOf(step.querySelector('a[href="tel:+18883514024"]')) === '1-888-351-4024')).toBe(
      true,
    );
    expect(steps.some((step) => step.querySelector('a[href="https://www.ice.gov/contact/field-offices"]'))).toBe(true);
    for (const step of steps) {
      if (step.querySelector('a[href^="tel:"], a[href^="https://www.ice.gov"]'))
        expect(step.querySelectorAll('sup a[href^="#"]').length, textOf(step)).toBeGreaterThan(0);
    }
    // It ends with the notice of a page, not of an article.
    const notice = (main?.querySelectorAll('p') ?? [])
      .map(textOf)
      .find((text) =>
        text.startsWith(locale === 'en' ? 'This page is general information' : 'Esta página es información general'),
      );
    expect(notice, locale).toBeDefined();
    expect(notice).not.toContain(locale === 'en' ? 'article' : 'artículo');
    if (locale === 'es') expect(notice).toContain('Todavía no la ha revisado');

    // The quick exit stands on the pages a person may read on a phone someone else can see, and only there.
    for (const name of ['detained', 'contact', 'reliefCheck', 'gather'] as const) {
      const page = await servedPage(pagePath(name, locale));
      expect(page.document.querySelectorAll('[data-quick-exit]').length, pagePath(name, locale)).toBe(1);
    }
    expect((await servedPage(pagePath('about', locale))).document.querySelectorAll('[data-quick-exit]')).toHaveLength(
      0,
    );

    // The sheet and the card are shared by their address only, by text message or WhatsApp, with a call beside.
    const share = messagesFor(locale).share;
    for (const name of ['gather', 'rights'] as const) {
      const path = pagePath(name, locale);
      const shared = (await servedPage(path)).document.querySelector('[data-share]');
      const whatsapp = shared?.querySelectorAll('a').find((link) => textOf(link) === share.whatsapp);
      expect(whatsapp?.getAttribute('href'), path).toMatch(
        new RegExp(`^https://wa\\.me/\\?text=.*${escaped(encodeURIComponent(path))}$`),
      );
      if (name === 'gather') {
        const text = shared?.querySelectorAll('a').find((link) => textOf(link) === share.text);
        expect(text?.getAttribute('href'), path).toMatch(
          new RegExp(`^sms:\\?&body=.*${escaped(encodeURIComponent(path))}$`),
        );
        expect(
          hrefsIn(shared).some((href) => href.startsWith('tel:')),
          path,
        ).toBe(true);
      }
    }
    // The card's two faces, the firm's phone on the second.
    const cards = (await servedPage(pagePath('rights', locale))).document.querySelectorAll('.wallet-card');
    expect(cards, locale).toHaveLength(2);
    expect(textOf(cards[1])).toContain(displayPhone(firmIn(locale).phone));
  }

  // The home page, the post-conviction practice area and the main article link to the relief check.
  const main = 'post-conviction-relief-for-noncitizens';
  const spanishMain = spanish.articles.find((article) => article.translationOf === main);
  const linking: [Locale, string][] = [
    ['en', homePath()],
    ['en', practiceAreaPath('post-conviction-relief')],
    ['en', articlePath(main)],
    ['es', homePath('es')],
    ['es', practiceAreaPath('post-conviction-relief', 'es')],
    ...(spanishMain ? [['es', articlePath(spanishMain.slug, 'es')] as [Locale, string]] : []),
  ];
  for (const [locale, path] of linking) {
    expect(hrefsIn((await servedPage(path)).document.querySelector('main')), path).toContain(
      pagePath('reliefCheck', locale),
    );
  }
});

test('the page for defense attorneys is in the menu and on the home page, and opens with a link to its form', async () => {
  for (const locale of ['en', 'es'] as const) {
    const padilla = pagePath('padilla', locale);
    const words = messagesFor(locale);
    // The menu of every page (the about page's, here) and the home page's own text.
    const about = (await servedPage(pagePath('about', locale))).document;
    const menu = about.querySelector(`header nav[aria-label="${words.nav.label}"]`);
    expect(menu?.querySelectorAll('a').find((link) => link.getAttribute('href') === padilla)?.text, locale).toBe(
      words.nav.defenseLawyers,
    );
    expect(hrefsIn((await servedPage(homePath(locale))).document.querySelector('main')), locale).toContain(padilla);
    // The form starts far down the page: a link to it comes before the page's text.
    const main = (await servedPage(padilla)).document.querySelector('main');
    const toForm = main?.querySelectorAll('a').find((link) => textOf(link).startsWith(words.defenseForm.toForm));
    const target = toForm?.getAttribute('href') ?? '';
    expect(target, locale).toMatch(/^#/);
    expect(main?.querySelector(target)?.tagName, locale).toBe('H2');
    const html = main?.innerHTML ?? '';
    expect(html.indexOf(`href="${target}"`), `${locale}: the link comes before the text`).toBeLessThan(
      html.indexOf('class="prose'),
    );
  }
});

test('a Spanish article speaks Spanish: its dates, reading time and the notices at the foot', async () => {
  const page = await servedPage(articlePath(translatedPair.spanish.slug, 'es'));
  const header = textOf(page.document.querySelector('article header'));
  expect(header).toMatch(/Publicado el \d{1,2} de [a-z]+ de \d{4}/);
  expect(header).toMatch(/\d+ min de lectura/);
  const footer = textOf(page.document.querySelector('footer'));
  expect(footer).toContain('Attorney Advertising (Publicidad de abogados)');
  expect(footer).toContain('Los resultados anteriores no garantizan un resultado similar.');
  expect(footer).toContain('no constituye asesoría legal');
  // The foot of every page says where the lawyers are licensed, federal courts included.
  const courts = attorneys.flatMap((attorney) => attorney.federalCourts);
  const english = textOf((await servedPage(homePath())).document.querySelector('footer'));
  if (courts[0]) expect(english).toContain(courts[0]);
});

import { loadSite, type SiteContent } from '@/lib/content/load';
import { publicationDay, visibleArticles } from '@/lib/content/publication';
import { contentPagePaths, fixedPagePaths } from '@/lib/routes';

/**
 * What the build under test published, read with the site's own loader.
 * The browser tests pick their articles, areas and firm facts from here
 * instead of naming them, so a staff pull request that edits, adds or
 * removes an article never breaks a test about something else. Rankings,
 * dates and page counts are tested on fixtures in tests/unit. `npm test`
 * fixes SITE_PUBLISHED_AS_OF for the build and these tests alike, so a run
 * that crosses midnight still agrees with the build on what is published.
 */
const site = loadSite(process.cwd());
const content = site.en;
const published = (language: SiteContent) =>
  visibleArticles(language.articles, { today: publicationDay(), includeUnpublished: false });

export const firm = content.firm;
export const articles = published(content);
export const practiceAreas = content.practiceAreas;
export const attorneys = content.attorneys;
/** The paragraphs of "Help in your language", the same in both editions. */
export const languageHelp = content.languageHelp;

/** The Spanish edition as the build published it. */
export const spanish = {
  firm: site.es.firm,
  articles: published(site.es),
  practiceAreas: site.es.practiceAreas,
  attorneys: site.es.attorneys,
  pages: site.es.pages,
};

function first<T>(items: readonly T[], what: string): T {
  const [item] = items;
  if (item === undefined) throw new Error(`the site publishes no ${what}; the browser tests need one`);
  return item;
}

/** The newest published article: the first on the article index. */
export const newestArticle = first(articles, 'article');
export const anyPracticeArea = first(practiceAreas, 'practice area');
export const anyAttorney = first(attorneys, 'attorney');

/** A published Spanish article and the English article it translates. */
export const translatedPair = (() => {
  for (const translation of spanish.articles) {
    const original = articles.find((article) => article.slug === translation.translationOf);
    if (original) return { spanish: translation, english: original };
  }
  throw new Error(
    'the site publishes no Spanish translation of a published English article; the browser tests need one',
  );
})();

/** A published English article with no Spanish translation, if there still is one. */
export const untranslatedArticle = articles.find(
  (article) => !spanish.articles.some((translation) => translation.translationOf === article.slug),
);

/**
 * Tests that also run at desktop width (the `desktop-chromium` project in
 * playwright.config.ts): what a person does with the form, the relief
 * check and search. The whole suite runs on the phone.
 */
export const DESKTOP_TOO = { tag: '@desktop' };

/** Every page of the Spanish edition the sitemap lists. */
export function spanishPagePaths(): string[] {
  const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);
  return [
    ...fixedPagePaths('es'),
    ...contentPagePaths(
      {
        articles: slugs(spanish.articles),
        practiceAreas: slugs(spanish.practiceAreas),
        attorneys: slugs(spanish.attorneys),
      },
      'es',
    ),
  ];
}

import { getContent, listArticles, listPracticeAreas, type Article, type Page, type PracticeArea } from '@/lib/content';
import { processSingleton } from '@/lib/process-singleton';
import { messagesFor } from '@/lib/i18n/messages';
import { DEFAULT_LOCALE, articlePath, firmPagePath, pagePath, practiceAreaPath, type Locale } from '@/lib/routes';
import { CALL_LANGUAGES } from '@/lib/languages';
import { buildSiteSearch, searchSite, type SearchDocument, type SearchHit } from './site-search';

export type { ExcerptPart, SearchHit } from './site-search';

/** Articles, practice areas and the pages that explain the law, as the search index sees them. */
export function searchDocuments(
  articles: readonly Article[],
  practiceAreas: readonly PracticeArea[],
  pages: readonly Page[] = [],
  locale: Locale = DEFAULT_LOCALE,
): SearchDocument[] {
  return [
    ...pages
      .filter((page) => page.legalInformation)
      .map((page) => ({
        id: `page:${page.slug}`,
        kind: 'page' as const,
        title: page.title,
        description: page.description,
        body: page.plainText,
        url: firmPagePath(page.slug, locale),
      })),
    reliefCheckDocument(locale),
    languageHelpDocument(locale),
    ...articles.map((article) => ({
      id: `article:${article.slug}`,
      kind: 'article' as const,
      title: article.title,
      description: article.description,
      body: article.plainText,
      url: articlePath(article.slug, locale),
    })),
    ...practiceAreas.map((area) => ({
      id: `area:${area.slug}`,
      kind: 'practiceArea' as const,
      title: area.title,
      description: area.description,
      body: area.plainText,
      url: practiceAreaPath(area.slug, locale),
    })),
  ];
}

/** The relief check, found by what it asks about and the topics it can show (appeal deadlines, § 2255, pardons…). */
function reliefCheckDocument(locale: Locale): SearchDocument {
  const words = messagesFor(locale).reliefCheck;
  return {
    id: 'page:relief-check',
    kind: 'page',
    title: words.title,
    description: words.description,
    body: [words.intro, ...Object.values(words.topics).map((topic) => topic.title)].join('\n'),
    url: pagePath('reliefCheck', locale),
  };
}

/**
 * "Help in your language", found by each language's own name ("Kreyòl
 * ayisyen", "中文"), its English name ("Haitian Creole", "Chinese") and its
 * name in the edition's language ("criollo haitiano"), and by "interpreter".
 */
function languageHelpDocument(locale: Locale): SearchDocument {
  const words = messagesFor(locale);
  const english = messagesFor('en');
  return {
    id: 'page:language-help',
    kind: 'page',
    title: words.languageHelp.title,
    description: words.languageHelp.description,
    body: [
      words.languageHelp.intro,
      words.languageHelp.interpreterWords,
      ...CALL_LANGUAGES.map((language) =>
        [language.ownName, words.languageNames[language.key], english.languageNames[language.key]].join(', '),
      ),
    ].join('\n'),
    url: pagePath('languageHelp', locale),
  };
}

/** Searches the pages of one language; each index is built once per server process from the built content. */
export function search(query: string, locale: Locale = DEFAULT_LOCALE): SearchHit[] {
  const content = getContent(locale);
  return searchSite(
    processSingleton(`search-index-${locale}`, () =>
      buildSiteSearch(searchDocuments(listArticles(locale), listPracticeAreas(locale), content.pages, locale), locale),
    ),
    query,
    content.synonyms,
  );
}

import { getContent, listArticles, listPracticeAreas, type Article, type Page, type PracticeArea } from '@/lib/content';
import { processSingleton } from '@/lib/process-singleton';
import { buildSiteSearch, searchSite, type SearchDocument, type SearchHit } from './site-search';
import { articlePath, firmPagePath, practiceAreaPath } from '@/lib/routes';

export type { ExcerptPart, SearchHit } from './site-search';

/** Articles, practice areas and the pages that explain the law, as the search index sees them. */
export function searchDocuments(
  articles: readonly Article[],
  practiceAreas: readonly PracticeArea[],
  pages: readonly Page[] = [],
): SearchDocument[] {
  return [
    ...pages
      .filter((page) => page.legalInformation)
      .map((page) => ({
        id: `page:${page.slug}`,
        kind: 'Page' as const,
        title: page.title,
        description: page.description,
        body: page.plainText,
        url: firmPagePath(page.slug),
      })),
    ...articles.map((article) => ({
      id: `article:${article.slug}`,
      kind: 'Article' as const,
      title: article.title,
      description: article.description,
      body: article.plainText,
      url: articlePath(article.slug),
    })),
    ...practiceAreas.map((area) => ({
      id: `area:${area.slug}`,
      kind: 'Practice area' as const,
      title: area.title,
      description: area.description,
      body: area.plainText,
      url: practiceAreaPath(area.slug),
    })),
  ];
}

/** Searches the site; the index is built once per server process from the built content. */
export function search(query: string): SearchHit[] {
  return searchSite(
    processSingleton('search-index', () =>
      buildSiteSearch(searchDocuments(listArticles(), listPracticeAreas(), getContent().pages)),
    ),
    query,
    getContent().synonyms,
  );
}

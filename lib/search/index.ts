import { listArticles, listPracticeAreas, type Article, type PracticeArea } from '@/lib/content';
import { processSingleton } from '@/lib/process-singleton';
import { buildSiteSearch, searchSite, type SearchDocument, type SearchHit } from './site-search';
import { articlePath, practiceAreaPath } from '@/lib/routes';

export type { ExcerptPart, SearchHit } from './site-search';

/** Articles and practice areas, as the search index sees them. */
export function searchDocuments(
  articles: readonly Article[],
  practiceAreas: readonly PracticeArea[],
): SearchDocument[] {
  return [
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
    processSingleton('search-index', () => buildSiteSearch(searchDocuments(listArticles(), listPracticeAreas()))),
    query,
  );
}

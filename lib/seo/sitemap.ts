import type { MetadataRoute } from 'next';
import { lastUpdated, type Article, type SiteContent } from '@/lib/content';
import {
  articleIndexPath,
  articlePath,
  attorneyPath,
  fixedPagePaths,
  homePath,
  laterArticleIndexPaths,
  practiceAreaPath,
} from '@/lib/routes';

/**
 * Every public page, given the articles a reader may see (drafts and
 * scheduled posts already left out by the caller).
 */
export function sitemapEntries(
  content: Pick<SiteContent, 'practiceAreas' | 'attorneys'>,
  articles: readonly Article[],
  siteUrl: string,
): MetadataRoute.Sitemap {
  const newest = articles.map(lastUpdated).sort().at(-1);
  const entry = (path: string, lastModified?: string) => ({
    url: `${siteUrl}${path}`,
    ...(lastModified ? { lastModified } : {}),
  });
  const listsArticles = new Set([homePath(), articleIndexPath()]);
  return [
    ...fixedPagePaths().map((path) => entry(path, listsArticles.has(path) ? newest : undefined)),
    ...laterArticleIndexPaths(articles.length).map((path) => entry(path)),
    ...articles.map((article) => entry(articlePath(article.slug), lastUpdated(article))),
    ...content.practiceAreas.map((area) => {
      const tagged = articles
        .filter((article) => article.tags.includes(area.slug))
        .map(lastUpdated)
        .sort()
        .at(-1);
      return entry(practiceAreaPath(area.slug), tagged);
    }),
    ...content.attorneys.map((attorney) => entry(attorneyPath(attorney.slug))),
  ];
}

import type { MetadataRoute } from 'next';
import { lastReviewed, type Article, type SiteContent } from '@/lib/content';
import { articleIndexPageCount, FIXED_PAGES } from '@/lib/routes';

/**
 * Every public page, given the articles a reader may see (drafts and
 * scheduled posts already left out by the caller).
 */
export function sitemapEntries(content: Pick<SiteContent, 'practiceAreas' | 'attorneys'>, articles: readonly Article[], siteUrl: string): MetadataRoute.Sitemap {
  const newest = articles.map(lastReviewed).sort().at(-1);
  const pageCount = articleIndexPageCount(articles.length);
  const entry = (path: string, lastModified?: string) => ({
    url: path === '/' ? `${siteUrl}/` : `${siteUrl}${path}`,
    ...(lastModified ? { lastModified } : {}),
  });
  return [
    ...FIXED_PAGES.map((path) => entry(path, path === '/' || path === '/articles' ? newest : undefined)),
    ...Array.from({ length: pageCount - 1 }, (_, index) => entry(`/articles/page/${index + 2}`)),
    ...articles.map((article) => entry(`/articles/${article.slug}`, lastReviewed(article))),
    ...content.practiceAreas.map((area) => {
      const tagged = articles.filter((article) => article.tags.includes(area.slug)).map(lastReviewed).sort().at(-1);
      return entry(`/practice-areas/${area.slug}`, tagged);
    }),
    ...content.attorneys.map((attorney) => entry(`/attorneys/${attorney.slug}`)),
  ];
}

import type { MetadataRoute } from 'next';
import { lastUpdated, type Article, type SiteContent } from '@/lib/content';
import { languageAlternates } from '@/lib/seo/metadata';
import { versionsWhere, type PageVersions } from '@/lib/i18n/versions';
import { originalSlug } from '@/lib/content/translations';
import {
  LOCALES,
  articleIndexPath,
  articlePath,
  attorneyPath,
  fixedPagePaths,
  homePath,
  laterArticleIndexPaths,
  practiceAreaPath,
  type Locale,
} from '@/lib/routes';

/** One language's part of the site: its content and the articles a reader may see (drafts and scheduled posts left out). */
export type PublishedSite = { content: Pick<SiteContent, 'practiceAreas' | 'attorneys'>; articles: readonly Article[] };

/**
 * Every public page in every language, each with its translations as
 * hreflang alternates (a page without a translation has none).
 */
export function sitemapEntries(sites: Partial<Record<Locale, PublishedSite>>, siteUrl: string): MetadataRoute.Sitemap {
  const published = LOCALES.flatMap((locale) => {
    const site = sites[locale];
    return site ? [{ locale, ...site }] : [];
  });
  const absolute = (versions: PageVersions) =>
    Object.fromEntries(Object.entries(versions).map(([locale, path]) => [locale, `${siteUrl}${path}`]));
  const entry = (locale: Locale, versions: PageVersions, lastModified?: string) => {
    const languages = languageAlternates(absolute(versions));
    return {
      url: `${siteUrl}${versions[locale]}`,
      ...(lastModified ? { lastModified } : {}),
      ...(languages ? { alternates: { languages } } : {}),
    };
  };
  const inLocales = (pathIn: (locale: Locale) => string | undefined) =>
    versionsWhere(
      pathIn,
      published.map(({ locale }) => locale),
    );

  return published.flatMap(({ locale, content, articles }) => {
    const newest = articles.map(lastUpdated).sort().at(-1);
    const listsArticles = new Set([homePath(locale), articleIndexPath(1, locale)]);
    const fixed = fixedPagePaths(locale).map((path, index) =>
      entry(
        locale,
        inLocales((other) => fixedPagePaths(other)[index]),
        listsArticles.has(path) ? newest : undefined,
      ),
    );
    return [
      ...fixed,
      ...laterArticleIndexPaths(articles.length, locale).map((path) => entry(locale, { [locale]: path })),
      ...articles.map((article) =>
        entry(
          locale,
          inLocales((other) => {
            const version = sites[other]?.articles.find(
              (candidate) => originalSlug(candidate) === originalSlug(article),
            );
            return version ? articlePath(version.slug, other) : undefined;
          }),
          lastUpdated(article),
        ),
      ),
      ...content.practiceAreas.map((area) => {
        const tagged = articles
          .filter((article) => article.tags.includes(area.slug))
          .map(lastUpdated)
          .sort()
          .at(-1);
        const versions = inLocales((other) =>
          sites[other]?.content.practiceAreas.some((candidate) => candidate.slug === area.slug)
            ? practiceAreaPath(area.slug, other)
            : undefined,
        );
        return entry(locale, versions, tagged);
      }),
      ...content.attorneys.map((attorney) =>
        entry(
          locale,
          inLocales((other) => attorneyPath(attorney.slug, other)),
        ),
      ),
    ];
  });
}

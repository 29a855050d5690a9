import type { MetadataRoute } from 'next';
import { getContent, listArticles } from '@/lib/content';
import { env } from '@/lib/env';
import { LOCALES } from '@/lib/routes';
import { sitemapEntries } from '@/lib/seo/sitemap';

export default function sitemap(): MetadataRoute.Sitemap {
  const sites = Object.fromEntries(
    LOCALES.map((locale) => [locale, { content: getContent(locale), articles: listArticles(locale) }]),
  );
  return sitemapEntries(sites, env.SITE_URL);
}

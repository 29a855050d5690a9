import type { MetadataRoute } from 'next';
import { getContent, listArticles } from '@/lib/content';
import { env } from '@/lib/env';
import { sitemapEntries } from '@/lib/seo/sitemap';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getContent(), listArticles(), env.SITE_URL);
}

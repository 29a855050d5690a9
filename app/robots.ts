import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { LOCALES, consultationReceivedPath, searchPath } from '@/lib/routes';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: LOCALES.flatMap((locale) => [
        searchPath(undefined, locale),
        consultationReceivedPath(undefined, {}, locale),
      ]),
    },
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  };
}

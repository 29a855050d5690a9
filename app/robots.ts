import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { consultationReceivedPath, searchPath } from '@/lib/routes';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: [searchPath(), consultationReceivedPath()] },
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  };
}

import type { Metadata } from 'next';
import { getFirm, type Firm } from '@/lib/content';
import { feedPath } from '@/lib/routes';

/** The home page's title, and every page's when it has none. */
export function siteTitle(firm: Firm): string {
  return `${firm.name}: crimmigration and post-conviction relief`;
}

type PageMetadata = {
  title: string;
  description: string;
  /** Path of the page, for its canonical URL (made absolute from SITE_URL by metadataBase). */
  path: string;
  type?: 'website' | 'article' | 'profile';
  publishedTime?: string;
  modifiedTime?: string;
  noIndex?: boolean;
};

/** The RSS feed, announced on every page. */
export function feedAlternate(firmName: string) {
  return { 'application/rss+xml': [{ url: feedPath(), title: `${firmName}: articles` }] };
}

/**
 * Title, description, canonical link, Open Graph and Twitter card of a page.
 * Next.js replaces (not merges) a parent's openGraph and alternates, so every
 * page gets the whole set from here. The image comes from the nearest opengraph-image file.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
  publishedTime,
  modifiedTime,
  noIndex,
}: PageMetadata): Metadata {
  const firm = getFirm();
  return {
    title,
    description,
    alternates: { canonical: path, types: feedAlternate(firm.name) },
    openGraph: {
      title,
      description,
      url: path,
      siteName: firm.name,
      locale: 'en_US',
      type,
      ...(type === 'article' ? { publishedTime, modifiedTime } : {}),
    },
    twitter: { card: 'summary_large_image', title, description },
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}

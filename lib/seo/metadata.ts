import type { Metadata } from 'next';
import { createTranslator } from 'next-intl';
import { getFirm } from '@/lib/content';
import { otherLocales, type PageVersions } from '@/lib/i18n/versions';
import { messagesFor, type Messages } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { DEFAULT_LOCALE, feedPath, homePath, shareImagePath, type Locale } from '@/lib/routes';
import { OG_SIZE } from './og-image';

type PageMetadata = {
  title: string;
  description: string;
  locale: Locale;
  /** The page's path in each language it exists in; the canonical URL is the one of `locale`. */
  versions: PageVersions;
  type?: 'website' | 'article' | 'profile';
  publishedTime?: string;
  modifiedTime?: string;
  noIndex?: boolean;
  /** The page has a share card of its own (a share.png route beside it); others show the site's. */
  ownShareImage?: boolean;
};

/** The RSS feed of the reader's language, announced on every page. */
export function feedAlternate(title: string, locale: Locale) {
  return { 'application/rss+xml': [{ url: feedPath(locale), title }] };
}

/**
 * hreflang links, both ways, for a page that exists in more than one
 * language: each version, and English as the default for everyone else.
 * A page without a translation gets none.
 */
export function languageAlternates(versions: PageVersions): Record<string, string> | undefined {
  const entries = Object.entries(versions);
  if (entries.length < 2) return undefined;
  const english = versions[DEFAULT_LOCALE];
  return { ...Object.fromEntries(entries), ...(english ? { 'x-default': english } : {}) };
}

/**
 * Title, description, canonical link, hreflang alternates, Open Graph and
 * Twitter card of a page. Next.js replaces (not merges) a parent's
 * openGraph and alternates, so every page gets the whole set from here,
 * share image included: share.png routes rather than opengraph-image files,
 * whose addresses Next.js suffixes with a hash inside the (en) route group
 * and which a page with Open Graph fields of its own does not inherit
 * (docs/architecture.md, "How a page gets its address").
 */
export function pageMetadata({
  title,
  description,
  locale,
  versions,
  type = 'website',
  publishedTime,
  modifiedTime,
  noIndex,
  ownShareImage = false,
}: PageMetadata): Metadata {
  const firm = getFirm(locale);
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'site' });
  const path = versions[locale];
  const languages = languageAlternates(versions);
  const image = shareImagePath(ownShareImage && path ? path : homePath(locale));
  return {
    title,
    description,
    alternates: {
      canonical: path,
      ...(languages ? { languages } : {}),
      types: feedAlternate(t('feedTitle', { firm: firm.name }), locale),
    },
    openGraph: {
      title,
      description,
      url: path,
      siteName: firm.name,
      locale: t('ogLocale'),
      ...(languages
        ? {
            alternateLocale: otherLocales(locale)
              .filter((other) => versions[other] !== undefined)
              .map((other) => messagesFor(other).site.ogLocale),
          }
        : {}),
      type,
      ...(type === 'article' ? { publishedTime, modifiedTime } : {}),
      images: [{ url: image, ...OG_SIZE, alt: firm.name, type: 'image/png' }],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Parts of the message files that hold a page's `title` and `description`. */
type TitledNamespace = {
  [K in keyof Messages]: Messages[K] extends { title: string; description: string } ? K : never;
}[keyof Messages];

/** `generateMetadata` for a page whose title and description are in the message files. */
export function translatedPageMetadata(
  namespace: TitledNamespace,
  versions: PageVersions,
  options: Pick<PageMetadata, 'noIndex'> = {},
) {
  return async ({ params }: LocaleParams): Promise<Metadata> => {
    const locale = await pageLocale(params);
    const { title, description } = messagesFor(locale)[namespace];
    return pageMetadata({ title, description, locale, versions, ...options });
  };
}

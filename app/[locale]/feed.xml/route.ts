import { notFound } from 'next/navigation';
import { isLocale, DEFAULT_LOCALE, LOCALES, feedPath } from '@/lib/routes';
import { feedResponse } from '@/lib/seo/feed';

export const dynamicParams = false;

// /es/feed.xml and any later language; English keeps /feed.xml (app/feed.xml).
export function generateStaticParams() {
  return LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale) || feedPath(locale) === feedPath()) notFound();
  return feedResponse(locale);
}

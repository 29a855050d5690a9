import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/routes';

/**
 * What every page receives: an English page (app/(en)) is an ordinary page,
 * without a language in its parameters; the Spanish route that shows the
 * same page binds `locale` (lib/i18n/localized-route.ts).
 */
export type LocaleParams<Extra = object> = { params: Promise<{ locale?: string } & Extra> };

/**
 * The page's language from its address, told to next-intl so the page
 * renders statically (setRequestLocale must run in every page and layout).
 */
export async function pageLocale(params: Promise<{ locale?: string }>): Promise<Locale> {
  const { locale = DEFAULT_LOCALE } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** What generateStaticParams is given: the segments above it, a language among them only on a bound route. */
export type StaticParentParams = { locale?: string; [segment: string]: string | undefined };

/** The language a page's generateStaticParams is called for: English unless its route binds another. */
export function localeParam(params: { locale?: string }): Locale {
  const locale = params.locale ?? DEFAULT_LOCALE;
  if (!isLocale(locale)) throw new Error(`generateStaticParams was called for an unknown language "${locale}"`);
  return locale;
}

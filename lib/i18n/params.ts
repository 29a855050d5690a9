import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from '@/lib/routes';

/** What every page in app/_pages receives (its route binds the language: lib/i18n/localized-route.ts). */
export type LocaleParams<Extra = object> = { params: Promise<{ locale: string } & Extra> };

/**
 * The page's language from its address, told to next-intl so the page
 * renders statically (setRequestLocale must run in every page and layout).
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The language a page's generateStaticParams is called for (its route binds it). */
export function localeParam(params: { locale: string }): Locale {
  if (!isLocale(params.locale))
    throw new Error(`generateStaticParams was called for an unknown language "${params.locale}"`);
  return params.locale;
}

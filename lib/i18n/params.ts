import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { LOCALES, isLocale, type Locale } from '@/lib/routes';

/** What every page under app/[locale] receives. */
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

/** The language a child route's generateStaticParams is called for (the layout lists them). */
export function localeParam(params: { locale: string }): Locale {
  if (!isLocale(params.locale))
    throw new Error(`generateStaticParams was called for an unknown language "${params.locale}"`);
  return params.locale;
}

/**
 * Static params of a route under app/[locale] that has its own dynamic
 * segment: one set per language (or only the parent's language, when Next.js
 * passes it; it does not for image routes).
 */
export function paramsPerLocale<P extends object>(
  parent: { locale?: string } | undefined,
  paramsIn: (locale: Locale) => P[],
): (P & { locale: Locale })[] {
  const locales = parent?.locale !== undefined ? [localeParam({ locale: parent.locale })] : LOCALES;
  return locales.flatMap((locale) => paramsIn(locale).map((params) => ({ ...params, locale })));
}

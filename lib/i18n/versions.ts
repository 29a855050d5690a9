import { LOCALES, type Locale } from '@/lib/routes';

/** A page's address in each language it exists in; a page without a translation has one entry. */
export type PageVersions = Partial<Record<Locale, string>>;

/** A page's versions: its address in each of `locales` where `pathIn` finds one. */
export function versionsWhere(
  pathIn: (locale: Locale) => string | undefined,
  locales: readonly Locale[] = LOCALES,
): PageVersions {
  return Object.fromEntries(
    locales.flatMap((locale) => {
      const path = pathIn(locale);
      return path === undefined ? [] : [[locale, path]];
    }),
  );
}

/** A page that exists in every language, such as the FAQ or the home page. */
export function inEveryLocale(pathIn: (locale: Locale) => string): PageVersions {
  return versionsWhere(pathIn);
}

/** The other languages a reader can switch to from `locale`. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((other) => other !== locale);
}

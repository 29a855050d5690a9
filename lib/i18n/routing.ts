import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES, localizedRoutes } from '@/lib/routes';

/**
 * How next-intl maps public addresses to the app's folders. English stays at
 * today's addresses; Spanish lives under /es with Spanish words, both taken
 * from lib/routes.ts. Nothing is negotiated per reader (no Accept-Language
 * redirect, no cookie): an address always shows the same page, which keeps
 * every page static and lets a reader choose with the language switch.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
  // hreflang comes from each page's metadata, only where a translation exists.
  alternateLinks: false,
  pathnames: localizedRoutes(),
});

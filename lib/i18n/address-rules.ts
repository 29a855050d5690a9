import { DEFAULT_LOCALE, LOCALES, localizedRoutes } from '@/lib/routes';

/**
 * Addresses that are no page's address but clearly mean one, as Next.js
 * `redirects` generated from lib/routes.ts: next.config.mjs hands them to
 * Next.js at build time, and its router answers them with a 307, as
 * next-intl's proxy did before every page had a folder at its own address
 * (lib/i18n/localized-route.ts). Next.js sends these redirects without the
 * headers of next.config.mjs; docs/security.md says why that is harmless.
 */
export type AddressRedirect = { source: string; destination: string; permanent: false };

/** Next.js path patterns name a segment `:slug` where the app's folders say `[slug]`. */
function pattern(path: string): string {
  return path.replace(/\[(\w+)\]/g, ':$1');
}

function prefixed(locale: string, path: string): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

const OTHER_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

export function languageRedirects(): AddressRedirect[] {
  const rules: AddressRedirect[] = [];
  const add = (source: string, destination: string) =>
    rules.push({ source: pattern(source), destination: pattern(destination), permanent: false });
  const routes = Object.entries(localizedRoutes());
  // /en/… is the English page at its address without the prefix.
  add(`/${DEFAULT_LOCALE}`, '/');
  add(`/${DEFAULT_LOCALE}/:path+`, '/:path+');
  for (const locale of OTHER_LOCALES) {
    // /es/articles/x (the English words, which name the page in app/_pages) → /es/articulos/x.
    // Each rule is matched against every request, so there are no others: Spanish words without
    // /es (which next-intl sent to the English page) are the English 404 page, which offers search.
    for (const [folder, paths] of routes) {
      if (folder !== paths[locale]) add(prefixed(locale, folder), prefixed(locale, paths[locale]));
    }
  }
  return rules;
}
